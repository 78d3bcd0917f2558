/**
 * What one idle connection costs, object by object: starts a server (`--kind shaffof|yws|hocuspocus`),
 * connects `--conns` idle clients over `--rooms` rooms, writes a heap snapshot, connects as many again,
 * writes another, and prints the difference per added connection by constructor (self sizes).
 * The measuring tool behind the per-connection figures in docs/benchmarks.md.
 *
 *   node bench/heap-diff.mjs [--kind shaffof] [--conns 2000] [--rooms 200] [--top 30]
 */
import { readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { cliArgs, prepareRooms, spawnNode, startServer } from './lib/peers.mjs'

const here = dirname(fileURLToPath(import.meta.url))
const kind = String(cliArgs.kind ?? 'shaffof')
const conns = Number(cliArgs.conns ?? 2000)
const roomCount = Number(cliArgs.rooms ?? 200)
const top = Number(cliArgs.top ?? 30)

/** Idle clients (no presence) in one load process; resolves once all are synced. */
async function connect(url, token, rooms, perRoom, localAddress) {
  const input = {
    kind: kind === 'hocuspocus' ? 'hocuspocus' : 'ywebsocket',
    url,
    token,
    rooms,
    clientsPerRoom: perRoom,
    idle: true,
    quietIdle: true,
    batch: 100,
    localAddress,
  }
  const child = spawnNode([join(here, 'peers', 'load-client.mjs'), JSON.stringify(input)], {
    cwd: here,
    stdio: ['ignore', 'pipe', 'inherit', 'ipc'],
  })
  await new Promise((resolve) => {
    let out = ''
    child.stdout.on('data', (d) => {
      out += d
      if (out.includes('\n')) resolve()
    })
  })
  return child
}

/**
 * Self size and count per constructor (objects, closures) or type (strings, arrays, code…). With
 * `--detail Name`, objects of that constructor are told apart by their property names.
 */
function summarize(file) {
  const s = JSON.parse(readFileSync(file, 'utf8'))
  const fields = s.snapshot.meta.node_fields
  const types = s.snapshot.meta.node_types[0]
  const edgeFields = s.snapshot.meta.edge_fields
  const edgeTypes = s.snapshot.meta.edge_types[0]
  const [iType, iName, iSize, iEdges] = ['type', 'name', 'self_size', 'edge_count'].map((f) =>
    fields.indexOf(f),
  )
  const [eType, eName] = ['type', 'name_or_index'].map((f) => edgeFields.indexOf(f))
  const detail = cliArgs.detail ? String(cliArgs.detail) : null
  const by = new Map()
  let edge = 0
  for (let i = 0; i < s.nodes.length; i += fields.length) {
    const t = types[s.nodes[i + iType]]
    const name = s.strings[s.nodes[i + iName]]
    const edges = s.nodes[i + iEdges]
    let key = t === 'object' || t === 'closure' ? `${t} ${name}` : t
    if (detail && name === detail) {
      const props = []
      for (let e = edge; e < edge + edges * edgeFields.length; e += edgeFields.length)
        if (edgeTypes[s.edges[e + eType]] === 'property') props.push(s.strings[s.edges[e + eName]])
      key = `${key} {${props.slice(0, 8).join(',')}}`
    }
    edge += edges * edgeFields.length
    const e = by.get(key) ?? { size: 0, count: 0 }
    e.size += s.nodes[i + iSize]
    e.count++
    by.set(key, e)
  }
  return by
}

const server = await startServer(kind)
const children = []
try {
  const { url, rooms, token } = await prepareRooms(kind, server.port, roomCount, 'diff')
  const perRoom = Math.max(1, Math.round(conns / roomCount))
  const snap = async (n) => {
    await new Promise((r) => setTimeout(r, 2000))
    const path = join(tmpdir(), `heap-diff-${kind}-${process.pid}-${n}.heapsnapshot`)
    await new Promise((resolve) => {
      const onMsg = (m) => {
        if (!m?.snapshotWritten) return
        server.proc.off('message', onMsg)
        resolve()
      }
      server.proc.on('message', onMsg)
      server.proc.send({ snapshot: path })
    })
    return path
  }
  children.push(await connect(url, token, rooms, perRoom, '127.0.0.21'))
  const a = await snap(1)
  children.push(await connect(url, token, rooms, perRoom, '127.0.0.22'))
  const b = await snap(2)
  const [sa, sb] = [summarize(a), summarize(b)]
  rmSync(a)
  rmSync(b)
  const added = perRoom * roomCount
  const rows = [...sb].map(([k, v]) => {
    const before = sa.get(k) ?? { size: 0, count: 0 }
    return { k, bytes: (v.size - before.size) / added, count: (v.count - before.count) / added }
  })
  const total = rows.reduce((n, r) => n + r.bytes, 0)
  console.log(`${kind}: ${added} added connections, ${total.toFixed(0)} B of heap each (self sizes)`)
  for (const r of rows.sort((x, y) => y.bytes - x.bytes).slice(0, top))
    console.log(`${r.bytes.toFixed(1).padStart(8)} B ${r.count.toFixed(2).padStart(6)}×  ${r.k}`)
} finally {
  for (const c of children) c.send('done')
  await server.stop()
}
