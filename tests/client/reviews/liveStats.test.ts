import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import {
  articleIdsOf,
  checklistProgress,
  countFindings,
  membersFromAwareness,
} from '../../../client/features/reviews/liveStats'
import { createFinding, deleteFinding, setChecklist } from '../../../shared/collab/roomDoc'
import type { Unit } from '../../../shared/domain/draft'

const actor = { id: 'u1', name: 'Dilnoza' }

function finding(id: string, unitId: string) {
  return {
    id,
    groupId: 'g1',
    unitId,
    unitLabel: unitId,
    start: 0,
    end: 4,
    quote: 'text',
    factorIds: [],
    risk: 'medium' as const,
    status: 'open' as const,
    rationale: '',
    proposal: '',
    author: actor,
    createdAt: new Date().toISOString(),
    articleId: unitId,
  }
}

describe('console live stats', () => {
  it('lists distinct people from awareness states and skips spectators', () => {
    const states: [number, unknown][] = [
      [1, { user: { id: 'a', name: 'Aziz', color: '#123456' } }],
      [2, { user: { id: 'a', name: 'Aziz' } }],
      [3, { user: { id: 'b', name: 'Bobur' } }],
      [4, {}],
      [5, null],
      [6, { user: { name: '' } }],
      [7, { user: { id: 'c', name: 'Eve', color: 'red;position:fixed' } }],
    ]
    expect(membersFromAwareness(states)).toEqual([
      { id: 'a', name: 'Aziz', color: '#123456' },
      { id: 'b', name: 'Bobur', color: undefined },
      { id: 'c', name: 'Eve', color: undefined },
    ])
  })

  it('counts live findings and checklist progress over articles', () => {
    const doc = new Y.Doc()
    createFinding(doc, finding('f1', 'a1'))
    createFinding(doc, finding('f2', 'a2'))
    createFinding(doc, finding('f3', 'a2'))
    deleteFinding(doc, 'f3', actor, new Date().toISOString())
    setChecklist(doc, 'a3', 'none')
    setChecklist(doc, 'a4', 'unreviewed')
    setChecklist(doc, 'p9', 'none')
    expect(countFindings(doc)).toBe(2)
    const units = ['a1', 'a2', 'a3', 'a4', 'a5'].map(
      (id): Unit => ({ id, kind: 'article', number: null, label: id, parentId: null, text: id }),
    )
    const articles = articleIdsOf([
      ...units,
      { id: 'p9', kind: 'part', number: null, label: 'p9', parentId: 'a1', text: '' },
    ])
    expect(checklistProgress(doc, articles)).toEqual({ found: 2, clear: 1, reviewed: 3, total: 5 })
    expect(checklistProgress(doc, null)).toEqual({ found: 2, clear: 2, reviewed: 4, total: 4 })
  })
})
