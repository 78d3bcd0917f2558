/**
 * The notice the compare and consolidation pages carry when the factor names on screen are working
 * names, or a translation of an official text (never labelled official then).
 */
import { useTranslation } from 'react-i18next'
import { nameStanding } from '../../../../shared/methodology/standing'
import type { Methodology } from '../types'

/** Nothing when the names are the official wording in the language on screen. */
export function FactorNamesNotice({ pack }: { pack: Methodology | null }) {
  const { t, i18n } = useTranslation('compare')
  if (!pack) return null
  const standing = nameStanding(pack, i18n.language)
  if (standing === 'official') return null
  return (
    <p className="notice notice-warn" data-testid="factor-names-notice" data-standing={standing}>
      {standing === 'working' ? t('namesNotice.working') : t('namesNotice.translation')}
    </p>
  )
}
