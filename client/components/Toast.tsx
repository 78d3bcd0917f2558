import type { ReactNode } from 'react'
import { createContext, useCallback, useContext, useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'

/** One notification. */
export type Toast = { id: number; kind: 'info' | 'success' | 'error'; text: string }

type ToastApi = { notify: (text: string, kind?: Toast['kind']) => void }

const ToastContext = createContext<ToastApi>({ notify: () => undefined })

/** Hosts notifications in a polite live region; each one stays until dismissed or 6 s pass. */
export function ToastProvider({ children }: { children: ReactNode }) {
  const [toasts, setToasts] = useState<Toast[]>([])
  const { t } = useTranslation('common')
  const dismiss = useCallback((id: number) => setToasts((ts) => ts.filter((x) => x.id !== id)), [])
  const notify = useCallback(
    (text: string, kind: Toast['kind'] = 'info') => {
      const id = Date.now() + Math.random()
      setToasts((ts) => [...ts.slice(-4), { id, kind, text }])
      setTimeout(() => dismiss(id), 6000)
    },
    [dismiss],
  )
  const value = useMemo(() => ({ notify }), [notify])
  return (
    <ToastContext.Provider value={value}>
      {children}
      <div className="toasts" aria-live="polite" aria-relevant="additions">
        {toasts.map((x) => (
          <div key={x.id} className={`toast toast-${x.kind}`} role={x.kind === 'error' ? 'alert' : 'status'}>
            <span>{x.text}</span>
            <button
              type="button"
              className="btn btn-ghost"
              onClick={() => dismiss(x.id)}
              aria-label={t('close')}
            >
              ×
            </button>
          </div>
        ))}
      </div>
    </ToastContext.Provider>
  )
}

/** `notify(text, kind)` for any screen. */
export function useToast(): ToastApi {
  return useContext(ToastContext)
}
