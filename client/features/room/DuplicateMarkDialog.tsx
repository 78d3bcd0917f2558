/** "This text is already marked": open the finding that is there, or mark it once more. */
import { useTranslation } from 'react-i18next'
import { Button } from '../../components/Button'
import { Dialog } from '../../components/Dialog'
import type { DuplicateMark } from './useMakeFinding'

/** The question asked when a selection matches an existing finding exactly. */
export function DuplicateMarkDialog(props: {
  duplicate: DuplicateMark | null
  onOpen: () => void
  onMarkAgain: () => void
  onCancel: () => void
}) {
  const { t } = useTranslation('room')
  return (
    <Dialog open={props.duplicate !== null} title={t('duplicate.title')} onClose={props.onCancel}>
      <p data-testid="duplicate-mark">{t('duplicate.body', { quote: props.duplicate?.span.quote ?? '' })}</p>
      <div className="row">
        <Button variant="primary" onClick={props.onOpen} data-testid="duplicate-open">
          {t('duplicate.open')}
        </Button>
        <Button onClick={props.onMarkAgain} data-testid="duplicate-again">
          {t('duplicate.again')}
        </Button>
      </div>
    </Dialog>
  )
}
