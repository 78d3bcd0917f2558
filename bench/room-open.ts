/**
 * Big-draft room benchmark (issue 10): a 1–2 MB act (real fixture articles repeated and renumbered)
 * is imported through `POST /api/drafts`, a review with one group is made, a participant joins, and
 * Chromium opens the group room. Time until interactive, from navigation start (page clock):
 *   rendered    — `draft-view` is visible and its last unit is in the DOM,
 *   connected   — `connection-status` says `connected` (synced),
 *   interactive — both, and a text selection in the draft shows `new-finding`,
 *   findingMs   — clicking `new-finding` opened the new finding (`finding-detail`).
 * Target: interactive < 2 s. `--profile` also records a CPU profile (CDP Profiler) and `--trace` a
 * performance trace of one load, summarised by hot function / trace event, files kept in bench/results/.
 *
 *   npx tsx bench/room-open.ts [--mb 1.5] [--runs 3] [--profile] [--trace] [--root DIR] [--out file.json]
 * The last stdout line is the JSON result; progress goes to stderr.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { type Browser, chromium, type Page } from 'playwright-core'
import ensureClientBuild from '../tests/e2e/globalSetup.js'
import { CHROMIUM_ARGS } from '../tests/e2e/harness.js'
import { buildLargeAct } from './lib/largeAct.js'
import { apiCall, arg, flag, median, procSample, ROOT, round, startServer } from './lib/measure.js'
import { summarizeProfile, summarizeTrace } from './lib/profiles.js'

const mb = Number(arg('mb', '1.5'))
const runs = Number(arg('runs', '3'))
const outFile = arg('out', '')
const say = (line: string) => process.stderr.write(`${line}\n`)
const RESULTS = join(ROOT, 'bench', 'results')

type Unit = { id: string; kind: string; text: string }
type Seed = { url: string; reviewId: string; groupId: string; units: Unit[]; token: () => Promise<string> }

/** Import the act, make a one-group review; `token()` joins a fresh participant. */
async function seed(url: string, text: string): Promise<Seed & { importMs: number }> {
  const { token: admin } = await apiCall<{ token: string }>(url, 'POST', '/api/setup', {
    name: 'bench',
    password: 'bench password 1',
  })
  const t0 = performance.now()
  const draft = await apiCall<{ id: string; units: Unit[] }>(
    url,
    'POST',
    '/api/drafts',
    { title: 'Katta loyiha', text, language: 'uz-Latn' },
    admin,
  )
  const importMs = performance.now() - t0
  const review = await apiCall<{ id: string; joinCode: string; groups: { id: string }[] }>(
    url,
    'POST',
    '/api/reviews',
    { title: 'Katta loyiha', draftId: draft.id, groups: ['Guruh 1'] },
    admin,
  )
  const groupId = review.groups[0]!.id
  let n = 0
  const token = async () =>
    (
      await apiCall<{ token: string }>(url, 'POST', '/api/join', {
        code: review.joinCode,
        name: `Ishtirokchi ${++n}`,
        groupId,
      })
    ).token
  return { url, reviewId: review.id, groupId, units: draft.units, token, importMs }
}

/** Page-clock ms (since navigation start) once `selector` matches (a function, not a string: CSP forbids eval). */
async function pageTime(page: Page, selector: string, timeout = 60_000): Promise<number> {
  try {
    const handle = await page.waitForFunction(
      (sel) => (document.querySelector(sel) ? performance.now() : false),
      selector,
      { timeout, polling: 'raf' },
    )
    return Number(await handle.jsonValue())
  } catch (err) {
    const shown = await page
      .evaluate('document.body ? document.body.innerText.slice(0, 200) : ""')
      .catch(() => '?')
    throw new Error(
      `waiting for ${selector} at ${page.url()}: ${String(err).split('\n')[0]}; page shows: ${JSON.stringify(shown)}`,
    )
  }
}

/** Selects the first characters of a unit near the top through the DOM, as a mouse drag would. */
const SELECT = `(unitId) => {
  const el = document.querySelector('[data-testid="draft-view"] [data-unit-id="' + CSS.escape(unitId) + '"]')
  if (!el) throw new Error('unit not rendered')
  const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT)
  const node = walker.nextNode()
  document.querySelector('[data-testid="draft-view"]').focus()
  const range = document.createRange()
  range.setStart(node, 0)
  range.setEnd(node, Math.min(12, node.length))
  const sel = window.getSelection()
  sel.removeAllRanges()
  sel.addRange(range)
}`

