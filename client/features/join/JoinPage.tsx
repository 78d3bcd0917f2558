import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { ApiError } from '../../api/client'
import { Layout } from '../../app/Layout'
import { navigate, useRoute } from '../../app/router'
import { useSession } from '../../app/session'
import { Button } from '../../components/Button'
import { ErrorMessage } from '../../components/ErrorMessage'
import { Field, TextField } from '../../components/Field'
import { Spinner } from '../../components/Spinner'
import { type JoinInfo, join, lookUpJoinCode } from './api'
import '../reviews/reviews.css'
import { useSubmit } from '../../components/useSubmit'

export type { JoinInfo }

/** Normalise a typed code: trim and drop inner spaces (people copy "ABC 123" from the projector). */
export function normalizeCode(code: string): string {
  return code.replace(/\s+/g, '')
}

/** The group room URL of a participant. */
export function roomPath(reviewId: string, groupId: string): string {
  return `/reviews/${encodeURIComponent(reviewId)}/groups/${encodeURIComponent(groupId)}`
}

/** Join a review with its code, a name and a group; then straight into the group room. */
export function JoinPage() {
  const { t } = useTranslation('join')
  const { query } = useRoute()
  const { user, participant, signIn } = useSession()
  const [code, setCode] = useState(query.get('code') ?? '')
  const [name, setName] = useState(user?.role === 'participant' ? user.name : '')
  const [groupId, setGroupId] = useState('')
  const [info, setInfo] = useState<JoinInfo | null>(null)
  const [lookup, setLookup] = useState<'idle' | 'loading' | 'unknown' | 'closed'>('idle')
  const clean = normalizeCode(code)

  useEffect(() => {
    if (user?.role === 'participant' && !name) setName(user.name)
  }, [user, name])

  useEffect(() => {
    setInfo(null)
    if (clean.length < 4) {
      setLookup('idle')
      return
    }
    setLookup('loading')
    let alive = true
    const timer = window.setTimeout(() => {
      lookUpJoinCode(clean).then(
        (i) => {
          if (!alive) return
          setInfo(i)
          setLookup('idle')
          setGroupId((g) => (i.groups.some((x) => x.id === g) ? g : (i.groups[0]?.id ?? '')))
        },
        (e) => {
          if (!alive) return
          // A known code whose joining was switched off (or whose review closed) says so.
          const status = e instanceof ApiError ? e.status : 0
          setLookup(status === 404 ? 'unknown' : status === 409 ? 'closed' : 'idle')
        },
      )
    }, 250)
    return () => {
      alive = false
      window.clearTimeout(timer)
    }
  }, [clean])

  const { busy, error, onSubmit } = useSubmit(async () => {
    const res = await join({ code: clean, name: name.trim(), groupId })
    await signIn()
    navigate(roomPath(res.review.id, res.group.id), { replace: true })
  })

  const sameReview = participant && info && participant.reviewId === info.review.id
  return (
    <Layout>
      <h1>{t('title')}</h1>
      <form className="card form narrow" onSubmit={onSubmit} data-testid="join-form">
        <p className="muted">{t('intro')}</p>
        <TextField
          label={t('code')}
          value={code}
          onChange={(e) => setCode(e.target.value)}
          required
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          name="code"
          className="code-input"
          autoFocus={!code}
        />
        <div aria-live="polite" className="join-lookup">
          {lookup === 'loading' ? <Spinner small label={t('checking')} /> : null}
          {lookup === 'unknown' ? <p className="error-message">{t('unknownCode')}</p> : null}
          {lookup === 'closed' ? (
            <p className="error-message" data-testid="join-closed">
              {t('closed')}
            </p>
          ) : null}
          {info ? (
            <p className="notice" data-testid="join-review">
              {t('reviewIs', { title: info.review.title })}
            </p>
          ) : null}
        </div>
        <TextField
          label={t('name')}
          value={name}
          onChange={(e) => setName(e.target.value)}
          required
          maxLength={100}
          autoComplete="name"
          name="name"
          hint={t('nameHint')}
          autoFocus={Boolean(code)}
        />
        <Field label={t('group')}>
          <select
            value={groupId}
            onChange={(e) => setGroupId(e.target.value)}
            required
            disabled={!info}
            name="groupId"
          >
            {!info ? <option value="">{t('groupAfterCode')}</option> : null}
            {info?.groups.map((g) => (
              <option key={g.id} value={g.id}>
                {g.name}
              </option>
            ))}
          </select>
        </Field>
        {sameReview ? <p className="notice">{t('rejoin', { name: user?.name ?? '' })}</p> : null}
        <ErrorMessage error={error} />
        <Button
          type="submit"
          variant="primary"
          busy={busy}
          disabled={!info || !groupId}
          data-testid="join-submit"
        >
          {t('submit')}
        </Button>
      </form>
    </Layout>
  )
}
