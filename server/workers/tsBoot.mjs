// Starts a TypeScript worker entry when the server itself runs from source (tests, `npm run dev`):
// worker threads do not inherit the parent's tsx loader, so register it here first. The production
// bundle starts its compiled copies directly (server/paths.ts, `appWorker`).
import { workerData } from 'node:worker_threads'
import { register } from 'tsx/esm/api'

register()
await import(workerData.entry)
