/**
 * Renders `docs/benchmarks.md` from one `npm run bench` result (`bench/results/latest.json`):
 * targets first, then one table per benchmark, the exact commands, the machine, and the hand-written
 * analysis in `bench/notes.md` (profiles, fixes with before/after figures). Pure: data in, text out.
 */
import { existsSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

import { roundRatios, scaleSection, scaleTargets } from './reportScale.mjs'

const NOTES = join(dirname(fileURLToPath(import.meta.url)), '..', 'notes.md')
const PEERS = { shaffof: 'Shaffof (dist-server bundle, as `npm start` runs it)', 'shaffof-tsx': 'Shaffof from source via the tsx loader (dev/tests)', hocuspocus: '@hocuspocus/server 3.4.4', yws: '@y/websocket-server 0.1.1' }

const num = (x, digits = 1) => (typeof x === 'number' && Number.isFinite(x) ? x.toFixed(digits) : '–')
const int = (x) => (typeof x === 'number' && Number.isFinite(x) ? Math.round(x).toLocaleString('en-US') : '–')
const pct = (x) => (typeof x === 'number' ? `${(x * 100).toFixed(2)} %` : '–')
const verdict = (ok) => (ok === undefined || ok === null ? '–' : ok ? '**met**' : '**missed**')
/** Markdown-escape a cell (pipes would break the table). */
const cell = (s) => String(s ?? '').replaceAll('|', '\\|').replaceAll('\n', ' ')
const table = (head, rows) => [`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r.map(cell).join(' | ')} |`)].join('\n')

/** The state line under each section: how it ran and whether the figures are from this run. */
function status(b) {
  if (!b) return '_Not run._'
  if (b.status === 'missing') return `_Not run: \`${b.command.split(' ')[2]}\` does not exist yet._`
  if (b.status === 'skipped') return '_Skipped in this run._'
  if (b.status === 'failed') return `_Failed (exit ${b.exitCode ?? b.signal}):_\n\n\`\`\`\n${(b.stderrTail ?? b.stdoutTail ?? '').trim().slice(-1200)}\n\`\`\``
  const from = b.carriedFrom ? ` Figures carried over from the run of ${b.carriedFrom}.` : ''
  return `_${b.seconds} s, exit ${b.exitCode}.${from}_`
}

/** Targets of issue 10 against this run's figures. */
export function targets(run) {
  const out = []
  const sync = run.benchmarks.sync?.result?.servers
  if (sync?.shaffof) {
    const peers = ['hocuspocus', 'yws'].filter((k) => sync[k])
    const best = (f) => Math.min(...peers.map((k) => (sync[k].idle ? f(sync[k].idle) : Number.NaN)))
    const heapKb = (x) => x.second?.heapKbPerConnection ?? x.heapKbPerConnection
    const rssKb = (x) => x.second?.rssKbPerConnection ?? x.kbPerConnection
    const bestPeak = Math.min(...peers.map((k) => sync[k].sync.serverRssMbPeak))
    const me = sync.shaffof.idle
    if (me) {
      out.push(['heap per added idle connection (after full GC) ≤ better peer', `${num(heapKb(me), 2)} KB`, `${num(best(heapKb), 2)} KB`, verdict(heapKb(me) <= best(heapKb))])
      out.push(['RSS per added idle connection (after full GC) ≤ better peer', `${num(rssKb(me))} KB`, `${num(best(rssKb))} KB`, verdict(rssKb(me) <= best(rssKb))])
    }
    out.push(['server RSS under the sync load ≤ better peer', `${num(sync.shaffof.sync.serverRssMbPeak)} MB`, `${num(bestPeak)} MB`, verdict(sync.shaffof.sync.serverRssMbPeak <= bestPeak)])
  }
  const p = run.benchmarks.persistence?.result?.saveCost
  if (p) out.push([`save cost ${p.sizes[0]?.rooms} → ${p.sizes.at(-1)?.rooms} rooms ≤ 1.2×`, `${num(p.ratio, 2)}×`, '1.20×', verdict(p.pass)])
  const r = run.benchmarks.roomOpen?.result
  if (r) out.push([`group room on a ${num(r.draftBytes / 2 ** 20, 2)} MB act interactive < 2 s`, `${int(r.median.interactiveMs)} ms`, '2,000 ms', verdict(r.pass)])
  return out
}

