import type { BuildOptions } from 'esbuild'

/** Options for `esbuild.build` of the server from the repository at `root` into `outdir`. */
export function serverBundleOptions(root: string, outdir: string): BuildOptions
