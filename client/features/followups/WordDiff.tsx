/** Two texts as one run of words with the removed ones struck through and the added ones marked. */
import { useMemo } from 'react'
import { diffText } from '../../../shared/diff/textDiff'

/** Inline word diff of `before` → `after` (React escapes every text node). */
export function WordDiff({ before, after, side }: { before: string; after: string; side?: 'old' | 'new' }) {
  // Keys from the run's place in both texts: stable while the texts stay the same.
  const segments = useMemo(() => {
    let o = 0
    let n = 0
    return diffText(before, after).map((s) => {
      const key = `${s.op}:${o}:${n}`
      if (s.op !== 'added') o += s.text.length
      if (s.op !== 'removed') n += s.text.length
      return { ...s, key }
    })
  }, [before, after])
  return (
    <span className="word-diff">
      {segments.map((s) => {
        if (s.op === 'equal') return <span key={s.key}>{s.text}</span>
        if (s.op === 'removed') return side === 'new' ? null : <del key={s.key}>{s.text}</del>
        return side === 'old' ? null : <ins key={s.key}>{s.text}</ins>
      })}
    </span>
  )
}
