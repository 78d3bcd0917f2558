/**
 * The export's HTTP call: fetching a report file with progress. The request carries the session cookie,
 * the body is read chunk by chunk so big exports show how far they are, and failures come back as the
 * contract's error (an `ApiError`) instead of a broken file.
 */
import { ApiError, errorFromBody } from '../../../api/client'
import {
  filenameFromDisposition,
  type Progress,
  type ReportFile,
  type ReportQuery,
  readWithProgress,
  reportUrl,
} from './download'

/** Fetch a report; throws `ApiError` with the server's message on a non-2xx answer. */
export async function fetchReport(
  reviewId: string,
  q: ReportQuery,
  onProgress: (p: Progress) => void = () => undefined,
  signal?: AbortSignal,
): Promise<ReportFile> {
  let res: Response
  try {
    res = await fetch(reportUrl(reviewId, q), {
      credentials: 'same-origin',
      signal,
    })
  } catch (e) {
    if (signal?.aborted) throw e
    throw new ApiError(0, 'network', 'The server cannot be reached.')
  }
  if (!res.ok) throw errorFromBody(res.status, await res.text())
  const blob = await readWithProgress(res, onProgress)
  const contentType = res.headers.get('Content-Type') ?? blob.type
  return {
    blob,
    contentType,
    filename: filenameFromDisposition(
      res.headers.get('Content-Disposition'),
      `report.${q.format === 'w3c' ? 'jsonld' : q.format}`,
    ),
  }
}
