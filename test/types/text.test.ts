// Text a person types is cleaned by the contract itself, so every action gets it: no NUL,
// no lone surrogate, no bidi override reaches the store or the public board; the same
// words are the same bytes (NFC); a value of nothing visible is refused, naming the field
// in Chinese; and an image reference cannot climb out of its folder.
import fc from 'fast-check'
import type * as z from 'zod/mini'
import { CLOUD_FILE_PATTERN, IMAGE_REF_PATTERN, contracts, imageRef, updateOrgInput } from '../../types'
import { cleanText, optionalTextField, textBlock, textField } from '../../types/common'
import { parseInput } from '../../cloudfunctions/common/validation'
import { createCaller } from '../fixtures/caller'
import { testServices } from '../fixtures/services'
import { seedConsoleTree } from '../cloudfunctions/org/fixtures/consoleTree'

type Schema = z.core.$ZodType

/** Fourteen characters anybody would accept as a title, a name or a note. */
const WORDS = '妇女议事会讨论了小区加装电梯'
/** The same words with NUL, a right-to-left override, a pop, a lone surrogate, a zero-width space and a BOM among them. */
const DIRTY = `\u202E${WORDS.slice(0, 4)}\u0000${WORDS.slice(4, 8)}\uD800${WORDS.slice(8, 11)}\u200B\u202C${WORDS.slice(11)}\uFEFF`

/** Every string a payload may carry that no pattern or format constrains: free text someone types. */
function freeTextFields(schema: Schema, at: string, found: { path: string; schema: Schema }[]): void {
  const def = (schema as z.core.$ZodTypes)._zod.def
  switch (def.type) {
    case 'string': {
      const checks = (def.checks ?? []) as unknown as z.core.$ZodChecks[]
      const patterned = 'format' in def || checks.some((check) => check._zod.def.check === 'string_format')
      if (!patterned) found.push({ path: at, schema })
      return
    }
    case 'object':
      for (const [key, member] of Object.entries(def.shape)) freeTextFields(member, at ? `${at}.${key}` : key, found)
      return
    case 'optional':
    case 'nullable':
      return freeTextFields(def.innerType, at, found)
    case 'array':
      return freeTextFields(def.element, `${at}.0`, found)
    case 'union':
      def.options.forEach((option, i) => freeTextFields(option, `${at}|${i}`, found))
      return
    case 'pipe':
      return freeTextFields(def.in, at, found)
    default:
      return
  }
}

const everyFreeTextField = () =>
  Object.entries(contracts).flatMap(([fn, actions]) =>
    Object.entries(actions).flatMap(([action, { input }]) => {
      const found: { path: string; schema: Schema }[] = []
      freeTextFields(input as Schema, '', found)
      return found.map((field) => ({ where: `${fn}.${action} ${field.path}`, schema: field.schema as z.ZodMiniType }))
    }),
  )

describe('every free-text field of every action', () => {
  test('there are many, in every domain (the walk finds them)', () => {
    const where = everyFreeTextField().map((field) => field.where)
    expect(where.length).toBeGreaterThan(40)
    for (const fn of ['board', 'org', 'topics', 'requests']) expect(where.some((w) => w.startsWith(`${fn}.`))).toBe(true)
  })

  test('drops NUL, lone surrogates, bidi overrides, zero-width spaces and the BOM', () => {
    const kept = everyFreeTextField()
      .map(({ where, schema }) => ({ where, result: schema.safeParse(DIRTY) }))
      .filter(({ result }) => !result.success || result.data !== WORDS)
      .map(({ where, result }) => `${where}: ${result.success ? JSON.stringify(result.data) : result.error.issues[0]?.message}`)
    expect(kept).toEqual([])
  })

  test('refuses text that shows nothing (Hangul fillers, joiners, a braille blank), naming the field', () => {
    const accepted = everyFreeTextField()
      .filter(({ schema }) => schema.safeParse('\u3164\u200D\u2800\u3164').success)
      .map(({ where }) => where)
    expect(accepted).toEqual([])
  })
})

describe('through a real action', () => {
  test('an org name of only zero-width spaces is refused; one with an override is stored and shown without it', async () => {
    const services = await testServices()
    await seedConsoleTree(services.store, services.clock.now())
    const chair = createCaller('org', services, 'chair')
    const blank = await chair.reply('updateOrg', { orgId: 'comm', version: 1, changes: { name: '\u200B\u200B\u200B\u200B' } })
    expect(blank).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', issues: [{ field: 'changes.name', message: '妇联名称至少 2 个字' }] } })

    await chair.updateOrg({ orgId: 'comm', version: 1, changes: { name: '幸福社区\u202E妇联\u0000', intro: '第一行\r\n\u2067第二行\u2069' } })
    const { board } = await createCaller('board', services).get({ code: 'hp-comm' })
    expect(board.name).toBe('幸福社区妇联')
    expect(board.intro).toBe('第一行\n第二行')
  })

  test('text of nothing visible is refused in Chinese, naming the field', () => {
    const attempt = () => parseInput(updateOrgInput, { orgId: 'comm', version: 1, changes: { name: '\u3164\u3164\u3164' } })
    expect(attempt).toThrow(expect.objectContaining({ code: 'INVALID_INPUT', issues: [{ field: 'changes.name', message: '妇联名称不能只有空白或不可见字符' }] }))
  })
})

