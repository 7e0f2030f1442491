// nedb's document model, taken quicker for what the product stores and asks. Three of its
// functions run for every document a query looks at and at every step down an index:
// - `match` matches each field of a filter through a general routine that splits the field's
//   name at its dots and, for an operator object ({ $gte, $lt }), lists its keys and their
//   first characters afresh, on every document: under a burst of 求助 submits those lists
//   were the largest thing the host allocated (the recount of a federation's figures matches
//   each of its cases of the year). Here a field without a dot whose stored value is a
//   string, number, boolean, null or missing is compared at once, by the rules of nedb's own
//   comparison functions; anything else (a dotted field, an array or object value, a logical
//   operator, $regex, $size, $elemMatch, a Date) is nedb's own match of the whole document.
// - `getDotValue` / `getDotValues` split every field name at its dots first: a name without
//   one is read at once.
// - `compareThings`, every index tree's comparison, goes through eight type checks before it
//   compares two strings: two strings or two numbers are compared at once.
// The answers are nedb's own (test/server/quickerModel.test.ts compares the two on many pairs).
import nedbModel from '@seald-io/nedb/lib/model'

/** No answer here: nedb's own match decides. */
const UNSURE = 2
type Answer = boolean | typeof UNSURE

const isScalar = (value: unknown): value is string | number | boolean | null | undefined =>
  value === null || value === undefined || typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean'

/** A plain object (not an array, a Date or anything nedb takes as a value). */
const isRecord = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype

/** A query value nedb compares with `===` against a scalar (areThingsEqual's first rule). */
const isPlain = (value: unknown): value is string | number | boolean | null =>
  value === null || typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean'

/** `$in` for a scalar: nedb's areThingsEqual is `===` for a value that is there, and false for a missing one. */
function isIn(have: string | number | boolean | null | undefined, list: unknown): Answer {
  if (!Array.isArray(list)) return UNSURE
  if (have === undefined) return false
  for (const each of list) if (each === have) return true
  return false
}

/**
 * One operator of an operator object, for a scalar stored value. The orderings are nedb's
 * `areComparable(a, b) && a < b` (and so on): both strings or both numbers, else false.
 */
function operator(have: string | number | boolean | null | undefined, name: string, operand: unknown): Answer {
  switch (name) {
    case '$lt':
    case '$lte':
    case '$gt':
    case '$gte': {
      if (!isScalar(operand)) return UNSURE
      if ((typeof have !== 'string' && typeof have !== 'number') || typeof have !== typeof operand) return false
      const bound = operand as string | number
      if (name === '$lt') return have < bound
      if (name === '$lte') return have <= bound
      if (name === '$gt') return have > bound
      return have >= bound
    }
    case '$ne':
      return have === undefined || have !== operand
    case '$in':
      return isIn(have, operand)
    case '$nin': {
      const found = isIn(have, operand)
      return found === UNSURE ? UNSURE : !found
    }
    case '$exists':
      // nedb (after Mongo): any truthy operand, or '', asks for the field to be there
      return have === undefined ? !(operand || operand === '') : Boolean(operand || operand === '')
    default:
      return UNSURE
  }
}

/** One field of the filter against the document's value of it (its operators read in place: a filter is matched against every candidate). */
function field(have: unknown, want: unknown): Answer {
  if (!isScalar(have)) return UNSURE
  if (isPlain(want)) return have === want
  if (!isRecord(want)) return UNSURE
  // no operator, or operators mixed with fields (which nedb refuses before it compares anything)
  let operators = 0
  for (const name in want) {
    if (name[0] !== '$') return UNSURE
    operators += 1
  }
  if (operators === 0) return UNSURE
  for (const name in want) {
    const answer = operator(have, name, want[name])
    if (answer !== true) return answer
  }
  return true
}

/** nedb's answer, field by field in the filter's order as nedb goes (it stops at the first that fails), or UNSURE. */
function quickMatch(doc: unknown, query: unknown): Answer {
  if (!isRecord(doc) || !isRecord(query)) return UNSURE
  for (const key in query) {
    if (!Object.prototype.hasOwnProperty.call(query, key)) continue
    if (key[0] === '$' || key.includes('.')) return UNSURE
    const part = field(doc[key], query[key])
    if (part !== true) return part
  }
  return true
}

/**
 * Installs the quicker functions in nedb's model, through which its cursor, datastore and
 * indexes call them: before any index is built (each index keeps the comparison it was given).
 */
export function quickerModel(): void {
  const model = nedbModel as typeof nedbModel & { quicker?: true }
  if (model.quicker) return
  model.quicker = true
  const own = model.match
  model.match = (doc, query) => {
    const answer = quickMatch(doc, query)
    return answer === UNSURE ? own(doc, query) : answer
  }
  const ownDotValue = model.getDotValue
  model.getDotValue = (doc, name) => (typeof name === 'string' && !name.includes('.') ? (doc ? (doc as Record<string, unknown>)[name] : undefined) : ownDotValue(doc, name))
  const ownDotValues = model.getDotValues
  model.getDotValues = (doc, fields) => (Array.isArray(fields) && fields.length === 1 ? model.getDotValue(doc, fields[0]!) : ownDotValues(doc, fields))
  const ownCompare = model.compareThings
  // nedb's compareNSB, for two strings (without a collation of the caller's) or two numbers
  model.compareThings = (a, b, compareStrings) =>
    (typeof a === 'string' && typeof b === 'string' && compareStrings === undefined) || (typeof a === 'number' && typeof b === 'number')
      ? a < b
        ? -1
        : a > b
          ? 1
          : 0
      : ownCompare(a, b, compareStrings)
}

/** nedb's own functions (taken before any install), for the tests that compare the two. */
export const nedbOwn = { match: nedbModel.match, compareThings: nedbModel.compareThings }
