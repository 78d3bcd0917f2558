import { useTranslation } from 'react-i18next'
import { Button } from '../../components/Button'

const MAX_GROUPS = 20

/** Edit the list of breakout group names (at least one). */
export function GroupNamesInput({ groups, onChange }: { groups: string[]; onChange: (g: string[]) => void }) {
  const { t } = useTranslation('review')
  return (
    <fieldset className="fieldset">
      <legend>{t('groups')}</legend>
      <ol className="group-names">
        {groups.map((g, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: names are edited in place; position is the identity
          <li key={i} className="row">
            <label className="visually-hidden" htmlFor={`group-name-${i}`}>
              {t('groupName', { n: i + 1 })}
            </label>
            <input
              id={`group-name-${i}`}
              value={g}
              required
              maxLength={100}
              onChange={(e) => onChange(groups.map((x, j) => (j === i ? e.target.value : x)))}
              data-testid="group-name"
            />
            <Button
              variant="ghost"
              disabled={groups.length <= 1}
              onClick={() => onChange(groups.filter((_, j) => j !== i))}
              aria-label={t('removeGroup', { name: g || i + 1 })}
            >
              ×
            </Button>
          </li>
        ))}
      </ol>
      <Button
        disabled={groups.length >= MAX_GROUPS}
        onClick={() => onChange([...groups, t('defaultGroupName', { n: groups.length + 1 })])}
      >
        {t('addGroup')}
      </Button>
    </fieldset>
  )
}
