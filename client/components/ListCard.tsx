/** One item of a list page (drafts, reviews): its title as a link, then a line of facts about it. */
import type { ReactNode } from 'react'
import { Link } from '../app/router'

/** A card of a `card-list`; `children` are the facts (badges, counts, dates). */
export function ListCard({ to, title, children }: { to: string; title: string; children: ReactNode }) {
  return (
    <li className="card list-card">
      <Link to={to} className="list-card-title">
        {title}
      </Link>
      <span className="meta">{children}</span>
    </li>
  )
}
