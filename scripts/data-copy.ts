/**
 * `npm run data:copy -- <from> <to>`: copy all data between a files DATA_DIR and a PostgreSQL URL
 * (either direction), with a progress bar. Refuses a target that already holds data.
 *
 *   npm run data:copy -- ./data postgres://shaffof@db/shaffof
 *   npm run data:copy -- postgres://shaffof@db/shaffof ./data-backup
 */
import { resolve } from 'node:path'
import { copyData } from '../server/storage/dataCopy.js'

const [from, to] = process.argv.slice(2)
if (!from || !to) {
  process.stderr.write(
    'Usage: npm run data:copy -- <from> <to>   (each a DATA_DIR folder or a postgres:// URL)\n',
  )
  process.exit(2)
}
const where = (s: string) => (/^postgres(ql)?:\/\//.test(s) ? s : resolve(s))
const tty = process.stderr.isTTY
let lastLine = ''

function bar(stage: string, done: number, total: number): void {
  const width = 30
  const filled = total ? Math.round((done / total) * width) : width
  const line = `${stage.padEnd(15)} [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total}`
  if (tty) process.stderr.write(`\r${line}${done === total ? '\n' : ''}`)
  else if (done === total || done % Math.max(1, Math.ceil(total / 10)) === 0) {
    if (line !== lastLine) process.stderr.write(`${line}\n`)
  }
  lastLine = line
}

try {
  const summary = await copyData(where(from), where(to), bar)
  const counts = Object.entries(summary.collections)
    .map(([k, n]) => `${n} ${k}`)
    .join(', ')
  process.stdout.write(`Copied ${counts}; ${summary.versions} draft versions; ${summary.rooms} rooms.\n`)
} catch (err) {
  process.stderr.write(`${tty ? '\n' : ''}data:copy failed: ${(err as Error).message}\n`)
  process.exit(1)
}
