/**
 * An audit entry's detail in words, in the UI language: "Risk level: High risk → Medium risk",
 * factor names instead of ids, "Agreed", a vote as "Agree". The room stores `key: JSON → JSON`
 * (shared/collab/findings.ts); a reader never sees that raw form or a field key.
 */
import type { TFunction } from 'i18next'
import type { AuditEntry } from '../../../shared/collab/roomDoc'

const FIELDS: Record<string, string> = {
  risk: 'room:detail.risk',
  status: 'room:detail.status',
  factorIds: 'room:detail.factors',
  proposalKind: 'room:detail.proposalKind',
  response: 'room:audit.responseField',
}

/** A stored JSON value parsed, or undefined when it is not JSON. */
function parse(raw: string): unknown {
  try {
    return JSON.parse(raw)
  } catch {
    return undefined
  }
}

/** One value of a field in words. */
function valueText(key: string, value: unknown, t: TFunction, factorName: (id: string) => string): string {
  if (value === null || value === undefined || value === '') return '—'
  if (key === 'risk' && typeof value === 'string') return t(`room:risk.${value}`, { defaultValue: '—' })
  if (key === 'status' && typeof value === 'string') return t(`room:status.${value}`, { defaultValue: '—' })
  if (key === 'proposalKind' && typeof value === 'string')
    return t(`room:proposalKind.${value}`, { defaultValue: '—' })
  if (key === 'factorIds' && Array.isArray(value))
    return value.length ? value.map((id) => factorName(String(id))).join(', ') : t('room:detail.noFactors')
  if (key === 'response' && value && typeof value === 'object' && 'status' in value)
    return t(`room:audit.response.${String((value as { status: unknown }).status)}`, { defaultValue: '—' })
  return '—'
}

/** The detail of one audit entry in words ('' when the action alone says it all). */
export function auditDetailText(entry: AuditEntry, t: TFunction, factorName: (id: string) => string): string {
  if (entry.action === 'vote') {
    return entry.detail === 'agree' || entry.detail === 'disagree'
      ? t(`room:discussion.${entry.detail}`)
      : t('room:audit.withdrawn')
  }
  if (entry.action === 'resolve' || entry.action === 'reopen') return ''
  if (entry.action !== 'update' && entry.action !== 'respond') return entry.detail
  const m = /^(\w+): (.*) → (.*)$/s.exec(entry.detail)
  if (!m) return ''
  const [, key, before, after] = m as unknown as [string, string, string, string]
  const field = FIELDS[key]
  if (!field) return ''
  const from = valueText(key, parse(before), t, factorName)
  const to = valueText(key, parse(after), t, factorName)
  return entry.action === 'respond' ? `${t(field)}: ${to}` : `${t(field)}: ${from} → ${to}`
}
