import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './app/App'
import { registerOfflineShell } from './app/offlineShell'
import { initI18n } from './i18n'
import './styles/base.css'

initI18n()
registerOfflineShell()

const root = document.getElementById('root')
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  )
}
