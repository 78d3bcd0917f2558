/** The built client from `dist/` with an SPA fallback; mounted only when a build exists. */
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { serveStatic } from '@hono/node-server/serve-static'
import type { Hono } from 'hono'
import type { AppEnv } from './context.js'

/** Serve `distDir` if it holds index.html; hashed assets are cached for a year. */
export function mountClient(app: Hono<AppEnv>, distDir: string | undefined): boolean {
  if (!distDir || !existsSync(join(distDir, 'index.html'))) return false
  // node-server's onFound runs after the response is built, so set the cache header on the way out.
  app.use('/assets/*', async (c, next) => {
    await next()
    if (c.res.status === 200) c.res.headers.set('Cache-Control', 'public, max-age=31536000, immutable')
  })
  // The service worker must be re-checked on every visit, or a new build would wait a day to reach people.
  app.use('/sw.js', async (c, next) => {
    await next()
    if (c.res.status === 200) c.res.headers.set('Cache-Control', 'no-cache')
  })
  app.use('*', serveStatic({ root: distDir }))
  // Client-side routes (/review/…) get index.html; /api and /collab never do.
  app.get('*', async (c, next) => {
    if (c.req.path.startsWith('/api/') || c.req.path === '/api' || c.req.path.startsWith('/collab/'))
      return next()
    c.header('Cache-Control', 'no-cache')
    return serveStatic({ path: join(distDir, 'index.html') })(c, next)
  })
  return true
}
