/**
 * Creating drafts and versions. Everything that can fail (reading the file, parsing the structure)
 * runs before anything is stored; the units file is written before the metadata that points at it,
 * and removed again if the metadata cannot be saved, so a failure leaves nothing behind.
 */
import type { Unit } from '../../shared/domain/draft.js'
import type { LanguageTag } from '../../shared/domain/language.js'
import { parseDraft } from '../../shared/structure/index.js'
import { judgeLegalText } from '../../shared/structure/legalText.js'
import { unprocessable } from '../errors.js'
import { newId } from '../ids.js'
import { appendVersion, insertDraft } from '../storage/drafts.js'
import type { MetaStore } from '../storage/metaStore.js'
import type { DraftRecord, VersionRecord } from '../storage/metaTypes.js'

/**
 * The text of a new version, already extracted from a file when one was uploaded. `plainText`
 * is the user's explicit choice to keep a text that does not read as a legal act.
 */
export type DraftSource = { title: string; text: string; language?: LanguageTag; plainText?: boolean }

/** A parsed version before it is stored. */
export type ParsedVersion = { language: LanguageTag; units: Unit[]; counts: Record<string, number> }

/**
 * Parse text into units; 422 when no unit carries text, or when the text has neither legal
 * structure nor normative wording (a shopping list, a news item) and plain text was not asked for.
 */
export function parseVersion(text: string, language?: LanguageTag, plainText = false): ParsedVersion {
  const parsed = parseDraft(text, language)
  if (!parsed.units.some((u) => u.text.trim() !== '')) {
    throw unprocessable('The text contains no legal provisions to review.', 'no_legal_text')
  }
  if (!plainText) {
    // Judged on the detected language's reading, so a wrong `language` field does not hide the structure.
    const verdict = judgeLegalText(text, language ? parseDraft(text).units : parsed.units)
    if (!verdict.legal) throw unprocessable(verdict.message, 'not_legal_text')
  }
  const counts: Record<string, number> = {}
  for (const u of parsed.units) counts[u.kind] = (counts[u.kind] ?? 0) + 1
  return { language: language ?? parsed.language, units: parsed.units, counts }
}

async function storeUnits<T>(
  meta: MetaStore,
  versionId: string,
  units: Unit[],
  save: () => Promise<T>,
): Promise<T> {
  await meta.units.write(versionId, units)
  try {
    return await save()
  } catch (err) {
    await meta.units.remove(versionId).catch(() => undefined)
    throw err
  }
}

/** Create a draft with its first version. */
export async function createDraft(
  meta: MetaStore,
  source: DraftSource,
  by: string,
  now: Date,
): Promise<{ draft: DraftRecord; version: VersionRecord }> {
  const parsed = parseVersion(source.text, source.language, source.plainText)
  const createdAt = now.toISOString()
  const version: VersionRecord = {
    id: newId(),
    number: 1,
    language: parsed.language,
    title: source.title,
    createdAt,
    createdBy: by,
    unitCount: parsed.units.length,
    counts: parsed.counts,
  }
  const draft: DraftRecord = {
    id: newId(),
    title: source.title,
    language: parsed.language,
    createdAt,
    createdBy: by,
    versions: [version],
  }
  await storeUnits(meta, version.id, parsed.units, () => insertDraft(meta, draft))
  return { draft, version }
}

/** Add an immutable version to a draft. */
export async function addDraftVersion(
  meta: MetaStore,
  draftId: string,
  source: DraftSource,
  by: string,
  now: Date,
): Promise<VersionRecord | undefined> {
  const parsed = parseVersion(source.text, source.language, source.plainText)
  const id = newId()
  return storeUnits(meta, id, parsed.units, () =>
    appendVersion(meta, draftId, {
      id,
      language: parsed.language,
      title: source.title,
      createdAt: now.toISOString(),
      createdBy: by,
      unitCount: parsed.units.length,
      counts: parsed.counts,
    }),
  )
}
