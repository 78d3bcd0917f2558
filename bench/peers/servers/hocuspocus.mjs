// Hocuspocus 3.x with its defaults (in memory, no extensions).
import { Server } from '@hocuspocus/server'

const port = Number(process.env.PORT)
const server = new Server({ port, address: '127.0.0.1', quiet: true, stopOnSignals: false })
await server.listen()
console.log(`ready ${port}`)
process.on('SIGTERM', async () => {
  await server.destroy()
  process.exit(0)
})
