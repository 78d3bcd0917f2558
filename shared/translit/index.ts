import { latinToCyrillic } from './toCyrillic.js'
import { cyrillicToLatin } from './toLatin.js'

/**
 * Converts Uzbek text between the Latin and Cyrillic scripts (official alphabet). Text already in
 * the target script passes through unchanged, so mixed input is safe to convert.
 */
export function transliterate(text: string, to: 'uz-Latn' | 'uz-Cyrl'): string {
  return to === 'uz-Latn' ? cyrillicToLatin(text) : latinToCyrillic(text)
}
