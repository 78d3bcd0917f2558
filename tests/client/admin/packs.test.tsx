// @vitest-environment jsdom
/**
 * The admin's methodology packs in jsdom: the import form shows the server's field errors (built by
 * the real pack validator), refuses non-JSON before sending, and reports a success; the list labels
 * working names and never turns a `javascript:` source into a link.
 */
import { act, type ReactNode } from 'react'
import { createRoot, type Root } from 'react-dom/client'
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { PackImportForm } from '../../../client/features/admin/PackImportForm'
import { PackList } from '../../../client/features/admin/PackList'
import type { PackSummary } from '../../../client/features/admin/packs'
import { i18next, initI18n } from '../../../client/i18n'
import common from '../../../client/i18n/locales/en/common.json'
import { builtinPacks, summarizePack, validatePack } from '../../../shared/methodology/index'

Object.assign(globalThis, { IS_REACT_ACT_ENVIRONMENT: true })

let root: Root | null = null
let host: HTMLElement | null = null

async function mount(node: ReactNode): Promise<HTMLElement> {
  host = document.createElement('div')
  document.body.append(host)
  root = createRoot(host)
  await act(async () => root?.render(node))
  return host
}

/** A fake `POST /api/methodologies` that answers like the server: the real validator decides. */
function fakeServer() {
  const posted: unknown[] = []
  vi.stubGlobal(
    'fetch',
    vi.fn(async (_path: string, init?: RequestInit) => {
      const body = JSON.parse(String(init?.body))
      posted.push(body)
      const result = validatePack(body)
      const [status, payload] = result.ok
        ? [201, result.pack]
        : [
            400,
            {
              error: {
                code: 'invalid_pack',
                message: 'The methodology pack is invalid.',
                details: result.errors,
              },
            },
          ]
      return new Response(JSON.stringify(payload), {
        status,
        headers: { 'Content-Type': 'application/json' },
      })
    }),
  )
  return posted
}

function typeInto(el: HTMLTextAreaElement, value: string) {
  const setter = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')?.set
  setter?.call(el, value)
  el.dispatchEvent(new Event('input', { bubbles: true }))
}

async function submit(el: HTMLElement, text: string) {
  const area = el.querySelector<HTMLTextAreaElement>('[data-testid=pack-json]')
  if (!area) throw new Error('no textarea')
  await act(async () => typeInto(area, text))
  await act(async () => el.querySelector<HTMLButtonElement>('[data-testid=pack-submit]')?.click())
}

beforeAll(() => {
  initI18n('en')
})

afterEach(async () => {
  await act(async () => root?.unmount())
  host?.remove()
  vi.unstubAllGlobals()
  await i18next.changeLanguage('en')
})

const base = builtinPacks()[1]
if (!base) throw new Error('no built-in pack')

describe('PackImportForm', () => {
  it('lists the field errors of an invalid pack with their paths', async () => {
    const posted = fakeServer()
    const broken = structuredClone(base) as Record<string, unknown> & {
      factors: { name: Partial<Record<string, string>> }[]
    }
    broken.id = 'my pack!'
    broken.version = 'one'
    const third = broken.factors[2]
    if (!third) throw new Error('the pack needs three factors')
    delete third.name['uz-Cyrl']
    const el = await mount(<PackImportForm onImported={() => undefined} />)
    await submit(el, JSON.stringify(broken))
    await vi.waitFor(() => expect(el.querySelector('[data-testid=error-fields]')).not.toBeNull())
    expect(posted).toHaveLength(1)
    const expected = validatePack(broken)
    if (expected.ok) throw new Error('the broken pack should be invalid')
    const paths = [...el.querySelectorAll('[data-testid=error-fields] li')].map((li) =>
      li.getAttribute('data-path'),
    )
    expect(paths).toEqual(expected.errors.map((e) => e.path))
    expect(paths).toEqual(expect.arrayContaining(['id', 'version', 'factors.2.name.uz-Cyrl']))
    expect(el.querySelector('[data-testid=error-message] strong')?.textContent).toBe(
      common.errors.code.invalid_pack,
    )
    expect(el.querySelector('[data-testid=pack-json]')?.getAttribute('aria-invalid')).toBe('true')
  })

  it('refuses text that is not JSON without sending it', async () => {
    const posted = fakeServer()
    const el = await mount(<PackImportForm onImported={() => undefined} />)
    await submit(el, '{ "id": "x", ')
    expect(el.querySelector('[data-testid=error-message] strong')?.textContent).toBe(
      common.errors.code.malformed_json,
    )
    await submit(el, '[1, 2]')
    expect(el.querySelector('[data-testid=error-message]')?.textContent).toContain('not a list')
    expect(posted).toHaveLength(0)
  })

  it('sends a valid pack and hands the imported pack back', async () => {
    const posted = fakeServer()
    const onImported = vi.fn()
    const el = await mount(<PackImportForm onImported={onImported} />)
    await submit(el, JSON.stringify({ ...base, id: 'copy-of-decree-96' }))
    await vi.waitFor(() => expect(onImported).toHaveBeenCalledTimes(1))
    expect(onImported.mock.calls[0]?.[0]).toMatchObject({ id: 'copy-of-decree-96', version: base.version })
    expect(posted).toHaveLength(1)
    expect(el.querySelector('[data-testid=error-message]')).toBeNull()
    expect(el.querySelector<HTMLTextAreaElement>('[data-testid=pack-json]')?.value).toBe('')
  })
})

describe('PackList', () => {
  it('shows counts, working names, sources and factors in the UI language', async () => {
    await i18next.changeLanguage('ru')
    const uzPack = builtinPacks()[0]
    if (!uzPack) throw new Error('no built-in pack')
    const uz: PackSummary = summarizePack(uzPack)
    const hostile: PackSummary = {
      ...uz,
      id: 'hostile',
      legalBasis: [{ title: 'Evil', url: 'javascript:alert(1)', verified: false }, ...(uz.legalBasis ?? [])],
    }
    const el = await mount(<PackList packs={[hostile]} />)
    const item = el.querySelector('[data-pack-id=hostile]')
    expect(item?.textContent).toContain(`${uz.factors.length} факт`)
    expect(item?.querySelector('[data-testid=pack-working-names]')).not.toBeNull()
    const links = [...(item?.querySelectorAll('.pack-basis a') ?? [])].map((a) => a.getAttribute('href'))
    expect(links).toHaveLength((uz.legalBasis ?? []).length)
    expect(links.every((h) => h?.startsWith('http'))).toBe(true)
    expect(item?.querySelector('.pack-basis')?.textContent).toContain('Evil')
    const firstFactor = uz.factors[0]
    expect(item?.querySelector(`[data-factor-id="${firstFactor?.id}"] dt`)?.textContent).toContain(
      firstFactor?.name.ru,
    )
    expect(item?.querySelector('details summary')).not.toBeNull()
  })
})
