// Values drawn from a zod schema of the contract, so an action nobody wrote a valid
// payload for is still fuzzed from something close to valid, and a new action is fuzzed
// the day it enters types/contracts.ts. Best effort: a refinement (a calendar day, a
// rule across fields) may still refuse what is drawn, which is fine for a fuzzer.
import fc from 'fast-check'
import type * as z from 'zod/mini'

type Schema = z.core.$ZodType
type Check = z.core.$ZodChecks

/** The pattern of `id` and of `localDate` in types/common.ts: drawn from fixture ids and real days. */
const ID_SOURCE = '^[A-Za-z0-9_-]+$'
const DATE_SOURCE = '^\\d{4}-\\d{2}-\\d{2}$'
/** Deeper than any payload of the contract: past it a value is cut short. */
const MAX_DEPTH = 8

/** Words a person might type, so drawn text looks like what the forms send. */
const TEXT_UNITS = [...'妇联社区议题居民活动帮助家庭时间地点说明情况反映问题建议', 'a', 'B', '1', ' ']

interface Bounds {
  min?: number
  max?: number
  int: boolean
  minLength: number
  maxLength?: number
  pattern?: RegExp
  format?: string
}

function boundsOf(checks: readonly z.core.$ZodCheck<never>[] = []): Bounds {
  const bounds: Bounds = { int: false, minLength: 0 }
  for (const check of checks as unknown as Check[]) {
    const def = check._zod.def
    if (def.check === 'min_length') bounds.minLength = def.minimum
    else if (def.check === 'max_length') bounds.maxLength = def.maximum
    else if (def.check === 'length_equals') bounds.minLength = bounds.maxLength = def.length
    else if (def.check === 'greater_than') bounds.min = Number(def.value) + (def.inclusive ? 0 : 1)
    else if (def.check === 'less_than') bounds.max = Number(def.value) - (def.inclusive ? 0 : 1)
    else if (def.check === 'number_format') bounds.int = true
    else if (def.check === 'string_format') {
      bounds.format = def.format
      if (def.pattern) bounds.pattern = def.pattern
    }
  }
  return bounds
}

const someDay = fc.date({ min: new Date('2024-01-01T00:00:00.000Z'), max: new Date('2028-12-31T00:00:00.000Z'), noInvalidDate: true })

function stringOf(bounds: Bounds, ids: readonly string[]): fc.Arbitrary<string> {
  const { minLength, maxLength = minLength + 40, pattern, format } = bounds
  if (format === 'datetime') return someDay.map((day) => day.toISOString())
  if (pattern?.source === DATE_SOURCE) return someDay.map((day) => day.toISOString().slice(0, 10))
  if (pattern?.source === ID_SOURCE && ids.length > 0)
    return fc.oneof(
      { arbitrary: fc.constantFrom(...ids), weight: 4 },
      fc.stringMatching(pattern).filter((s) => s.length <= maxLength),
    )
  if (pattern) return fc.stringMatching(pattern).filter((s) => s.length >= minLength && s.length <= maxLength)
  const upTo = Math.min(maxLength, minLength + 12)
  return fc.string({ unit: fc.constantFrom(...TEXT_UNITS), minLength, maxLength: upTo }).filter((s) => s.trim().length >= minLength)
}

function numberOf(bounds: Bounds): fc.Arbitrary<number> {
  const min = bounds.min ?? (bounds.int ? -1000 : -1e6)
  const max = bounds.max ?? (bounds.int ? 1000 : 1e6)
  return bounds.int ? fc.integer({ min: Math.ceil(min), max: Math.floor(max) }) : fc.double({ min, max, noNaN: true, noDefaultInfinity: true })
}

function objectOf(shape: Readonly<Record<string, Schema>>, ids: readonly string[], depth: number): fc.Arbitrary<unknown> {
  const members: Record<string, fc.Arbitrary<unknown>> = {}
  const requiredKeys: string[] = []
  for (const [key, member] of Object.entries(shape)) {
    const def = (member as z.core.$ZodTypes)._zod.def
    if (def.type === 'optional') members[key] = arbitraryOf(def.innerType, ids, depth + 1)
    else {
      members[key] = arbitraryOf(member, ids, depth + 1)
      requiredKeys.push(key)
    }
  }
  return fc.record(members, { requiredKeys })
}

/** An arbitrary of values that (mostly) satisfy `schema`; ids are drawn mostly from `ids`. */
export function arbitraryOf(schema: Schema, ids: readonly string[] = [], depth = 0): fc.Arbitrary<unknown> {
  if (depth > MAX_DEPTH) return fc.constant(null)
  const def = (schema as z.core.$ZodTypes)._zod.def
  switch (def.type) {
    case 'string': {
      // a format schema (z.iso.datetime()) is its own check: its format is on the def itself
      const own = def as z.core.$ZodStringFormatDef
      return stringOf({ ...boundsOf(def.checks), ...(own.format ? { format: own.format } : {}) }, ids)
    }
    case 'number':
      return numberOf(boundsOf(def.checks))
    case 'boolean':
      return fc.boolean()
    case 'null':
      return fc.constant(null)
    case 'enum':
      return fc.constantFrom(...Object.values(def.entries))
    case 'literal':
      return fc.constantFrom(...def.values)
    case 'nullable':
      return fc.option(arbitraryOf(def.innerType, ids, depth + 1), { nil: null, freq: 4 })
    case 'optional':
    case 'default':
    case 'prefault':
    case 'readonly':
    case 'nonoptional':
    case 'catch':
      return arbitraryOf(def.innerType, ids, depth + 1)
    case 'pipe':
      return arbitraryOf(def.in, ids, depth + 1)
    case 'lazy':
      return arbitraryOf(def.getter(), ids, depth + 1)
    case 'object':
      return objectOf(def.shape, ids, depth)
    case 'array': {
      const { minLength, maxLength = minLength + 3 } = boundsOf(def.checks)
      return fc.array(arbitraryOf(def.element, ids, depth + 1), { minLength, maxLength: Math.min(maxLength, minLength + 3) })
    }
    case 'union':
      return fc.oneof(...def.options.map((option) => arbitraryOf(option, ids, depth + 1)))
    case 'tuple':
      return fc.tuple(...def.items.map((item) => arbitraryOf(item, ids, depth + 1)))
    case 'record':
      return fc.dictionary(stringOf({ int: false, minLength: 1 }, []), arbitraryOf(def.valueType, ids, depth + 1), { maxKeys: 3 })
    default:
      return fc.jsonValue({ maxDepth: 2 })
  }
}
