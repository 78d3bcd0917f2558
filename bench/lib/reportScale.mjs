/**
 * docs/benchmarks.md, issue 22 parts: the scale benchmark (bench/scale.mjs) and the targets measured
 * against the better peer in the same run.
 */
const PEERS = {
  shaffof: 'Shaffof (the one process `npm start` leaves)',
  hocuspocus: '@hocuspocus/server 3.4.4',
  yws: '@y/websocket-server 0.1.1',
}
const num = (x, digits = 1) => (typeof x === 'number' && Number.isFinite(x) ? x.toFixed(digits) : '–')
const int = (x) => (typeof x === 'number' && Number.isFinite(x) ? Math.round(x).toLocaleString('en-US') : '–')
const verdict = (ok) => (ok === undefined || ok === null ? '–' : ok ? '**met**' : '**missed**')
const cell = (s) => String(s ?? '').replaceAll('|', '\\|').replaceAll('\n', ' ')
const table = (head, rows) =>
  [`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r.map(cell).join(' | ')} |`)].join('\n')
const spread = (xs) => (xs?.length > 1 ? ` (${xs.map((v) => num(v, 0)).join(' / ')})` : '')
const byRound = (x, k) => x.byRound?.map((r) => r[k])

/** Lower-is-better targets against the better peer; `factor` scales the bar (p99: 0.8×). */
function against(servers, label, pick, unit, digits = 1, factor = 1) {
  const me = pick(servers.shaffof)
  const peers = ['hocuspocus', 'yws'].filter((k) => servers[k]).map((k) => [k, pick(servers[k])])
  const valid = peers.filter(([, v]) => typeof v === 'number' && Number.isFinite(v))
  if (typeof me !== 'number' || !valid.length) return [label, `${num(me, digits)} ${unit}`, '–', '–']
  const [bestKind, best] = valid.reduce((a, b) => (b[1] < a[1] ? b : a))
  const bar = best * factor
  const ratio = best ? ` (${num(me / best, 2)}×)` : ''
  return [label, `${num(me, digits)} ${unit}${ratio}`, `${num(bar, digits)} ${unit} (${factor === 1 ? '' : `${factor}× `}${bestKind})`, verdict(me <= bar)]
}

/**
 * Round by round, Shaffof's p50 and p99 over the better peer's in the same round (rounds are
 * interleaved, so round i of each server ran minutes apart on the same machine): the spread of the
 * ratio shows whether a difference is larger than the noise between rounds.
 */
export function roundRatios(servers) {
  const me = servers.shaffof?.sync
  const peers = ['hocuspocus', 'yws'].filter((k) => servers[k]?.sync?.p99ByRound)
  if (!me?.p99ByRound || me.p99ByRound.length < 2 || !peers.length) return []
  const better = (k) => peers.reduce((a, b) => (servers[b].sync[k] < servers[a].sync[k] ? b : a))
  const line = (k, key) => {
    const peer = better(k)
    const ratios = me[key].map((v, i) => v / servers[peer].sync[key][i]).filter(Number.isFinite)
    const sorted = [...ratios].sort((a, b) => a - b)
    const median = (sorted[(sorted.length - 1) >> 1] + sorted[sorted.length >> 1]) / 2
    return `${k} ${ratios.map((r) => num(r, 2)).join(' / ')} against ${PEERS[peer]} (median ${num(median, 2)}×, range ${num(sorted[0], 2)}–${num(sorted.at(-1), 2)}×)`
  }
  if (!me.p50ByRound) return ['', `Round by round, Shaffof over the better peer: ${line('p99', 'p99ByRound')}.`, '']
  return ['', `Round by round, Shaffof over the better peer: ${line('p50', 'p50ByRound')}; ${line('p99', 'p99ByRound')}.`, '']
}

