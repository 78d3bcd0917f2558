import { useTranslation } from 'react-i18next'
import type { GroupFactorCounts } from '../../../../shared/reports/views'

/** Colours for up to eight groups (colour-blind-safe Okabe–Ito order), then repeating. */
export const GROUP_COLOURS = [
  '#0072B2',
  '#E69F00',
  '#009E73',
  '#CC79A7',
  '#56B4E9',
  '#D55E00',
  '#F0E442',
  '#000000',
]

/** The colour of the i-th group. */
export function groupColour(i: number): string {
  return GROUP_COLOURS[i % GROUP_COLOURS.length] as string
}

/** Layout of the grouped bar chart: one row per factor, one bar per group (pure, tested). */
export function chartLayout(
  factorIds: readonly string[],
  counts: readonly GroupFactorCounts[],
  opts = { bar: 12, gap: 10, labelWidth: 250, width: 660 },
) {
  const groupIds = counts.map((c) => c.groupId)
  const value = (i: number, f: string) => counts[i]?.byFactor[f] ?? 0
  const max = Math.max(1, ...factorIds.flatMap((f) => groupIds.map((_, i) => value(i, f))))
  const rowHeight = groupIds.length * opts.bar + opts.gap
  const plot = opts.width - opts.labelWidth - 40
  const rows = factorIds.map((factorId, r) => ({
    factorId,
    y: r * rowHeight,
    bars: groupIds.map((groupId, i) => {
      return {
        groupId,
        value: value(i, factorId),
        x: opts.labelWidth,
        y: r * rowHeight + i * opts.bar,
        width: (value(i, factorId) / max) * plot,
        height: opts.bar - 2,
      }
    }),
  }))
  return {
    rows,
    height: Math.max(rowHeight, factorIds.length * rowHeight),
    width: opts.width,
    labelWidth: opts.labelWidth,
    max,
  }
}

/** Factors per group as an SVG grouped bar chart with a legend; each bar has a text title. */
export function FactorChart({
  counts,
  groupName,
  factorName,
}: {
  counts: GroupFactorCounts[]
  groupName: (id: string) => string
  factorName: (id: string) => string
}) {
  const { t } = useTranslation('compare')
  const groupIds = counts.map((c) => c.groupId)
  // Only factors someone used, in pack order, so the chart stays short.
  const factorIds = Object.keys(counts[0]?.byFactor ?? {}).filter((f) =>
    counts.some((c) => (c.byFactor[f] ?? 0) > 0),
  )
  const layout = chartLayout(factorIds, counts)
  return (
    <section className="cmp-card" aria-labelledby="cmp-factors">
      <h2 id="cmp-factors">{t('factors.title')}</h2>
      <ul className="cmp-legend-list">
        {groupIds.map((g, i) => (
          <li key={g}>
            <span className="cmp-swatch" style={{ background: groupColour(i) }} aria-hidden="true" />
            {groupName(g)}
          </li>
        ))}
      </ul>
      {factorIds.length === 0 ? (
        <p>{t('factors.none')}</p>
      ) : (
        <div className="cmp-chart-wrap">
          <svg
            className="cmp-chart"
            role="img"
            aria-labelledby="cmp-factors"
            viewBox={`0 0 ${layout.width} ${layout.height}`}
            width="100%"
            data-testid="factor-chart"
          >
            <title>{t('factors.title')}</title>
            {layout.rows.map((row) => (
              <g key={row.factorId}>
                <text
                  x={layout.labelWidth - 8}
                  y={row.y + (groupIds.length * 12) / 2 + 4}
                  textAnchor="end"
                  className="cmp-chart-label"
                >
                  {truncate(factorName(row.factorId), 36)}
                  <title>{factorName(row.factorId)}</title>
                </text>
                {row.bars.map((b, i) => (
                  <g key={b.groupId}>
                    <rect
                      x={b.x}
                      y={b.y}
                      width={Math.max(b.width, b.value ? 2 : 0)}
                      height={b.height}
                      fill={groupColour(i)}
                    >
                      <title>
                        {t('factors.barTitle', {
                          group: groupName(b.groupId),
                          factor: factorName(row.factorId),
                          count: b.value,
                        })}
                      </title>
                    </rect>
                    {b.value ? (
                      <text x={b.x + b.width + 4} y={b.y + b.height - 1} className="cmp-chart-value">
                        {b.value}
                      </text>
                    ) : null}
                  </g>
                ))}
              </g>
            ))}
          </svg>
        </div>
      )}
    </section>
  )
}

function truncate(s: string, n: number): string {
  return s.length > n ? `${s.slice(0, n - 1)}…` : s
}
