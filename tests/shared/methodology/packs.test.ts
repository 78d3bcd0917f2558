import { describe, expect, it } from 'vitest'
import { LANGUAGE_TAGS } from '../../../shared/domain/language.js'
import {
  builtinPacks,
  DEFAULT_METHODOLOGY_ID,
  factorGroupOf,
  findFactor,
  isWorkingName,
  summarizePack,
  validatePack,
} from '../../../shared/methodology/index.js'

const clone = <T>(v: T): T => structuredClone(v)

describe('built-in packs', () => {
  const packs = builtinPacks()

  it('ships the Uzbek default, Russian Decree 96 and RAI packs', () => {
    expect(packs.map((p) => p.id)).toEqual([
      'uz-2021-regulation-3287',
      'ru-decree-96',
      'rai-2014-corruption-proofing',
    ])
    expect(packs[0].id).toBe(DEFAULT_METHODOLOGY_ID)
  })

  it('every pack validates against the schema', () => {
    for (const pack of packs) expect(validatePack(pack)).toEqual({ ok: true, pack })
  })

  it('every factor and group has a name, description and question in all four languages', () => {
    for (const pack of packs) {
      for (const tag of LANGUAGE_TAGS) expect(pack.titles[tag].length).toBeGreaterThan(5)
      for (const g of pack.groups) for (const tag of LANGUAGE_TAGS) expect(g.name[tag].trim()).not.toBe('')
      for (const f of pack.factors) {
        for (const tag of LANGUAGE_TAGS) {
          expect(f.name[tag].trim(), `${pack.id}/${f.id}/${tag}`).not.toBe('')
          expect(f.description[tag].length, `${pack.id}/${f.id}/${tag}`).toBeGreaterThan(20)
          expect(f.questions[tag].length, `${pack.id}/${f.id}/${tag}`).toBeGreaterThan(0)
        }
      }
    }
  })

  it('writes Uzbek Latin with U+02BB and Uzbek Cyrillic without Latin letters', () => {
    for (const pack of packs) {
      for (const f of pack.factors) {
        const latin = f.name['uz-Latn'] + f.description['uz-Latn']
        expect(latin, f.id).not.toMatch(/[oOgG]['‘’`]/)
        const cyrl = f.name['uz-Cyrl'] + f.description['uz-Cyrl'] + f.questions['uz-Cyrl'].join(' ')
        expect(cyrl.replace(/RAI|RCC|OECD|lex\.uz/g, ''), f.id).not.toMatch(/[A-Za-zʻ]/)
      }
    }
  })

  it('gives every group a hex colour', () => {
    for (const pack of packs) for (const g of pack.groups) expect(g.color).toMatch(/^#[0-9a-f]{6}$/i)
  })

  it('flags the reconstructed Uzbek and RAI names as working names', () => {
    const [uz, ru, rai] = packs
    expect(uz.status).toBe('working')
    expect(uz.factors.every((f) => f.verification.name === 'working' && isWorkingName(uz, f))).toBe(true)
    expect(rai.factors.every((f) => isWorkingName(rai, f))).toBe(true)
    expect(ru.factors.every((f) => f.verification.name === 'official' && !isWorkingName(ru, f))).toBe(true)
    expect(summarizePack(uz).factors.every((f) => f.workingName)).toBe(true)
  })

  it('keeps the verified group structures: four Uzbek groups, Decree 96 with 12 factors in 2 groups', () => {
    const [uz, ru] = packs
    expect(uz.groups.map((g) => g.id)).toEqual([
      'uz-2021-legality-stability',
      'uz-2021-powers-rights-duties',
      'uz-2021-administrative-procedures',
      'uz-2021-oversight-control',
    ])
    expect(ru.groups).toHaveLength(2)
    expect(ru.factors).toHaveLength(12)
    expect(ru.factors.map((f) => f.clause).join(' ')).toBe('3а 3б 3в 3г 3д 3е 3ж 3з 3и 4а 4б 4в')
  })

  it('summarises a pack as the contract item with a plain-string title', () => {
    const s = summarizePack(builtinPacks()[1])
    expect(typeof s.title).toBe('string')
    expect(s.title).toContain('96')
    expect(Object.keys(s.factors[0])).toEqual(
      expect.arrayContaining(['id', 'groupId', 'name', 'description']),
    )
    expect(Object.keys(s.factors[0].name).sort()).toEqual([...LANGUAGE_TAGS].sort())
  })
})

describe('findFactor and factorGroupOf', () => {
  const uz = builtinPacks()[0]
  it('finds a factor and its group', () => {
    expect(findFactor(uz, 'may-formula')?.groupId).toBe('uz-2021-powers-rights-duties')
    expect(factorGroupOf(uz, 'no-appeal-route')?.id).toBe('uz-2021-oversight-control')
  })
  it('returns undefined for unknown ids', () => {
    expect(findFactor(uz, 'nope')).toBeUndefined()
    expect(factorGroupOf(uz, 'nope')).toBeUndefined()
  })
})

describe('validatePack rejects invalid packs with field paths', () => {
  const base = () => clone(builtinPacks()[1])
  const paths = (json: unknown) => {
    const r = validatePack(json)
    if (r.ok) throw new Error('expected invalid')
    return r.errors.map((e) => e.path)
  }

  it('a missing language in a factor name', () => {
    const p = base() as unknown as { factors: { name: Record<string, string> }[] }
    delete p.factors[2].name['uz-Cyrl']
    expect(paths(p)).toEqual(['factors.2.name.uz-Cyrl'])
  })

  it('a duplicate factor id', () => {
    const p = base()
    p.factors[5].id = p.factors[1].id
    const r = validatePack(p)
    expect(r.ok).toBe(false)
    if (!r.ok)
      expect(r.errors).toEqual([
        { path: 'factors.5.id', message: `Duplicate factor id "${p.factors[1].id}".`, kind: 'duplicateId' },
      ])
  })

  it('a factor in an unknown group', () => {
    const p = base()
    p.factors[3].groupId = 'nowhere'
    expect(paths(p)).toEqual(['factors.3.groupId'])
  })

  it('wrong types, and reports reference errors alongside shape errors', () => {
    const p = base() as unknown as Record<string, unknown> & { factors: Record<string, unknown>[] }
    p.version = 2
    p.factors[0].questions = 'why?'
    p.factors[4].groupId = 'nowhere'
    expect(paths(p).sort()).toEqual(['factors.0.questions', 'factors.4.groupId', 'version'])
  })

  it('a non-semver version, a bad colour and an empty factor list', () => {
    const p = base() as unknown as Record<string, unknown> & { groups: { color: string }[] }
    p.version = 'v1'
    p.groups[0].color = 'red'
    p.factors = []
    expect(paths(p).sort()).toEqual(['factors', 'groups.0.color', 'version'])
  })

  it('non-objects', () => {
    expect(paths(null)).toEqual([''])
    expect(paths('pack')).toEqual([''])
  })
})
