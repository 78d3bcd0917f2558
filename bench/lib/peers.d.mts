/** Types of what TypeScript benchmarks take from peers.mjs. */
export function ensureBenchPeers(say?: (line: string) => void): void
