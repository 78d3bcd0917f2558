/**
 * The one HTTP client of the app: JSON in and out, the session rides only in the httpOnly same-origin
 * cookie the server sets on setup/login/join (no token a script on the page could read and send away).
 * Errors carry the contract's `{"error": {"code", "message"}}` body as an `ApiError`.
 */

/** Where earlier versions kept the session token; removed on start (`forgetStoredToken`). */
const LEGACY_TOKEN_KEY = 'shaffof.token'

/** One field-level problem from `error.details` (e.g. `factors.3.name.uz-Cyrl`, "Invalid input"). */
export type FieldIssue = {
  path: string
  message: string
  /** What is wrong, for a sentence in the user's language (`errors.field.<kind>`); absent for old servers. */
  kind?: string
  params?: Record<string, string>
}

/** What an ApiError may carry besides status, code and message. */
export type ApiErrorExtra = {
  /** Field-level problems the server listed (`invalid_input`, `invalid_pack`). */
  details?: FieldIssue[]
  /** The message was written by the client in the user's language (not the server's English). */
  localized?: boolean
}

/** An API failure with the contract's status, stable code and readable message. */
export class ApiError extends Error {
  readonly details?: FieldIssue[]
  readonly localized: boolean
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    extra: ApiErrorExtra = {},
  ) {
    super(message)
    this.name = 'ApiError'
    this.details = extra.details
    this.localized = extra.localized ?? false
  }
}

/** Keep only well-formed `{path, message}` items of an error body's `details` (other shapes are ignored). */
export function fieldIssues(details: unknown): FieldIssue[] | undefined {
  if (!Array.isArray(details)) return undefined
  const issues = details.filter(
    (d): d is FieldIssue =>
      !!d && typeof d === 'object' && typeof d.path === 'string' && typeof d.message === 'string',
  )
  const words = (p: unknown): Record<string, string> | undefined =>
    p && typeof p === 'object'
      ? Object.fromEntries(Object.entries(p).filter(([, v]) => typeof v === 'string') as [string, string][])
      : undefined
  return issues.length
    ? issues.map(({ path, message, kind, params }) => ({
        path,
        message,
        ...(typeof kind === 'string' && /^[a-zA-Z]+$/.test(kind) ? { kind, params: words(params) } : {}),
      }))
    : undefined
}

/** Remove a token an earlier version left in web storage: the cookie alone carries the session now. */
export function forgetStoredToken(): void {
  try {
    localStorage.removeItem(LEGACY_TOKEN_KEY)
    sessionStorage.removeItem(LEGACY_TOKEN_KEY)
  } catch {
    // Storage blocked: nothing was kept there either.
  }
}

/** Fired on `window` when the server says the session is gone (401), so the shell can sign out. */
export const SIGNED_OUT_EVENT = 'shaffof:signed-out'

/** Session-probing calls answer 401 as a normal "not signed in"; everything else means it expired. */
function reportUnauthorized(status: number, path: string): void {
  if (status !== 401 || typeof window === 'undefined') return
  if (/^\/api\/(me|login|setup|join|logout)(\/|$|\?)/.test(path)) return
  window.dispatchEvent(new Event(SIGNED_OUT_EVENT))
}

/** Turn any failed response body into an ApiError; tolerate non-JSON bodies (proxies, 502s). */
export function errorFromBody(status: number, bodyText: string): ApiError {
  try {
    const body = JSON.parse(bodyText) as { error?: { code?: unknown; message?: unknown; details?: unknown } }
    const code = typeof body.error?.code === 'string' ? body.error.code : `http_${status}`
    const message = typeof body.error?.message === 'string' ? body.error.message : `HTTP ${status}`
    return new ApiError(status, code, message, { details: fieldIssues(body.error?.details) })
  } catch {
    return new ApiError(status, `http_${status}`, `HTTP ${status}`)
  }
}

async function request<T>(method: string, path: string, body?: unknown): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json' }
  let payload: BodyInit | undefined
  if (body !== undefined) {
    headers['Content-Type'] = 'application/json'
    payload = JSON.stringify(body)
  }
  let res: Response
  try {
    res = await fetch(path, { method, headers, body: payload, credentials: 'same-origin' })
  } catch {
    throw new ApiError(0, 'network', 'The server cannot be reached.')
  }
  const text = await res.text()
  if (!res.ok) {
    reportUnauthorized(res.status, path)
    throw errorFromBody(res.status, text)
  }
  return (text ? JSON.parse(text) : undefined) as T
}

/** Upload multipart form data with progress (fetch has no upload progress, XHR does). */
function upload<T>(path: string, form: FormData, onProgress?: (fraction: number) => void): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const xhr = new XMLHttpRequest()
    xhr.open('POST', path)
    xhr.withCredentials = true
    xhr.setRequestHeader('Accept', 'application/json')
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable && onProgress) onProgress(e.loaded / e.total)
    }
    xhr.onload = () => {
      if (xhr.status >= 200 && xhr.status < 300) {
        onProgress?.(1)
        resolve((xhr.responseText ? JSON.parse(xhr.responseText) : undefined) as T)
      } else {
        reportUnauthorized(xhr.status, path)
        reject(errorFromBody(xhr.status, xhr.responseText))
      }
    }
    xhr.onerror = () => reject(new ApiError(0, 'network', 'The server cannot be reached.'))
    xhr.send(form)
  })
}

/** The API client every feature uses; paths are absolute (`/api/...`). */
export const api = {
  get: <T>(path: string) => request<T>('GET', path),
  post: <T>(path: string, body?: unknown) => request<T>('POST', path, body ?? {}),
  put: <T>(path: string, body?: unknown) => request<T>('PUT', path, body ?? {}),
  patch: <T>(path: string, body?: unknown) => request<T>('PATCH', path, body ?? {}),
  delete: <T>(path: string) => request<T>('DELETE', path),
  upload,
}
