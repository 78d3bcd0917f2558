/**
 * CPU of one room's fan-out, `ws.send` per peer against one frame written to every peer's TCP socket
 * (server/collab/frame.ts), both corked for the turn as the server does (server/collab/cork.ts).
 * One process: a `ws` server, `--peers` clients reading every frame, `--broadcasts` 60-byte updates per
 * run, runs alternated. CPU includes the clients' reading, the same for both, so the saving on the
 * server's side alone is larger than the ratio shown.
 *
 *   node bench/fanout-cpu.mjs [--peers 30] [--broadcasts 3000] [--runs 3]
 */
import { Sender, WebSocket, WebSocketServer } from 'ws'
import { cliArgs } from './lib/peers.mjs'

const peers = Number(cliArgs.peers ?? 30)
const broadcasts = Number(cliArgs.broadcasts ?? 3000)
const runs = Number(cliArgs.runs ?? 3)
const wss = new WebSocketServer({ port: 0, host: '127.0.0.1' })
await new Promise((r) => wss.on('listening', r))
const server = []
wss.on('connection', (ws) => server.push(ws))
const clients = await Promise.all(
  Array.from(
    { length: peers },
    () =>
      new Promise((resolve) => {
        const c = new WebSocket(`ws://127.0.0.1:${wss.address().port}`)
        c.on('open', () => resolve(c))
        c.on('message', () => undefined)
      }),
  ),
)
while (server.length < peers) await new Promise((r) => setTimeout(r, 10))

const corked = new Set()
const flush = () => {
  for (const s of corked) s.uncork()
  corked.clear()
}
const cork = (s) => {
  if (corked.has(s)) return
  if (!corked.size) process.nextTick(flush)
  s.cork()
  corked.add(s)
}
const payload = Buffer.alloc(60, 7)

async function run(kind) {
  const t0 = process.cpuUsage()
  for (let i = 0; i < broadcasts; i++) {
    if (kind === 'send')
      for (const ws of server) {
        cork(ws._socket)
        ws.send(payload)
      }
    else {
      const frame = Buffer.concat(
        Sender.frame(payload, { fin: true, opcode: 2, mask: false, readOnly: false }),
      )
      for (const ws of server) {
        cork(ws._socket)
        ws._socket.write(frame)
      }
    }
    await new Promise((r) => setImmediate(r))
  }
  const c = process.cpuUsage(t0)
  return (c.user + c.system) / 1000
}

const out = { peers, broadcasts, sendCpuMs: [], frameCpuMs: [] }
for (let i = 0; i < runs; i++) {
  out.sendCpuMs.push(Math.round(await run('send')))
  out.frameCpuMs.push(Math.round(await run('frame')))
}
const sum = (xs) => xs.reduce((a, b) => a + b, 0)
out.ratio = Math.round((sum(out.frameCpuMs) / sum(out.sendCpuMs)) * 100) / 100
for (const c of clients) c.terminate()
wss.close()
console.log(JSON.stringify(out))