/** One cold load of the room in a fresh context; optionally profiled or traced. */
async function openOnce(
  browser: Browser,
  s: Seed,
  mode: 'plain' | 'profile' | 'trace',
): Promise<Record<string, number> & { files?: string[]; hot?: unknown }> {
  const context = await browser.newContext({ locale: 'en-US' })
  try {
    await context.addInitScript((t: string) => localStorage.setItem('shaffof.token', t), await s.token())
    const page = await context.newPage()
    const cdp = mode === 'profile' ? await context.newCDPSession(page) : null
    if (cdp) {
      await cdp.send('Profiler.enable')
      await cdp.send('Profiler.setSamplingInterval', { interval: 200 })
      await cdp.send('Profiler.start')
    }
    if (mode === 'trace')
      await browser.startTracing(page, {
        categories: ['devtools.timeline', 'v8.execute', 'blink', 'disabled-by-default-devtools.timeline'],
      })
    const last = s.units.at(-1)!.id
    const pick = s.units.find((u) => u.kind === 'part' && u.text.length > 40) ?? s.units[1]!
    await page.goto(`${s.url}/reviews/${s.reviewId}/groups/${s.groupId}?lang=en`, { waitUntil: 'commit' })
    const rendered = await pageTime(page, `[data-testid="draft-view"] [data-unit-id="${last}"]`)
    const connected = await pageTime(page, '[data-testid="connection-status"][data-status="connected"]')
    // A selection made while the room is still settling (layers attaching) can be dropped; a user
    // would simply select again, so retry, and the retries count in the time.
    let interactive = 0
    for (let attempt = 1; !interactive; attempt++) {
      await page.evaluate(`(${SELECT})(${JSON.stringify(pick.id)})`)
      try {
        interactive = await pageTime(page, '[data-testid="new-finding"]', 2_000)
      } catch (err) {
        if (attempt >= 15) throw err
      }
    }
    await page.locator('[data-testid="new-finding"]').click()
    const finding = await pageTime(page, '[data-testid="finding-detail"]')
    const nav = (await page.evaluate(
      `(() => { const n = performance.getEntriesByType('navigation')[0]; return { dcl: n.domContentLoadedEventEnd, load: n.loadEventEnd } })()`,
    )) as { dcl: number; load: number }
    const out: Record<string, number> & { files?: string[]; hot?: unknown } = {
      domContentLoadedMs: round(nav.dcl),
      renderedMs: round(rendered),
      connectedMs: round(connected),
      interactiveMs: round(Math.max(rendered, connected, interactive)),
      findingMs: round(finding),
      domNodes: Number(await page.evaluate('document.getElementsByTagName("*").length')),
    }
    mkdirSync(RESULTS, { recursive: true })
    if (cdp) {
      const { profile } = (await cdp.send('Profiler.stop')) as {
        profile: Parameters<typeof summarizeProfile>[0]
      }
      const file = join(RESULTS, `room-open-${Date.now()}.cpuprofile`)
      writeFileSync(file, JSON.stringify(profile))
      out.files = [file]
      out.hot = summarizeProfile(profile, 25)
    }
    if (mode === 'trace') {
      const buf = await browser.stopTracing()
      const file = join(RESULTS, `room-open-${Date.now()}.trace.json`)
      writeFileSync(file, buf)
      out.files = [file]
      out.hot = summarizeTrace(JSON.parse(buf.toString('utf8')), 20)
    }
    return out
  } finally {
    await context.close()
  }
}

async function main(): Promise<void> {
  // `--root DIR`: a patched copy of the repository (its own dist/), to prove a fix before it lands.
  const root = arg('root', '')
  if (!root) ensureClientBuild()
  const act = buildLargeAct(mb * 1024 * 1024)
  say(`act: ${act.articles} articles, ${round(act.bytes / 2 ** 20)} MB`)
  const dataDir = mkdtempSync(join(tmpdir(), 'shaffof-bench-room-open-'))
  const server = await startServer(dataDir, {}, root || undefined)
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
    headless: true,
  })
  try {
    const s = await seed(server.url, act.text)
    const rssAfterImport = procSample(server.proc.pid!).rssMb
    say(`imported ${s.units.length} units in ${Math.round(s.importMs)} ms (server RSS ${rssAfterImport} MB)`)
    const loads: Record<string, number>[] = []
    const failures: string[] = []
    for (let i = 0; loads.length < runs; i++) {
      try {
        const r = await openOnce(browser, s, 'plain')
        loads.push(r)
        say(
          `load ${i + 1}: rendered ${r.renderedMs} ms, connected ${r.connectedMs} ms, interactive ${r.interactiveMs} ms, finding ${r.findingMs} ms`,
        )
      } catch (err) {
        // e.g. the shared dist/ being rebuilt by someone else mid-load; retried, and reported.
        failures.push(String(err).slice(0, 500))
        say(`load ${i + 1} failed: ${failures.at(-1)}`)
        if (failures.length > runs) throw err
      }
    }
    const pick = (k: string) => round(median(loads.map((l) => l[k]!)))
    const result: Record<string, unknown> = {
      bench: 'room-open',
      date: new Date().toISOString(),
      draftBytes: act.bytes,
      articles: act.articles,
      units: s.units.length,
      importMs: round(s.importMs),
      serverRssMbAfterImport: rssAfterImport,
      runs: loads,
      failedLoads: failures,
      median: {
        renderedMs: pick('renderedMs'),
        connectedMs: pick('connectedMs'),
        interactiveMs: pick('interactiveMs'),
        findingMs: pick('findingMs'),
        domNodes: pick('domNodes'),
      },
      targetMs: 2000,
      pass: pick('interactiveMs') < 2000,
    }
    // A failed diagnostic load must not throw away the measured ones.
    if (flag('profile'))
      result.profile = await openOnce(browser, s, 'profile').catch((err) => ({
        error: String(err).slice(0, 500),
      }))
    if (flag('trace'))
      result.trace = await openOnce(browser, s, 'trace').catch((err) => ({
        error: String(err).slice(0, 500),
      }))
    if (outFile) writeFileSync(outFile, JSON.stringify(result, null, 2))
    process.stdout.write(`${JSON.stringify(result)}\n`)
  } finally {
    await browser.close()
    await server.stop()
    rmSync(dataDir, { recursive: true, force: true })
  }
}

await main()
process.exit(0)