function syncSection(b) {
  const s = b?.result
  if (!s) return status(b)
  const c = s.config
  const kinds = Object.keys(s.servers)
  const rows = kinds.map((k) => {
    const x = s.servers[k].sync
    return [PEERS[k] ?? k, x.p50ByRound?.length > 1 ? `${num(x.p50, 2)} (${x.p50ByRound.map((v) => num(v, 0)).join(' / ')})` : num(x.p50, 2), num(x.p95, 2), x.p99ByRound?.length > 1 ? `${num(x.p99, 2)} (${x.p99ByRound.map((v) => num(v, 0)).join(' / ')})` : num(x.p99, 2), num(x.max, 1), pct(x.delivered), `${int(x.received)} / ${int(x.expected)}`, int(x.sent), num(x.clientLoopDelayP99, 1), num(x.serverCpuPercent), num(x.serverRssMbBefore), num(x.serverRssMbPeak)]
  })
  const idle = kinds.filter((k) => s.servers[k].idle).map((k) => {
    const x = s.servers[k].idle
    return [PEERS[k] ?? k, int(x.connected), int(x.connectMs), num(x.rssMbBefore), num(x.rssMbAfter), num(x.kbPerConnection), num(x.heapMbBefore), num(x.heapKbPerConnection, 2), x.youngGenMbBefore === undefined ? '–' : `${num(x.youngGenMbBefore, 0)} → ${num(x.youngGenMbAfter, 0)}`, num(x.second?.heapKbPerConnection, 2), num(x.second?.rssKbPerConnection)]
  })
  const lagging = kinds.filter((k) => (s.servers[k].sync.clientLoopDelayP99 ?? 0) > 50)
  const warn = lagging.length
    ? `\n> **Caution:** the load processes ran more than 50 ms late at p99 during the run against ${lagging.map((k) => PEERS[k] ?? k).join(', ')}; the machine was busy, and those tails measure the clients more than the server.\n`
    : ''
  return [
    status(b),
    warn,
    `Load: ${c.rooms} rooms × ${c.clients} clients × ${c.writers} writers, each writer ${c.rate} updates/s for ${c.seconds} s${(c.rounds ?? 1) > 1 ? `, ${c.rounds} rounds per server interleaved across servers (order rotated each round; latency, CPU and RSS are medians over rounds, p50 and p99 of each round in brackets)` : ''}; every update fans out to the other ${c.clients - 1} clients of its room. ${c.observers === undefined ? 'Clients are' : `Per room, only the ${c.writers} writers and ${c.observers} observers are full clients that record the latency; the other ${c.clients - c.writers - c.observers} members are passive sockets that join the room (sync step 1) and read every frame without decoding it, so the server's fan-out is the same while the load processes stay light. The full clients are`} real \`y-websocket\` 3.1.0 providers (Hocuspocus: its own provider) in ${c.procs ?? 1} load process(es) of their own (rooms split between them, writing starts together); each server is its own process on 127.0.0.1. Latency is send → remote observe, measured inside one load process (one clock).`,
    '',
    table(['server', 'p50 ms', 'p95 ms', 'p99 ms', 'max ms', 'delivered', 'received / expected', 'updates sent', 'client loop delay p99 ms', 'server CPU %', 'RSS before MB', 'RSS peak MB'], rows),
    '',
    ...roundRatios(s.servers),
    `*updates sent* falls short of ${int(c.rooms * c.writers * c.rate * c.seconds)} (writers × rate × seconds) when the load process itself lags; *client loop delay* is how late that process's event loop ran (the share of latency that is the clients' own queueing, not the server's).`,
    ...(idle.length ? ['', `Idle capacity: ${int(c.idle)} idle clients on a fresh server process (10 rooms), then ${int(c.idle)} more while the first stay connected${(c.rounds ?? 1) > 1 ? `; ${c.rounds} rounds per server, interleaved, medians shown` : ''}. *First batch*: RSS 2 s after all synced (no forced GC) and heap after a full GC, against the same before connecting. It includes one-off costs: code warm-up, and V8 growing its young generation for the connect burst (the *young gen MB* column). *Added batch*: heap and RSS after a full GC, second batch against first: what each further connection costs. Every server runs under the same wrapper (\`bench/peers/servers/measured.mjs\`, \`--expose-gc\`), which answers the bench's "measure" from inside the process.`,
    '',
    table(['server', 'connected', 'connect ms', 'RSS before MB', 'RSS after MB', 'first batch RSS KB / conn', 'heap before MB', 'first batch heap KB / conn', 'young gen MB', 'added batch heap KB / conn', 'added batch RSS KB / conn'], idle)] : ['', 'Idle capacity is measured at scale, in the next section.']),
  ].join('\n')
}

