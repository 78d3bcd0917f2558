/** axe-core on a page as it is now, for the accessibility pass and screens opened into a state. */
import AxeBuilder from '@axe-core/playwright'
import type { Page } from 'playwright-core'

type Violation = {
  id: string
  impact?: string | null
  help: string
  nodes: { target: unknown; any: { message: string }[] }[]
}

/** Serious and critical violations on the page as it is now, as readable lines. */
export async function seriousViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page: page as never }).analyze()
  return (result.violations as Violation[])
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help} — ${v.nodes
          .slice(0, 3)
          .map((n) => `${JSON.stringify(n.target)} ${n.any[0]?.message ?? ''}`)
          .join(', ')}`,
    )
}
