/**
 * Calls every archivable resource (a draft or a review, addressed by its `/api/drafts/:id` or
 * `/api/reviews/:id` path) answers the same way, for the generic rename and archive buttons.
 */
import { api } from './client'

/** `PATCH <path>` with a new title; the resource as the server now has it. */
export const renameResource = <T>(path: string, title: string): Promise<T> => api.patch<T>(path, { title })

/** `POST <path>/archive` or `<path>/unarchive`. */
export const setArchived = (path: string, archived: boolean): Promise<unknown> =>
  api.post(`${path}/${archived ? 'archive' : 'unarchive'}`)

/** `DELETE <path>` (the server deletes only archived resources). */
export const deleteResource = (path: string): Promise<unknown> => api.delete(path)
