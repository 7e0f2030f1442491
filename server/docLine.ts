// A document as one line of a store file, exactly as nedb's `model.serialize` writes it, for
// every line the embedded store appends or rewrites (server/nedb.ts, server/logStore.ts).
// nedb's serialize hands every key of every document to a replacer of its own (to refuse a
// key starting with `$` or holding a dot, and to write a Date as `{"$$date":…}`): a tenth of
// what a 求助 submit cost the host went to it, on its seven lines. Where no key needs that
// and no value is a Date — every document the handlers write, whose times are ISO strings —
// the native JSON.stringify writes the same text; anything else is still nedb's own.
import * as model from '@seald-io/nedb/lib/model'

/** Does anything in `value` need nedb's replacer: a Date, or a key starting with `$` or holding a dot? */
function needsReplacer(value: unknown): boolean {
  if (value === null || typeof value !== 'object') return false
  if (typeof (value as { getTime?: unknown }).getTime === 'function') return true
  if (Array.isArray(value)) return value.some(needsReplacer)
  for (const key in value) {
    if (!Object.prototype.hasOwnProperty.call(value, key)) continue
    if (key[0] === '$' || key.includes('.') || needsReplacer((value as Record<string, unknown>)[key])) return true
  }
  return false
}

/** `model.serialize(doc)`: the same text, and the same refusal of a key nedb refuses. */
export const docLine = (doc: object): string => (needsReplacer(doc) ? model.serialize(doc) : JSON.stringify(doc))
