import { useTranslation } from 'react-i18next'
import { LANGUAGE_TAGS, type LanguageTag } from '../../shared/domain/language'
import { useSession } from '../app/session'

/** Each language named in itself, so anyone can find theirs. */
export const LANGUAGE_NAMES: Record<LanguageTag, string> = {
  'uz-Latn': 'Oʻzbekcha',
  'uz-Cyrl': 'Ўзбекча',
  ru: 'Русский',
  en: 'English',
}

/** The UI language picker; saves the choice per user and on this device. */
export function LanguageSwitcher() {
  const { t, i18n } = useTranslation('common')
  const { setLanguage } = useSession()
  return (
    <label className="lang-switcher">
      <span className="visually-hidden">{t('language')}</span>
      <select
        value={i18n.language}
        onChange={(e) => void setLanguage(e.target.value as LanguageTag)}
        data-testid="language-switcher"
      >
        {LANGUAGE_TAGS.map((tag) => (
          <option key={tag} value={tag} lang={tag}>
            {LANGUAGE_NAMES[tag]}
          </option>
        ))}
      </select>
    </label>
  )
}

/** For Uzbek, a one-click switch between Latin and Cyrillic script. */
export function ScriptToggle() {
  const { t, i18n } = useTranslation('common')
  const { setLanguage } = useSession()
  const lang = i18n.language
  if (lang !== 'uz-Latn' && lang !== 'uz-Cyrl') return null
  const other: LanguageTag = lang === 'uz-Latn' ? 'uz-Cyrl' : 'uz-Latn'
  return (
    <button
      type="button"
      className="btn btn-ghost script-toggle"
      onClick={() => void setLanguage(other)}
      lang={other}
    >
      {t('switchScript')}
    </button>
  )
}
