// The esbuild options of the production server bundle (scripts/build-server.mjs), shared with the test
// that checks what a server at rest loads (tests/server/residentModules.test.ts).
import { join } from 'node:path'

/** Options for `esbuild.build` of the server from the repository at `root` into `outdir`. */
export function serverBundleOptions(root, outdir) {
  return {
    // Worker entries are bundles of their own, next to index.js (server/paths.ts, `appWorker`).
    entryPoints: {
      index: join(root, 'server', 'index.ts'),
      renderReport: join(root, 'server', 'workers', 'renderReport.ts'),
      detectSuggestions: join(root, 'server', 'workers', 'detectSuggestions.ts'),
    },
    outdir,
    bundle: true,
    // Dynamic imports become chunks of their own, loaded on first use (importers, exporters, word diff).
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    packages: 'external',
    sourcemap: true,
    // Stack traces need only the mappings; the sources' text would sit in every server's heap, since
    // `--enable-source-maps` keeps each loaded map (about 1 MB for the bundle).
    sourcesContent: false,
    logLevel: 'warning',
  }
}