function persistenceSection(b) {
  const p = b?.result
  if (!p) return status(b)
  const rows = p.saveCost.sizes.map((s) => [int(s.rooms), int(s.roomFileBytes), num(s.saveMs.median, 2), num(s.saveMs.p95, 2), num(s.saveMs.mean, 2), num(s.cpuMs?.median, 2), num(s.gcMs?.mean, 2), num(s.encodeMs.median, 2), num(s.heapMb), int(s.fillMs)])
  const out = [
    status(b),
    '',
    `Cost of one save of one room's change (a risk edit + its audit entry, then \`rooms.flush\`: snapshot, temp file, fsync, keep \`.prev\`, rename, fsync dir), ${int(p.saves)} saves per size, with N other rooms of ${p.findingsPerRoom} findings loaded in the same process. One process per size, its heap settled (\`gc()\`) after the fill; saves are interleaved across the sizes so disk noise hits all alike.`,
    '',
    table(['rooms loaded', 'room file B', 'save median ms', 'save p95 ms', 'save mean ms', 'save CPU median ms', 'GC in save, mean ms', 'encode median ms', 'heap MB', 'fill ms'], rows),
    '',
    `Ratio of medians, ${p.saveCost.sizes.at(-1)?.rooms} vs ${p.saveCost.sizes[0]?.rooms} rooms: **${num(p.saveCost.ratio, 2)}×** (target ≤ 1.2×).`,
  ]
  const r = p.restart
  if (r) {
    out.push(
      '',
      `Restart with ${int(r.rooms)} rooms (${r.findingsPerRoom} findings each; metadata for ${int(r.rooms)} review groups made through the API):`,
      '',
      table(
        ['start, empty DATA_DIR', `restart, ${int(r.rooms)} rooms`, 'first room synced after restart', `room sync median (n=${r.roomOpenMs.n})`, 'room sync max'],
        [[`${int(r.emptyStartMs)} ms`, `${int(r.restartMs)} ms`, `${int(r.firstRoomOpenMs)} ms`, `${num(r.roomOpenMs.median)} ms`, `${num(r.roomOpenMs.max)} ms`]],
      ),
    )
  }
  return out.join('\n')
}

function roomOpenSection(b) {
  const r = b?.result
  if (!r) return status(b)
  const rows = r.runs.map((x, i) => [i + 1, int(x.domContentLoadedMs), int(x.renderedMs), int(x.connectedMs), int(x.interactiveMs), int(x.findingMs), int(x.domNodes)])
  const out = [
    status(b),
    '',
    `A ${num(r.draftBytes / 2 ** 20, 2)} MB Uzbek Latin act (${int(r.articles)} articles built from the real laws in \`fixtures/\`, renumbered) → ${int(r.units)} units. Import through \`POST /api/drafts\`: **${int(r.importMs)} ms**, server RSS afterwards ${num(r.serverRssMbAfterImport)} MB.`,
    '',
    'Chromium (fresh context per load), times from navigation start: *rendered* = the draft view holds the last unit; *connected* = the status pill says connected (synced); *interactive* = both, and a text selection shows “new finding”; *finding* = clicking it opened the new finding.',
    '',
    table(['load', 'DOMContentLoaded ms', 'rendered ms', 'connected ms', 'interactive ms', 'finding ms', 'DOM nodes'], rows),
    '',
    `Median interactive: **${int(r.median.interactiveMs)} ms** (target < 2,000 ms).`,
  ]
  if (r.profile?.hot?.top) {
    out.push('', 'Hot spots of one profiled load (CDP Profiler, self time):', '', table(['self ms', 'total ms', 'function', 'where'], r.profile.hot.top.slice(0, 12).map((h) => [num(h.selfMs), num(h.totalMs), h.fn, h.where])))
  }
  return out.join('\n')
}

