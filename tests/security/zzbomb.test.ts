import { it } from 'vitest'
import { setupAdmin, startApp } from '../e2e/harness.js'
import { processMemoryMb } from './kit.js'
import { lyingDocxBomb } from './zipBomb.js'
it('probe big lying bomb', async () => {
  const app = await startApp()
  const token = await setupAdmin(app.url)
  for (const mb of [1000, 2000]) {
    const bomb = lyingDocxBomb(mb)
    const form = new FormData()
    form.append('file', new File([bomb as any], 'x.docx', { type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' }))
    const t = Date.now()
    const res = await fetch(`${app.url}/api/drafts`, { method: 'POST', headers: { Authorization: `Bearer ${token}` }, body: form }).then(async (r) => `${r.status} ${await r.text()}`).catch((e) => String(e))
    console.log('BOMB', mb, bomb.length, res.slice(0, 200), Date.now() - t, 'ms', app.proc.exitCode, app.proc.exitCode === null ? JSON.stringify(processMemoryMb(app.proc.pid!)) : 'DEAD')
  }
  console.log('LOGS', app.logs().split('\n').filter((l) => /error|warn|heap|memory/i.test(l)).slice(-8).join('\n'))
  await app.stop()
}, 600000)
