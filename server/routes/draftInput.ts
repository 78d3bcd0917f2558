/** Reads a draft's text from a JSON body or a multipart upload (`file`, `title`, `language`). */
import { z } from 'zod'
import { DRAFT_LIMITS } from '../../shared/domain/draft.js'
import { LanguageTag } from '../../shared/domain/language.js'
import type { DraftSource } from '../commands/drafts.js'
import { badRequest, tooLarge, unsupportedType } from '../errors.js'
import type { Ctx } from '../http/context.js'
import { NO_CONTROL_CHARS } from './accountSchemas.js'
import { parseWith } from './types.js'

const Title = z
  .string()
  .trim()
  .min(1, 'Title is required.')
  .max(DRAFT_LIMITS.maxTitleChars)
  .regex(NO_CONTROL_CHARS, 'Titles cannot contain control characters or line breaks.')

/** JSON body of a rename. */
export const RenameDraftInput = z.strictObject({ title: Title })

/** JSON body of draft and version creation. */
export const DraftJsonInput = z.object({
  title: Title,
  text: z.string().min(1, 'Text is required.').max(DRAFT_LIMITS.maxTextChars, 'The text is too long.'),
  language: LanguageTag.optional(),
  /** Keep a text that does not read as a legal act (otherwise 422 not_legal_text). */
  plainText: z.boolean().optional(),
})

/** JSON body of a new version: the title may be left out (the draft's title is kept). */
export const VersionJsonInput = DraftJsonInput.extend({ title: Title.optional() })

const MultipartFields = z.object({
  title: Title.optional(),
  language: LanguageTag.optional(),
  plainText: z.boolean().optional(),
})

/** A form checkbox arrives as "true", "1" or "on"; anything else (or nothing) is false. */
const formFlag = (v: unknown) => (typeof v === 'string' && /^(?:true|1|on)$/i.test(v) ? true : undefined)

function stripExtension(name: string): string {
  return name.replace(/\.[^.]+$/, '').trim() || name
}

/** A draft's JSON body as the route table parsed it (null when the request is an upload). */
type JsonSource = z.infer<typeof VersionJsonInput> | null

/**
 * The source of a new draft or version: the JSON body the route table parsed, or else the upload;
 * `fallbackTitle` is used when none is given or found.
 */
export async function readDraftSource(
  c: Ctx,
  json: JsonSource,
  fallbackTitle?: string,
): Promise<DraftSource> {
  if (json) return { ...json, title: json.title ?? fallbackTitle ?? '' }
  const type = (c.req.header('content-type') ?? '').toLowerCase()
  if (type.startsWith('multipart/form-data')) {
    let form: Record<string, string | File | (string | File)[]>
    try {
      form = await c.req.parseBody({ all: false })
    } catch {
      throw badRequest('The upload could not be read as multipart/form-data.')
    }
    const file = form.file
    if (!(file instanceof File)) throw badRequest('Attach the draft as a “file” field.')
    if (file.size > DRAFT_LIMITS.maxUploadBytes) throw tooLarge('The file is larger than 20 MiB.')
    const fields = parseWith(MultipartFields, {
      title: typeof form.title === 'string' && form.title.trim() ? form.title : undefined,
      language: typeof form.language === 'string' && form.language ? form.language : undefined,
      plainText: formFlag(form.plainText),
    })
    const bytes = new Uint8Array(await file.arrayBuffer())
    // The importers (HTML parser, zip reader, DOCX/PDF readers) load on the first upload, not at start.
    const { extractDraftText } = await import('../importers/index.js')
    const extracted = await extractDraftText({ name: file.name, type: file.type || undefined, bytes })
    if (extracted.text.length > DRAFT_LIMITS.maxTextChars) throw tooLarge('The text in the file is too long.')
    const title = fields.title ?? extracted.title?.trim() ?? fallbackTitle ?? stripExtension(file.name)
    return {
      // A file's own title or name may carry line breaks or bidi controls; they never reach a title.
      title:
        title
          .replace(/[\p{Cc}\p{Cf}]+/gu, ' ')
          .trim()
          .slice(0, DRAFT_LIMITS.maxTitleChars) || 'Draft',
      text: extracted.text,
      language: fields.language,
      plainText: fields.plainText,
    }
  }
  throw unsupportedType('Send JSON {title, text} or multipart/form-data with a file.')
}
