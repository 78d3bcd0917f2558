/** Discussion of one finding: threaded comments, agree/disagree votes. */

import { type FormEvent, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type * as Y from 'yjs'
import {
  type Actor,
  type Comment,
  commentsArray,
  readComments,
  votesFor,
  votesMap,
} from '../../../shared/collab/roomDoc'
import { FINDING_LIMITS } from '../../../shared/domain/finding'
import type { Vote } from '../../../shared/domain/roomEntries'
import { useYDerived } from '../../collab/useY'
import { postComment, vote } from './actions'
import { formatTime } from './time'

/** Comments in thread order: each root followed by its replies (any depth), oldest first. */
export function threadComments(
  all: readonly Comment[],
  findingId: string,
): Array<{ comment: Comment; depth: number }> {
  const mine = all.filter((c) => c.findingId === findingId)
  const ids = new Set(mine.map((c) => c.id))
  const children = new Map<string | null, Comment[]>()
  for (const c of mine) {
    const parent = c.parentId && ids.has(c.parentId) ? c.parentId : null
    const list = children.get(parent) ?? []
    list.push(c)
    children.set(parent, list)
  }
  const out: Array<{ comment: Comment; depth: number }> = []
  const walk = (parent: string | null, depth: number): void => {
    const list = (children.get(parent) ?? []).sort((a, b) => a.createdAt.localeCompare(b.createdAt))
    for (const c of list) {
      out.push({ comment: c, depth })
      if (depth < 32) walk(c.id, depth + 1)
    }
  }
  walk(null, 0)
  return out
}

/** Props of the discussion block. */
export type DiscussionProps = { doc: Y.Doc; findingId: string; me: Actor; readOnly: boolean; lang: string }

/** Votes plus the comment thread of a finding. */
export function Discussion({ doc, findingId, me, readOnly, lang }: DiscussionProps) {
  const { t } = useTranslation('room')
  const votes = useYDerived(votesMap(doc), () => votesFor(doc, findingId), [findingId])
  const thread = useYDerived(commentsArray(doc), () => threadComments(readComments(doc), findingId), [
    findingId,
  ])
  const [replyTo, setReplyTo] = useState<string | null>(null)
  const mine = votes.byUser[me.id] as Vote | undefined

  return (
    <section className="discussion" aria-label={t('discussion.title')}>
      <h4>{t('discussion.title')}</h4>
      <fieldset className="votes">
        <legend className="visually-hidden">{t('discussion.votes')}</legend>
        {(['agree', 'disagree'] as const).map((choice) => (
          <button
            key={choice}
            type="button"
            className={`btn btn-secondary vote-${choice}`}
            aria-pressed={mine === choice}
            disabled={readOnly}
            data-testid={`vote-${choice}`}
            onClick={() => vote(doc, findingId, me, mine === choice ? null : choice)}
          >
            {t(`discussion.${choice}`)} <span className="vote-count">{votes[choice]}</span>
          </button>
        ))}
      </fieldset>
      {thread.length === 0 ? <p className="muted">{t('discussion.empty')}</p> : null}
      <ul className="comments">
        {thread.map(({ comment: c, depth }) => (
          <li
            key={c.id}
            className="comment"
            style={{ marginInlineStart: `${Math.min(depth, 4) * 1.25}rem` }}
            data-testid="comment"
          >
            <div className="comment-head">
              <strong>{c.author.name}</strong>{' '}
              <time dateTime={c.createdAt}>{formatTime(c.createdAt, lang)}</time>
            </div>
            <p className="comment-text">{c.text}</p>
            {!readOnly ? (
              <button type="button" className="btn btn-ghost btn-small" onClick={() => setReplyTo(c.id)}>
                {t('discussion.reply')}
              </button>
            ) : null}
            {replyTo === c.id ? (
              <CommentForm
                label={t('discussion.replyTo', { name: c.author.name })}
                autoFocus
                onCancel={() => setReplyTo(null)}
                onSubmit={(text) => {
                  postComment(doc, findingId, c.id, text, me)
                  setReplyTo(null)
                }}
              />
            ) : null}
          </li>
        ))}
      </ul>
      {!readOnly ? (
        <CommentForm
          label={t('discussion.add')}
          onSubmit={(text) => postComment(doc, findingId, null, text, me)}
        />
      ) : null}
    </section>
  )
}

function CommentForm(props: {
  label: string
  autoFocus?: boolean
  onSubmit: (text: string) => void
  onCancel?: () => void
}) {
  const { t } = useTranslation('room')
  const [text, setText] = useState('')
  const submit = (e: FormEvent): void => {
    e.preventDefault()
    if (!text.trim()) return
    props.onSubmit(text)
    setText('')
  }
  return (
    <form className="comment-form" onSubmit={submit}>
      <textarea
        value={text}
        aria-label={props.label}
        placeholder={props.label}
        maxLength={FINDING_LIMITS.maxCommentChars}
        // biome-ignore lint/a11y/noAutofocus: a reply form opens on request, so the field takes the focus
        autoFocus={props.autoFocus}
        rows={2}
        data-testid="comment-input"
        onChange={(e) => setText(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) submit(e)
          if (e.key === 'Escape') props.onCancel?.()
        }}
      />
      <div className="comment-actions">
        <button
          type="submit"
          className="btn btn-primary btn-small"
          disabled={!text.trim()}
          data-testid="comment-submit"
        >
          {t('discussion.send')}
        </button>
        {props.onCancel ? (
          <button type="button" className="btn btn-ghost btn-small" onClick={props.onCancel}>
            {t('cancel')}
          </button>
        ) : null}
      </div>
    </form>
  )
}
