/** The compare feature's pages, lazy-loaded by the shell's router. */
export { ComparePage } from './ComparePage'
export { ConsolidatedPage } from './consolidate/ConsolidatedPage'
export { ExportPage } from './export/ExportPage'
