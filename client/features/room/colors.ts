/** Colours: factor groups' from the pack, people's from a fixed accessible palette. */
import type { Pack } from './types'

const PEOPLE = [
  '#1f77b4',
  '#d62728',
  '#2ca02c',
  '#9467bd',
  '#8c564b',
  '#e377c2',
  '#17becf',
  '#bcbd22',
  '#ff7f0e',
  '#7f7f7f',
]

/** A stable `#rrggbb` colour for a person (CollaborationCaret only accepts this format). */
export function personColor(id: string): string {
  let h = 0
  for (let i = 0; i < id.length; i++) h = (h * 31 + id.charCodeAt(i)) | 0
  return PEOPLE[Math.abs(h) % PEOPLE.length]!
}

/** The colour a finding is drawn in: its first known factor's group colour, grey when untagged. */
export function findingColor(pack: Pack | null, factorIds: readonly string[]): string {
  if (!pack) return '#6b7280'
  for (const id of factorIds) {
    const f = pack.factors.find((x) => x.id === id)
    if (!f) continue
    const g = pack.groups.find((x) => x.id === f.groupId)
    if (g) return g.color
  }
  return '#6b7280'
}
