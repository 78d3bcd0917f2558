/** The drafts feature's HTTP calls, typed by the shared draft shapes (`shared/domain/draft.ts`). */
import type { DraftSummary, DraftView } from '../../../shared/domain/draft'
import type { VersionDiff } from '../../../shared/domain/followUp'
import { api } from '../../api/client'
import { archivedQuery } from '../../components/ShowArchivedToggle'

const enc = encodeURIComponent

/** `GET /api/drafts/:id` with our extensions (the version list, counts by kind), declared in shared/domain. */
export type DraftDetail = DraftView

/** What the paste form sends (`POST /api/drafts`, `POST /api/drafts/:id/versions`). */
export type DraftTextInput = { title?: string; text: string; language?: string; plainText?: boolean }

/** `GET /api/drafts` (with archived ones when asked). */
export const listDrafts = (archived = false) =>
  api.get<DraftSummary[]>(`/api/drafts${archivedQuery(archived)}`)

/** `GET /api/drafts/:id`, at `versionId` when given (else the newest version). */
export const getDraft = (draftId: string, versionId?: string | null) =>
  api.get<DraftDetail>(`/api/drafts/${enc(draftId)}${versionId ? `?version=${enc(versionId)}` : ''}`)

/** Where the draft at one version lives (also kept for offline use). */
export const draftVersionPath = (draftId: string, versionId: string) =>
  `/api/drafts/${enc(draftId)}?version=${enc(versionId)}`

/** The draft at one version (rooms, the console, comparison and follow-ups read this). */
export const getDraftVersion = (draftId: string, versionId: string) =>
  api.get<DraftView>(draftVersionPath(draftId, versionId))

/** Where a new draft (no id) or a new version of draft `draftId` is posted. */
export const draftInputPath = (draftId?: string) =>
  draftId ? `/api/drafts/${enc(draftId)}/versions` : '/api/drafts'

/** Post pasted text to a draft input path. */
export const postDraftText = (path: string, input: DraftTextInput) => api.post<DraftView>(path, input)

/** Upload a file (multipart, with progress) to a draft input path. */
export const uploadDraftFile = (path: string, form: FormData, onProgress?: (fraction: number) => void) =>
  api.upload<DraftView>(path, form, onProgress)

/** `GET /api/drafts/:id/diff`: how version `to` differs from `from`, unit by unit. */
export const getVersionDiff = (draftId: string, from: string, to: string) =>
  api.get<VersionDiff>(`/api/drafts/${enc(draftId)}/diff?from=${enc(from)}&to=${enc(to)}`)
