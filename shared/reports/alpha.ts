/**
 * Krippendorff's alpha for nominal data, via the coincidence matrix (Krippendorff 2011,
 * "Computing Krippendorff's Alpha-Reliability", section C). Pure and independent of findings so it can
 * be checked against the published worked examples.
 */

/** A value a coder assigned to one unit of analysis (a cell); nominal, so only equality matters. */
export type NominalValue = string | number

/**
 * Alpha over `units`, where each entry lists the values the coders gave that unit (missing values are
 * simply left out). Units with fewer than two values are not pairable and are ignored.
 * Returns `null` when alpha is undefined: nothing pairable, or every pairable value is the same
 * (expected disagreement is 0, so the ratio has no meaning).
 */
export function krippendorffAlphaNominal(units: ReadonlyArray<ReadonlyArray<NominalValue>>): number | null {
  // Only the diagonal of the coincidence matrix and the marginals are needed for nominal data.
  let n = 0
  let agreeing = 0
  const marginals = new Map<NominalValue, number>()
  for (const values of units) {
    const m = values.length
    if (m < 2) continue
    const counts = new Map<NominalValue, number>()
    for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1)
    for (const [value, count] of counts) {
      // o_cc += n_uc(n_uc − 1)/(m_u − 1); the marginal n_c = Σ_k o_ck reduces to Σ_u n_uc.
      agreeing += (count * (count - 1)) / (m - 1)
      marginals.set(value, (marginals.get(value) ?? 0) + count)
    }
    n += m
  }
  if (n < 2) return null
  let sumSquares = 0
  for (const nc of marginals.values()) sumSquares += nc * nc
  const expected = n * n - sumSquares // Σ_{c≠k} n_c n_k
  if (expected === 0) return null
  const observed = n - agreeing // Σ_{c≠k} o_ck
  return 1 - ((n - 1) * observed) / expected
}
