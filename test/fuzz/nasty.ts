// The values an attacker or a careless client sends in place of a field: text that
// should never be stored (NUL, lone surrogates, bidi overrides, zero-width only), huge
// text, numbers that are not the integer asked for, ids that climb folders, days that do
// not exist, prototype keys, nesting as deep as the host lets through. Near-misses of a
// valid value come first: they are the ones that get past the schema to a handler.
import fc from 'fast-check'
import { MAX_BODY_BYTES, MAX_JSON_DEPTH } from '../../server/requestBody'

export const NUL = '\u0000'
export const LONE_HIGH = '\ud800'
export const LONE_LOW = '\udfff'
/** right-to-left override and its friends: the text reads backwards on the board */
export const BIDI = ['\u202e', '\u202d', '\u2066', '\u2067', '\u200f']
export const ZERO_WIDTH = ['\u200b', '\u200c', '\u200d', '\u2060', '\ufeff']

/** Keys that reach Object.prototype, or name the fields only the back end may set. */
export const POLLUTION_KEYS = ['__proto__', 'constructor', 'prototype', '__defineGetter__', 'hasOwnProperty', 'toString', 'valueOf'] as const
export const FOREIGN_KEYS = [
  'openid',
  'OPENID',
  '_id',
  'version',
  'role',
  'isAdmin',
  'orgIds',
  'requesterOpenid',
  'submitterOpenid',
  'createdAt',
  'state',
  '$where',
  '$set',
  '',
] as const
export const extraKey = fc.constantFrom<string>(...POLLUTION_KEYS, ...FOREIGN_KEYS)

/** What a prototype-pollution payload tries to plant. */
export const PLANTED = { polluted: 'yes', isAdmin: true }

const PATH_IDS = ['..', '.', '/', '../comm', 'comm/..', 'comm/../comm2', '..%2fcomm', '%2e%2e', '..\\comm', './comm', '/etc/passwd', 'files/../../x', 'cloud://../x', 'comm\u0000']
const ODD_STRINGS = [
  '',
  ' ',
  '\n\t',
  ZERO_WIDTH.join(''),
  ZERO_WIDTH[0].repeat(30),
  BIDI[0] + 'txt.exe',
  NUL,
  NUL.repeat(5),
  LONE_HIGH,
  LONE_LOW + LONE_HIGH,
  'e\u0301\u0301\u0301\u0301',
  '\u0000\u0007\u001b[31m',
  '<script>alert(1)</script>',
  '{"$gt":""}',
  '$where',
  '${7*7}{{7*7}}%s%n',
  'null',
  'undefined',
  'NaN',
  '__proto__',
  '１２３',
  '🙂'.repeat(10),
  '妇'.repeat(3),
]
const NOT_A_DAY = [
  '2026-02-30',
  '2026-02-29',
  '2100-02-29',
  '2026-13-01',
  '2026-00-10',
  '2026-04-31',
  '0000-00-00',
  '9999-99-99',
  '2026-1-5',
  '２０２６-０１-０１',
  '2026-11-23T00:00:00Z',
  '-001-01-01',
]
const ODD_INSTANTS = [
  '2026-02-30T00:00:00.000Z',
  '2026-11-23T24:00:00.000Z',
  '2026-11-23T02:00:60.000Z',
  '1970-01-01T00:00:00.000Z',
  '0000-01-01T00:00:00.000Z',
  '9999-12-31T23:59:59.999Z',
  '+275760-09-13T00:00:00.000Z',
  '2026-11-23T02:00:00.000+08:00',
  '2026-11-23T02:00:00.' + '9'.repeat(200) + 'Z',
  'Invalid Date',
]
export const NASTY_NUMBERS = [NaN, Infinity, -Infinity, -0, -1, 0, 0.5, 1.5, -1.5, 2 ** 31, 2 ** 53, 2 ** 53 + 2, -(2 ** 53), Number.MAX_VALUE, Number.MIN_VALUE, 1e21, -1e21, 1e-7]

export const oddString = fc.constantFrom(...ODD_STRINGS, ...PATH_IDS, ...NOT_A_DAY, ...ODD_INSTANTS)
export const nastyNumber = fc.oneof(fc.constantFrom(...NASTY_NUMBERS), fc.double(), fc.integer({ min: -(2 ** 31), max: 2 ** 31 }))

/** Longer than any field allows, still inside the host's body limit (a character may take 4 bytes). */
export const hugeText = fc
  .tuple(fc.integer({ min: 2_000, max: Math.floor(MAX_BODY_BYTES / 5) }), fc.constantFrom('x', '字', '🙂', ZERO_WIDTH[0], ' ', 'a' + NUL))
  .map(([length, unit]) => unit.repeat(Math.ceil(length / unit.length)))

