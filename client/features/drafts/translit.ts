/**
 * Loads `transliterate` from `shared/translit` (written by the importer engineer) lazily, so the
 * draft page stays small and still builds if that module is not there yet.
 */
import { useEffect, useState } from 'react'

/** `transliterate(text, to)` from shared/translit. */
export type Transliterate = (text: string, to: 'uz-Latn' | 'uz-Cyrl') => string

const modules = import.meta.glob<{ transliterate?: Transliterate }>('../../../shared/translit/index.ts')

/** The transliterator once loaded; null while loading or when unavailable. */
export function useTransliterator(enabled: boolean): Transliterate | null {
  const [fn, setFn] = useState<Transliterate | null>(null)
  useEffect(() => {
    if (!enabled || fn) return
    const load = Object.values(modules)[0]
    if (!load) return
    let alive = true
    load()
      .then((m) => {
        if (alive && m.transliterate) setFn(() => m.transliterate as Transliterate)
      })
      .catch(() => undefined)
    return () => {
      alive = false
    }
  }, [enabled, fn])
  return fn
}
