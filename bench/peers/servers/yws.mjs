// The reference server: @y/websocket-server 0.1.1's setupWSConnection on a plain ws server, in memory.
import http from 'node:http'
import { setupWSConnection } from '@y/websocket-server/utils'
import { WebSocketServer } from 'ws'

const port = Number(process.env.PORT)
const server = http.createServer((_req, res) => res.end('ok'))
const wss = new WebSocketServer({ noServer: true })
wss.on('connection', (ws, req) =>
  setupWSConnection(ws, req, { docName: req.url.slice(1).split('?')[0], gc: true }),
)
server.on('upgrade', (req, socket, head) =>
  wss.handleUpgrade(req, socket, head, (ws) => wss.emit('connection', ws, req)),
)
server.listen(port, '127.0.0.1', () => console.log(`ready ${port}`))
process.on('SIGTERM', () => process.exit(0))