/** Controls but tab and newline, bidi marks and controls, zero-width space, joiners of words, the BOM: never kept. */
const REMOVED: [number, number][] = [
  [0x00, 0x08],
  [0x0b, 0x1f],
  [0x7f, 0x9f],
  [0x61c, 0x61c],
  [0x200b, 0x200b],
  [0x200e, 0x200f],
  [0x202a, 0x202e],
  [0x2060, 0x2064],
  [0x2066, 0x2069],
  [0xfeff, 0xfeff],
]
const isRemoved = (code: number) => REMOVED.some(([from, to]) => code >= from && code <= to)

describe('the cleaning rule', () => {
  test('one-line fields turn line breaks and tabs into spaces; several-line fields keep them, as "\\n"', () => {
    expect(textField(1, 40, '地点').parse('妇女之家\r\n二楼\t活动室')).toBe('妇女之家 二楼 活动室')
    expect(textBlock(1, 400, '备注').parse('  第一行\r\n\t第二行\r第三行\u2028第四行  ')).toBe('第一行\n\t第二行\n第三行\n第四行')
  })

  test('the same words become the same bytes (NFC); emoji sequences with joiners and variation selectors survive', () => {
    expect(textField(1, 20, '姓名').parse('Zoe\u0301')).toBe('Zo\u00E9')
    expect(optionalTextField(20, '评价').parse('谢谢👩\u200D👧❤\uFE0F')).toBe('谢谢👩\u200D👧❤\uFE0F')
  })

  test('spaces alone still read as empty: "请填写…" for a required field, "" for an optional one', () => {
    expect(
      textField(1, 20, '称呼')
        .safeParse(' \u3000 ')
        .error?.issues.map((issue) => issue.message),
    ).toEqual(['请填写称呼'])
    expect(optionalTextField(20, '称呼').parse(' \u200B ')).toBe('')
  })

  test('whatever comes in, what is kept is well-formed, NFC, free of the removed characters, and cleaning again changes nothing', () => {
    const anyUnit = fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code))
    const text = fc.oneof(
      fc.string({ unit: anyUnit, maxLength: 40 }),
      fc.string({ unit: 'grapheme', maxLength: 20 }),
      fc.string({ unit: fc.constantFrom(...'议事\u202E\u0000\u200B\uD83D\uDC69\u200D\r\n\t \u0301e'), maxLength: 30 }),
    )
    fc.assert(
      fc.property(text, fc.boolean(), (raw, lines) => {
        const kept = cleanText(raw, lines)
        expect(() => encodeURIComponent(kept)).not.toThrow()
        expect(kept).toBe(kept.normalize('NFC'))
        expect([...kept].filter((char) => isRemoved(char.codePointAt(0) ?? 0))).toEqual([])
        if (!lines) expect(kept).not.toMatch(/[\n\t]/)
        expect(cleanText(kept, lines)).toBe(kept)
      }),
      { numRuns: 500 },
    )
  }, 30_000)
})

describe('image references', () => {
  test('a stored file or a cloud file ID is accepted', () => {
    for (const ref of ['/files/uploads/comm/photo/0a1b2c.jpg', '/files/seed/avatar-3.png', 'cloud://prod-1a2b.7072-prod-1a2b-1300000000/uploads/comm/logo/a.jpg'])
      expect(imageRef.safeParse(ref).success).toBe(true)
  })

  test('no `..`, no `.`, no empty segment, no outside URL', () => {
    for (const ref of [
      '/files/../request.key',
      '/files/uploads/../../request.key',
      '/files/./a.jpg',
      '/files//a.jpg',
      '/files/.hidden',
      '/files/',
      'cloud://env/uploads/../x.jpg',
      'cloud://../x.jpg',
      'https://example.com/a.jpg',
    ]) {
      expect({ ref, ok: imageRef.safeParse(ref).success }).toEqual({ ref, ok: false })
    }
    expect(CLOUD_FILE_PATTERN.test('cloud://env-1.bucket/uploads/comm/../comm2/a.jpg')).toBe(false)
    expect(IMAGE_REF_PATTERN.test('/files/a..b/c.jpg')).toBe(false)
  })
})
