/**
 * Version alignment speed for `npm run bench`: two 1.5 MB Uzbek acts (8,000+ units each, real
 * articles from fixtures/) aligned unit by unit with `alignUnits`, in three revisions of growing
 * size. The contract's bar is < 2 s for such a pair.
 *   npx tsx bench/alignment.ts [--runs 5]
 * Prints one JSON line.
 */
import { alignUnits } from '../shared/diff/align.js'
import type { Unit } from '../shared/domain/draft.js'
import { parseDraft } from '../shared/structure/index.js'
import { buildLargeAct } from './lib/largeAct.js'

const i = process.argv.indexOf('--runs')
const runs = i >= 0 ? Number(process.argv[i + 1]) : 5

const { text, bytes } = buildLargeAct()
const v1 = parseDraft(text, 'uz-Latn').units

/** An article inserted near the top: every later article is renumbered. */
function inserted(): Unit[] {
  const lines = text.split('\n').map((l) => l.replace(/^(\d+)-modda\./, (_, n) => `${Number(n) + 1}-modda.`))
  const at = lines.findIndex((l) => /^2-modda\./.test(l))
  lines.splice(
    at,
    0,
    '1-modda. Jamoatchilik nazorati',
    'Fuqarolik jamiyati institutlari jamoatchilik nazoratini amalga oshiradi.',
  )
  return parseDraft(lines.join('\n'), 'uz-Latn').units
}

/** A share of the parts and points reworded (a word replaced, one added), in place. */
function reworded(share: number): Unit[] {
  return v1.map((u, k) =>
    u.kind !== 'article' && u.kind !== 'division' && (k * 7919) % 100 < share * 100
      ? { ...u, text: u.text.replace(/ (\S+)$/, ' yangi $1 tartibda') }
      : u,
  )
}

const cases: [string, Unit[]][] = [
  ['article inserted near the top (all later articles renumbered)', inserted()],
  ['10% of parts and points reworded', reworded(0.1)],
  ['every part and point reworded', reworded(1)],
]

const results = cases.map(([name, v2]) => {
  const ms: number[] = []
  let ops: Record<string, number> = {}
  for (let r = 0; r < runs; r++) {
    const t0 = performance.now()
    const pairs = alignUnits(v1, v2)
    ms.push(performance.now() - t0)
    ops = {}
    for (const p of pairs) ops[p.op] = (ops[p.op] ?? 0) + 1
  }
  ms.sort((a, b) => a - b)
  return {
    name,
    units: [v1.length, v2.length],
    medianMs: Math.round(ms[Math.floor(ms.length / 2)] ?? 0),
    maxMs: Math.round(ms.at(-1) ?? 0),
    ops,
  }
})

process.stdout.write(`${JSON.stringify({ bench: 'alignment', runs, bytes, cases: results })}\n`)
