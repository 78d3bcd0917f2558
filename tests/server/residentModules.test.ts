/**
 * A server at rest keeps only what serving needs in memory: the editor schema (TipTap, ProseMirror),
 * the importers' parsers, the word diff and the report renderers load on first use (issue 22, the
 * fixed part of the heap). This bundles the server as scripts/build-server.mjs does and follows the
 * static imports from the entry (index.js): none of those packages may be among them.
 */
import { join } from 'node:path'
import { build, type Metafile } from 'esbuild'
import { describe, expect, it } from 'vitest'
import { serverBundleOptions } from '../../scripts/lib/serverBundle.mjs'

const ROOT = join(import.meta.dirname, '..', '..')
const LAZY = [
  /^@tiptap\//,
  /^prosemirror-/,
  /^htmlparser2$/,
  /^fflate$/,
  /^diff$/,
  /^mammoth$/,
  /^pdfjs-dist/,
  /^docx$/,
  /^pdfmake/,
]

/** Every package the entry chunk loads at start, through static imports only. */
function residentPackages(meta: Metafile, entry: string): Set<string> {
  const seen = new Set<string>()
  const packages = new Set<string>()
  const visit = (out: string) => {
    if (seen.has(out)) return
    seen.add(out)
    for (const imp of meta.outputs[out]?.imports ?? []) {
      if (imp.kind !== 'import-statement') continue
      if (imp.external) packages.add(imp.path)
      else visit(imp.path)
    }
  }
  visit(entry)
  return packages
}

describe('modules resident in a server at rest', () => {
  it('leave the editor schema, importers, word diff and renderers to first use', async () => {
    const result = await build({
      ...serverBundleOptions(ROOT, join(ROOT, '.tmp', 'resident-check')),
      metafile: true,
      write: false,
      logLevel: 'silent',
    })
    const entry = Object.keys(result.metafile.outputs).find((o) => o.endsWith('/index.js'))!
    const resident = [...residentPackages(result.metafile, entry)]
    expect(resident).toContain('yjs') // the walk does find packages
    expect(resident.filter((p) => LAZY.some((re) => re.test(p)))).toEqual([])
  }, 60_000)
})