/** Targets of issue 22 (scale and the heavier live load). */
export function scaleTargets(run) {
  const out = []
  const scale = run.benchmarks.scale?.result?.servers
  if (scale?.shaffof) {
    const n = int(run.benchmarks.scale.result.config.idle)
    out.push(against(scale, 'heap per added idle connection (after full GC) ≤ best peer', (s) => s.idle.heapKbPerAddedConnection, 'KB', 2))
    out.push(against(scale, 'RSS per added idle connection (after full GC) ≤ best peer', (s) => s.idle.rssKbPerAddedConnection, 'KB', 2))
    out.push(against(scale, `server RSS at ${n} connections (no forced GC) ≤ best peer`, (s) => s.idle.rssMbFullNoGc, 'MB'))
    out.push(against(scale, `server RSS at ${n} connections (after full GC) ≤ best peer`, (s) => s.idle.rssMbFull, 'MB'))
  }
  out.push(['one Node process after `npm start`', 'tests/e2e/start.test.ts', '1', '**met** (tested)'])
  const sync = run.benchmarks.sync?.result?.servers
  if (sync?.shaffof) {
    out.push(against(sync, 'fan-out p99 under the heavier load ≤ 0.8× better peer (median of the rounds; they overlap, see below)', (s) => s.sync.p99, 'ms', 1, 0.8))
    out.push(against(sync, 'fan-out p50 under the heavier load ≤ better peer', (s) => s.sync.p50, 'ms', 2))
  }
  return out
}

/** The scale section. */
export function scaleSection(b, status) {
  const s = b?.result
  if (!s) return status(b)
  const c = s.config
  const kinds = Object.keys(s.servers)
  const idle = kinds.map((k) => {
    const x = s.servers[k].idle
    return [
      PEERS[k] ?? k,
      int(x.serverSockets),
      num((x.connectMsFirstHalf + x.connectMsSecondHalf) / 1000),
      `${num(x.heapMbEmpty)} → ${num(x.heapMbHalf)} → ${num(x.heapMbFull)}`,
      `${num(x.rssMbEmpty)} → ${num(x.rssMbHalf)} → ${num(x.rssMbFull)}`,
      num(x.rssMbFullNoGc) + spread(byRound(x, 'rssMbFullNoGc')),
      num(x.heapKbPerAddedConnection, 2) + spread(byRound(x, 'heapKbPerAddedConnection')),
      num(x.rssKbPerAddedConnection, 2) + spread(byRound(x, 'rssKbPerAddedConnection')),
      num(x.heapKbPerConnectionFromEmpty, 2),
    ]
  })
  const live = kinds.map((k) => {
    const x = s.servers[k].live
    return [
      PEERS[k] ?? k,
      num(x.p50, 2),
      num(x.p95, 1),
      num(x.p99, 1) + spread(x.p99ByRound),
      `${int(x.received)} / ${int(x.expected)}`,
      num(x.clientLoopDelayP99, 0),
      num(x.serverCpuPercent),
      num(x.serverRssMbPeak),
    ]
  })
  return [
    status(b),
    '',
    `${int(c.idle)} idle clients over ${int(c.rooms)} rooms (${c.idle / c.rooms} per room), connected in two halves on a fresh server process, ${c.rounds} round(s) per server interleaved with the order rotated; medians over rounds, each round's value in brackets. Idle clients are real y-websocket 3.1.0 providers (Hocuspocus: its own provider) in ${c.procs} load processes, each on its own loopback source address; they have no presence, so an idle connection sends nothing but pongs (with presence, 10,000 clients renewing and echoing it starved every process on the shared machine; bench/notes.md). Heap and RSS are read inside the server after a full GC (\`bench/peers/servers/measured.mjs\`), *per added connection* = (all − half) / the sockets the server process really added (counted in \`/proc/<pid>/fd\`). *RSS at full count* is the kernel's figure 2 s after the last client synced, with no forced GC. Shaffof runs as \`npm start\` leaves it: one process, \`scripts/start.mjs\` importing the bundle, with the production flags.`,
    '',
    table(['server', 'sockets held', 'connect s', 'heap MB: empty → half → all', 'RSS MB (after GC): empty → half → all', `RSS MB at ${int(c.idle)}, no GC`, 'heap KB / added conn', 'RSS KB / added conn', 'heap KB / conn from empty'], idle),
    '',
    `Live load on top, while all idle clients stay connected: ${c.liveRooms} more rooms × ${c.liveClients} clients × ${c.writers} writers at ${c.rate} updates/s for ${c.seconds} s (the usual load of the live-sync benchmark).`,
    '',
    table(['server', 'p50 ms', 'p95 ms', 'p99 ms (rounds)', 'received / expected', 'client loop delay p99 ms', 'server CPU %', 'RSS peak MB'], live),
  ].join('\n')
}
