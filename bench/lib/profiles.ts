/**
 * Summaries of profiles, so a benchmark can print where the time went: self time per function of a
 * V8 CPU profile (CDP `Profiler.stop` or `node --cpu-prof`), and time per event name on the
 * renderer's main thread of a Chrome performance trace.
 */

/** The parts of a V8 `.cpuprofile` we read. */
export type CpuProfile = {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number }; children?: number[] }[]
  samples: number[]
  timeDeltas: number[]
  startTime: number
  endTime: number
}

/** One hot function: self and total (inclusive) ms, and where it is. */
export type HotFunction = { selfMs: number; totalMs: number; fn: string; where: string }

const shortUrl = (url: string): string => url.replace(/^.*\/(node_modules|assets|work\/main)\//, '$1/').replace(/^file:\/\//, '')

/** Top `limit` functions by self time (samples × their time deltas), with inclusive time too. */
export function summarizeProfile(profile: CpuProfile, limit = 20): { totalMs: number; top: HotFunction[]; byFile: { file: string; selfMs: number }[] } {
  const selfUs = new Map<number, number>()
  profile.samples.forEach((id, i) => selfUs.set(id, (selfUs.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)))
  const byId = new Map(profile.nodes.map((n) => [n.id, n]))
  const parent = new Map<number, number>()
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id)
  const key = (id: number): string => {
    const f = byId.get(id)!.callFrame
    return `${f.functionName || '(anonymous)'}\u0000${shortUrl(f.url)}:${f.lineNumber + 1}:${f.columnNumber + 1}`
  }
  const self = new Map<string, number>()
  const total = new Map<string, number>()
  const byFile = new Map<string, number>()
  for (const [id, us] of selfUs) {
    self.set(key(id), (self.get(key(id)) ?? 0) + us)
    const file = shortUrl(byId.get(id)!.callFrame.url) || byId.get(id)!.callFrame.functionName
    byFile.set(file, (byFile.get(file) ?? 0) + us)
    // Inclusive time: count each function once per sample even if it recurses.
    const seen = new Set<string>()
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const k = key(at)
      if (seen.has(k)) continue
      seen.add(k)
      total.set(k, (total.get(k) ?? 0) + us)
    }
  }
  const ms = (us: number) => Math.round(us / 100) / 10
  const top = [...self.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, limit)
    .map(([k, us]) => {
      const [fn, where] = k.split('\u0000') as [string, string]
      return { selfMs: ms(us), totalMs: ms(total.get(k) ?? 0), fn, where }
    })
  return {
    totalMs: ms(profile.endTime - profile.startTime),
    top,
    byFile: [...byFile.entries()].sort((a, b) => b[1] - a[1]).slice(0, 10).map(([file, us]) => ({ file, selfMs: ms(us) })),
  }
}

type TraceEvent = { name: string; ph: string; dur?: number; pid: number; tid: number; args?: { name?: string } }

/** Sum of `dur` per event name on the renderer main thread (nested events count in each level). */
export function summarizeTrace(trace: { traceEvents: TraceEvent[] } | TraceEvent[], limit = 20): { event: string; ms: number; count: number }[] {
  const events = Array.isArray(trace) ? trace : trace.traceEvents
  // Several renderer main threads appear (about:blank, the page); take the busiest.
  const mains = events.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
  const busy = (m: TraceEvent) => events.reduce((a, e) => a + (e.ph === 'X' && e.pid === m.pid && e.tid === m.tid && e.name === 'RunTask' ? (e.dur ?? 0) : 0), 0)
  const main = mains.sort((a, b) => busy(b) - busy(a))[0]
  const sums = new Map<string, { us: number; count: number }>()
  for (const e of events) {
    if (e.ph !== 'X' || e.dur === undefined) continue
    if (main && (e.pid !== main.pid || e.tid !== main.tid)) continue
    const s = sums.get(e.name) ?? { us: 0, count: 0 }
    s.us += e.dur
    s.count++
    sums.set(e.name, s)
  }
  return [...sums.entries()]
    .sort((a, b) => b[1].us - a[1].us)
    .slice(0, limit)
    .map(([event, s]) => ({ event, ms: Math.round(s.us / 100) / 10, count: s.count }))
}
