/**
 * Runs a server entry (argv[2]) in this process and answers the bench's IPC "measure" with the heap
 * after a full GC plus RSS. RSS deltas alone move by ±10 KB per socket between runs of the same code
 * (allocator slack, GC timing); the heap after `gc()` is the stable figure for "memory per connection".
 * Needs `node --expose-gc`.
 */
import { resolve } from 'node:path'
import { pathToFileURL } from 'node:url'

process.on('message', async (msg) => {
  // `{snapshot: path}`: a heap snapshot, for finding what a connection retains (bench/heap-diff.mjs).
  if (msg?.snapshot) {
    globalThis.gc()
    const { writeHeapSnapshot } = await import('node:v8')
    process.send({ snapshotWritten: writeHeapSnapshot(msg.snapshot) })
    return
  }
  if (msg !== 'measure') return
  // Several passes with a pause: weak refs and finalizers of closed objects settle over two cycles.
  for (let i = 0; i < 3; i++) {
    globalThis.gc()
    await new Promise((r) => setTimeout(r, 50))
  }
  const { heapUsed, heapTotal, rss, external, arrayBuffers } = process.memoryUsage()
  const { getHeapSpaceStatistics } = await import('node:v8')
  const spaces = Object.fromEntries(
    getHeapSpaceStatistics().map((x) => [x.space_name, { size: x.space_size, used: x.space_used_size }]),
  )
  process.send({ measured: { heapUsed, heapTotal, rss, external, arrayBuffers, spaces } })
})
// Keep the IPC channel from holding the process open on its own: the server's listener does that.
process.channel?.unref()

await import(pathToFileURL(resolve(process.argv[2])).href)