/** Arbitrary text, lone surrogates included (fast-check's binary unit draws any code unit). */
const anyText = fc.oneof(fc.string({ unit: 'binary', maxLength: 40 }), fc.string({ unit: 'grapheme', maxLength: 40 }), fc.string({ maxLength: 40 }))

/** A value of the wrong kind for anything. */
export const wrongKind: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom<unknown>(null, undefined, true, false, 0, '', [], {}, [[]], [{}]),
  nastyNumber,
  oddString,
  anyText,
  fc.array(fc.jsonValue({ maxDepth: 1 }), { maxLength: 4 }),
  fc.dictionary(fc.string({ maxLength: 8 }), fc.jsonValue({ maxDepth: 1 }), { maxKeys: 3 }),
)

/** How many levels a payload may still nest at `depth` before the host refuses the body. */
export const roomBelow = (depth: number) => MAX_JSON_DEPTH - 2 - depth

/** Arrays or objects nested `levels` deep around `leaf`. */
export function nest(levels: number, leaf: unknown, asArray: boolean): unknown {
  let value = leaf
  for (let i = 0; i < levels; i++) value = asArray ? [value] : { a: value }
  return value
}

/** An object whose own key is `key` (`__proto__` included), as JSON.parse would build it. */
export function withOwnKey(target: object, key: string, value: unknown): object {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true })
  return target
}

/** Near misses of a text value: the same words made unstorable, climbing folders, or far too long. */
function nearString(value: string, ids: readonly string[]): fc.Arbitrary<unknown> {
  const near = [
    value + NUL,
    NUL + value,
    BIDI[0] + value,
    value + BIDI[2],
    value + LONE_HIGH,
    LONE_LOW + value,
    ZERO_WIDTH[0] + value,
    ZERO_WIDTH.join('').repeat(2),
    value.normalize('NFD'),
    ` ${value} `,
    value.toUpperCase(),
    value.toLowerCase(),
    value + '\n' + value,
    value.slice(0, -1),
    value + value,
    `../${value}`,
    `${value}/..`,
    `${value}/x`,
    value.replace(/-/g, '/'),
    value.padEnd(65, 'x'),
  ]
  return fc.oneof({ arbitrary: fc.constantFrom(...near), weight: 4 }, oddString, ...(ids.length > 0 ? [fc.constantFrom(...ids)] : []), hugeText, anyText)
}

function nearNumber(value: number): fc.Arbitrary<unknown> {
  return fc.oneof(
    { arbitrary: fc.constantFrom<unknown>(value + 1, value - 1, value + 0.5, -value, value * 1000, String(value), `${value}.0`, [value], { value }), weight: 2 },
    nastyNumber,
  )
}

function nearArray(value: unknown[], depth: number): fc.Arbitrary<unknown> {
  const first = value.length > 0 ? value[0] : 'x'
  return fc.oneof(
    fc.constantFrom<unknown>(
      [],
      [null],
      [undefined],
      [first, first],
      value.concat(value),
      value.length > 0 ? value[0] : null,
      { ...value },
      { length: value.length, 0: first },
      JSON.stringify(value),
    ),
    fc.integer({ min: 100, max: 20_000 }).map((n) => new Array<unknown>(n).fill(first)),
    fc.integer({ min: 1, max: Math.max(1, roomBelow(depth)) }).map((levels) => nest(levels, first, true)),
  )
}

function nearObject(value: object, depth: number): fc.Arbitrary<unknown> {
  const values = Object.values(value)
  return fc.oneof(
    fc.constantFrom<unknown>([], [value], values, Object.entries(value), {}, null, '[object Object]', JSON.stringify(value)),
    fc.integer({ min: 1, max: Math.max(1, roomBelow(depth)) }).map((levels) => nest(levels, value, levels % 2 === 0)),
    extraKey.map((key) => withOwnKey({ ...value }, key, PLANTED)),
  )
}

/** Values close to `value` that a schema might let through, and values of the wrong kind. */
export function nearValue(value: unknown, ids: readonly string[], depth: number): fc.Arbitrary<unknown> {
  const near =
    typeof value === 'string'
      ? nearString(value, ids)
      : typeof value === 'number'
        ? nearNumber(value)
        : typeof value === 'boolean'
          ? fc.constantFrom<unknown>(!value, String(value), value ? 1 : 0, [value])
          : Array.isArray(value)
            ? nearArray(value, depth)
            : value !== null && typeof value === 'object'
              ? nearObject(value, depth)
              : fc.constantFrom<unknown>(undefined, '', 0, false, 'null', {}, [], ...ids.slice(0, 3))
  return fc.oneof({ arbitrary: near, weight: 3 }, wrongKind)
}
