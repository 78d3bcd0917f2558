import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Button } from '../../components/Button'
import * as A from './agenda'

/** The agenda with a countdown for the active phase, persisted per review on this device. */
export function Agenda({ reviewId }: { reviewId: string }) {
  const { t } = useTranslation('review')
  const [state, setState] = useState<A.AgendaState>(() => A.loadAgenda(reviewId))
  const [now, setNow] = useState(() => Date.now())
  useEffect(() => A.saveAgenda(reviewId, state), [reviewId, state])
  useEffect(() => {
    if (state.startedAt === null) return
    const id = window.setInterval(() => setNow(Date.now()), 1000)
    return () => window.clearInterval(id)
  }, [state.startedAt])
  const change = (f: (s: A.AgendaState, now: number) => A.AgendaState) => {
    const n = Date.now()
    setNow(n)
    setState((s) => f(s, n))
  }
  const left = A.remaining(state, now)
  const running = state.startedAt !== null
  return (
    <section className="card agenda" aria-labelledby="agenda-title">
      <h2 id="agenda-title">{t('agenda.title')}</h2>
      <ol className="agenda-items">
        {state.items.map((item, i) => (
          <li key={item.phase} className={i === state.active ? 'agenda-item agenda-active' : 'agenda-item'}>
            <button
              type="button"
              className="linkish"
              onClick={() => change((s, n) => A.goTo(s, i, n))}
              aria-current={i === state.active ? 'step' : undefined}
            >
              {t(`phases.${item.phase}`)}
            </button>
            <label className="agenda-minutes">
              <input
                type="number"
                min={1}
                max={600}
                value={item.minutes}
                onChange={(e) => change((s) => A.setMinutes(s, i, Number(e.target.value)))}
              />
              <span>{t('agenda.minutes')}</span>
            </label>
          </li>
        ))}
      </ol>
      <p
        className={left < 0 ? 'clock clock-over' : 'clock'}
        role="timer"
        aria-live="off"
        data-testid="agenda-clock"
      >
        {A.formatClock(left)}
      </p>
      <div className="row">
        {running ? (
          <Button onClick={() => change(A.pause)}>{t('agenda.pause')}</Button>
        ) : (
          <Button variant="primary" onClick={() => change(A.start)}>
            {t('agenda.start')}
          </Button>
        )}
        <Button variant="ghost" onClick={() => change((s) => A.reset(s))}>
          {t('agenda.reset')}
        </Button>
        <Button
          variant="ghost"
          disabled={state.active >= state.items.length - 1}
          onClick={() => change((s, n) => A.goTo(s, s.active + 1, n))}
        >
          {t('agenda.next')}
        </Button>
      </div>
    </section>
  )
}
