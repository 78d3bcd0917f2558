/** Small builders for hand-computed agreement and report cases. */
import type { Unit } from '../../../shared/domain/draft.js'
import type { Finding } from '../../../shared/domain/finding.js'

/** A unit with sensible defaults; `text` decides whether it is a cell row. */
export function unit(id: string, text: string, over: Partial<Unit> = {}): Unit {
  return { id, kind: 'part', number: null, label: id.toUpperCase(), parentId: null, text, ...over }
}

let counter = 0
/** A finding of `groupId` on `[start, end)` of `unitId` tagged with `factorIds`. */
export function finding(
  groupId: string,
  unitId: string,
  start: number,
  end: number,
  factorIds: string[],
  over: Partial<Finding> = {},
): Finding {
  counter++
  return {
    id: over.id ?? `${groupId}-${counter}`,
    groupId,
    unitId,
    unitLabel: unitId.toUpperCase(),
    start,
    end,
    quote: '',
    factorIds,
    risk: 'medium',
    status: 'open',
    rationale: '',
    proposal: '',
    author: { id: 'u1', name: 'Author' },
    createdAt: '2026-11-27T10:00:00.000Z',
    ...over,
  }
}
