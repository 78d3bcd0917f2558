import i18next from 'i18next'
import { describe, expect, it } from 'vitest'
import { auditDetailText } from '../../../client/features/room/auditText'
import enRoom from '../../../client/i18n/locales/en/room.json'
import uzRoom from '../../../client/i18n/locales/uz-Latn/room.json'
import type { AuditEntry } from '../../../shared/collab/roomDoc'

async function tFor(lang: 'en' | 'uz-Latn') {
  const i = i18next.createInstance()
  await i.init({
    lng: lang,
    resources: { en: { room: enRoom }, 'uz-Latn': { room: uzRoom } },
    defaultNS: 'room',
    interpolation: { escapeValue: false },
  })
  return i.t
}

const entry = (action: AuditEntry['action'], detail: string): AuditEntry => ({
  at: '2026-12-03T10:00:00Z',
  by: { id: 'u1', name: 'Aziz' },
  findingId: 'f1',
  action,
  detail,
})
const names = (id: string) => ({ 'vague-terms': 'Vague terms', 'open-grounds': 'Open grounds' })[id] ?? '—'

describe('audit history in words', () => {
  it('risk, status, factors and proposal kind: labels and values, never keys or JSON', async () => {
    const t = await tFor('en')
    expect(auditDetailText(entry('update', 'risk: "high" → "medium"'), t, names)).toBe(
      'Risk level: High risk → Medium risk',
    )
    expect(auditDetailText(entry('update', 'status: "open" → "agreed"'), t, names)).toBe(
      'Status: Open → Agreed',
    )
    expect(
      auditDetailText(
        entry('update', 'factorIds: ["vague-terms"] → ["vague-terms","open-grounds"]'),
        t,
        names,
      ),
    ).toBe('Corruption-risk factors: Vague terms → Vague terms, Open grounds')
    expect(auditDetailText(entry('update', 'proposalKind: null → "delete"'), t, names)).toBe(
      'Kind of proposal: — → Delete the norm',
    )
    // A field a reader has no word for prints nothing rather than its key.
    expect(auditDetailText(entry('update', 'internalFlag: 1 → 2'), t, names)).toBe('')
  })

  it('votes and answers translated', async () => {
    const t = await tFor('uz-Latn')
    expect(auditDetailText(entry('vote', 'agree'), t, names)).toBe(uzRoom.discussion.agree)
    expect(auditDetailText(entry('vote', 'withdrawn'), t, names)).toBe('ovozini qaytarib oldi')
    expect(
      auditDetailText(entry('respond', 'response: null → {"status":"partly","reason":""}'), t, names),
    ).toBe('Ishlab chiquvchi organning javobi: qisman inobatga olindi')
    expect(auditDetailText(entry('update', 'risk: "high" → "medium"'), t, names)).not.toMatch(/high|"/)
  })
})