function typingSection(b) {
  const lines = b?.lines ?? (b?.result ? [b.result] : null)
  const rows = (lines ?? []).filter((l) => typeof l.findings === 'number')
  if (!rows.length) return status(b)
  return [
    status(b),
    '',
    'Typing into a finding’s rationale (TipTap + Yjs) while the room holds N findings; keydown → editor DOM updated, and → next frame (bench/typing.ts).',
    '',
    table(['findings', 'units', 'draft KB', 'room open ms', 'keys', 'median ms', 'p95 ms', 'median to frame ms', 'p95 to frame ms'], rows.map((r) => [int(r.findings), int(r.units), int(r.draftKB), int(r.interactiveMs), int(r.keys), num(r.medianMs, 2), num(r.p95Ms, 2), num(r.medianFrameMs, 2), num(r.p95FrameMs, 2)])),
  ].join('\n')
}

function exportSection(run) {
  const rows = ['exportDocx', 'exportPdf'].map((id) => run.benchmarks[id]).filter((b) => b?.result)
  const states = ['exportDocx', 'exportPdf'].map((id) => `${id}: ${status(run.benchmarks[id])}`).join('\n\n')
  if (!rows.length) return states
  return [
    states,
    '',
    'Rendered the way the server renders them: DOCX and PDF in the report worker thread (`server/reports/renderer.ts`; the first run starts it and loads docx/pdfmake). *Main-thread stall* is the longest the calling thread went without running a 5 ms timer during the run — what live rooms would wait. Peak RSS is the whole process, worker included.',
    '',
    table(['format', 'findings', 'ms per run', 'main-thread stall ms', 'file size', 'RSS before MB', 'peak RSS MB'], rows.map(({ result: r }) => [r.format, int(r.findings), r.ms.join(' / '), r.mainStallMs?.join(' / ') ?? '–', `${int(r.bytes / 1024)} KiB`, num(r.baseRssMb), num(r.peakRssMb)])),
  ].join('\n')
}

function alignmentSection(b) {
  const r = b?.result
  if (!r) return status(b)
  return [status(b), '', `Two Uzbek acts of ${num(r.bytes / 2 ** 20, 2)} MB (real articles from \`fixtures/\`, renumbered), \`alignUnits\` (\`shared/diff/align.ts\`) over their units, median and worst of ${r.runs} runs. The bar is < 2 s.`, '', table(['revision', 'units (v1 / v2)', 'median ms', 'worst ms', 'pairs'], r.cases.map((c) => [c.name, `${int(c.units[0])} / ${int(c.units[1])}`, int(c.medianMs), int(c.maxMs), Object.entries(c.ops).map(([k, v]) => `${k} ${int(v)}`).join(', ')]))].join('\n')
}

function detectorSection(b) {
  const r = b?.result
  if (!r) return status(b)
  return [status(b), '', `Pack \`${r.pack}\`, 1 MB of fixture text per language, median of ${r.runs} runs.`, '', table(['language', 'units', 'wall ms', 'CPU ms'], r.languages.map((l) => [l.lang, int(l.units), int(l.wallMs), int(l.cpuMs)]))].join('\n')
}

const IMPORT_ROW = /^(\w+)\s+extract\s+(\d+) ms\s+parse\s+(\d+) ms\s+units (\d+)\s+articles (\d+) (.*?)\s+peak RSS (\d+) MB/

function importSection(b) {
  if (b?.status !== 'ok') return status(b)
  if (b.result) return [status(b), '', '```json', ...(b.lines ?? [b.result]).map((l) => JSON.stringify(l)), '```'].join('\n')
  // bench/import.ts prints text: one row per format.
  const lines = (b.text ?? '').trim().split('\n')
  const rows = lines.map((l) => IMPORT_ROW.exec(l.trim())).filter(Boolean)
  const head = lines.filter((l) => !IMPORT_ROW.test(l.trim()))
  return [
    status(b),
    '',
    ...head.map((l) => `- ${cell(l)}`),
    '',
    rows.length
      ? table(['format', 'extract ms', 'parse ms', 'units', 'articles', 'check', 'peak RSS MB'], rows.map((m) => [m[1], int(Number(m[2])), int(Number(m[3])), int(Number(m[4])), int(Number(m[5])), m[6], m[7]]))
      : '',
  ].join('\n')
}

/** Which figures come from an earlier full run (a partial run keeps the others' latest figures). */
function carried(run) {
  const old = Object.entries(run.benchmarks).filter(([, b]) => b.carriedFrom)
  if (!old.length) return 'Every figure below comes from that one run. '
  const dates = [...new Set(old.map(([, b]) => b.carriedFrom))].join(', ')
  return `This run measured ${Object.entries(run.benchmarks).filter(([, b]) => !b.carriedFrom && b.status !== 'skipped').map(([id]) => id).join(', ')}; the figures of ${old.map(([id]) => id).join(', ')} are carried over from the run of ${dates} (marked in each section). `
}

/** The whole of docs/benchmarks.md. */
export function renderBenchmarks(run) {
  const m = run.machine
  const cmds = Object.entries(run.benchmarks).map(([id, b]) => `${b.command}   # ${id}`)
  const notes = existsSync(NOTES) ? readFileSync(NOTES, 'utf8').trim() : ''
  return `${[
    '# Benchmarks',
    '',
    `Generated by \`${run.command}\` (bench/all.mjs) on ${m.date}${run.quick ? ' — **quick run, reduced loads**' : ''}. ${carried(run)}Raw results: \`bench/results/latest.json\`.`,
    '',
    `Machine: ${m.nproc} CPUs (${m.cpu}), ${m.memoryGb} GB RAM, Node ${m.node}, ${m.os}, commit ${m.commit ?? '?'}${m.dirty ? ' + uncommitted changes' : ''}. Load average (1/5/15 min) at start ${m.loadAverageAtStart?.join(' / ')}, at end ${m.loadAverageAtEnd?.join(' / ') ?? '–'}. The load clients, the servers and Chromium share these CPUs (and, during the sprint, other engineers' test runs did too), so absolute times are pessimistic; ratios within one run are the meaningful figures.`,
    '',
    '## Targets',
    '',
    table(['target', 'Shaffof', 'bar', 'verdict'], [...scaleTargets(run), ...targets(run)]),
    '',
    '## Live sync (fan-out) and idle capacity',
    '',
    syncSection(run.benchmarks.sync),
    '',
    '## Scale: idle connections over many rooms, live load on top',
    '',
    scaleSection(run.benchmarks.scale, status),
    '',
    '## Persistence: save cost and restart',
    '',
    persistenceSection(run.benchmarks.persistence),
    '',
    '## Big drafts',
    '',
    '### Import',
    '',
    importSection(run.benchmarks.import),
    '',
    '### Opening the group room',
    '',
    roomOpenSection(run.benchmarks.roomOpen),
    '',
    '### Typing latency in a rationale',
    '',
    typingSection(run.benchmarks.typing),
    '',
    '## Exports (1,000 findings)',
    '',
    exportSection(run),
    '',
    '## Marker detector',
    '',
    detectorSection(run.benchmarks.detector),
    '',
    '## Version alignment (two 1.5 MB acts)',
    '',
    alignmentSection(run.benchmarks.alignment),
    '',
    '## Reproduce',
    '',
    'Everything at once (installs the peers into `bench/peers/node_modules` first if missing: `npm install --prefix bench/peers --no-audit --no-fund`):',
    '',
    '```sh',
    'npm run bench                 # full run, as above',
    'npm run bench -- --quick      # smaller loads, a few minutes',
    'npm run bench -- --only sync  # one benchmark; the others keep their last figures',
    'npm run bench -- --docs-only  # re-render this file from bench/results/latest.json',
    '```',
    '',
    'Try Node/V8 flags on Shaffof\'s server only, side by side with the unchanged peers (as in the memory notes below):',
    '',
    '```sh',
    'SHAFFOF_NODE_FLAGS="--max-semi-space-size=2" node bench/run.mjs --only shaffof,yws --rounds 1',
    '```',
    '',
    'One benchmark alone (from the repository root):',
    '',
    '```sh',
    ...cmds,
    '```',
    notes ? `\n${notes}` : '',
  ].join('\n')}\n`
}
