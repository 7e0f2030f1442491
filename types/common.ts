// The envelope every call speaks, the error codes, and the field types shared by
// every domain. Written with zod/mini so the client can carry the same contract for
// ≈18 KB instead of ≈81 KB (zod's classic API): the main package has a size budget.
import * as z from 'zod/mini'

export const ERROR_CODES = ['INVALID_INPUT', 'UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND', 'CONFLICT', 'RATE_LIMITED', 'CONTENT_REJECTED', 'UNKNOWN_ACTION', 'INTERNAL'] as const
export const errorCode = z.enum(ERROR_CODES)
export type ErrorCode = z.infer<typeof errorCode>

/** HTTP status the local host answers with for each error code on `POST /api/<fn>`. */
export const HTTP_STATUS: Record<ErrorCode, number> = {
  INVALID_INPUT: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  RATE_LIMITED: 429,
  CONTENT_REJECTED: 422,
  UNKNOWN_ACTION: 400,
  INTERNAL: 500,
}

export const fieldIssue = z.object({
  /** dotted path of the offending field, e.g. "code" or "members.0.phone" */
  field: z.string(),
  message: z.string(),
})
export type FieldIssue = z.infer<typeof fieldIssue>

export const errorBody = z.object({
  code: errorCode,
  message: z.string(),
  issues: z.optional(z.array(fieldIssue)),
})
export type ErrorBody = z.infer<typeof errorBody>

/** What a client sends: `{ action, payload, requestId? }`. */
export const callEnvelope = z.object({
  action: z.string().check(z.minLength(1), z.maxLength(64)),
  payload: z.optional(z.unknown()),
  requestId: z.optional(z.string().check(z.minLength(8), z.maxLength(64), z.regex(/^[A-Za-z0-9_-]+$/))),
})
export type CallEnvelope = z.infer<typeof callEnvelope>

export type Reply<T> = { ok: true; data: T } | { ok: false; error: ErrorBody }

/**
 * An org code is the QR scene of the 妇女之家 code: wxacode.getUnlimited allows at most
 * 32 characters of [0-9A-Za-z!#$&'()*+,/:;=?@-._~]. Codes we issue use the safe subset
 * (lower-case letters, digits and '-'), but any scene-legal string is a valid lookup.
 */
export const SCENE_PATTERN = /^[0-9A-Za-z!#$&'()*+,/:;=?@\-._~]+$/
export const orgCode = z
  .string()
  .check(z.minLength(1, { error: '请填写妇联代码' }), z.maxLength(32, { error: '妇联代码最长 32 个字符' }), z.regex(SCENE_PATTERN, { error: '妇联代码含有二维码里不允许的字符' }))

export const id = z.string().check(z.minLength(1), z.maxLength(64), z.regex(/^[A-Za-z0-9_-]+$/))

/** An instant, stored and sent as an ISO-8601 UTC string. */
export const instant = z.iso.datetime()

/** A calendar date in Asia/Shanghai, YYYY-MM-DD. */
export const localDate = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/, { error: '日期格式应像 2026-01-31 这样' }), z.refine(isCalendarDate, { error: '没有这一天，请检查日期' }))

/** 2026-02-30 has the right shape but is not a day. */
function isCalendarDate(value: string): boolean {
  const [year, month, day] = value.split('-').map(Number)
  if (month < 1 || month > 12 || day < 1) return false
  const daysInMonth = [31, year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
  return day <= daysInMonth[month - 1]
}

/** Time of day in Asia/Shanghai, HH:mm. */
export const clockTime = z.string().check(z.regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: '时间格式应像 09:30 这样' }))

/**
 * Mainland mobile (1[3-9]x, 11 digits) or landline (0 + area code 2–3 digits, '-',
 * 7–8 digits, optional extension). 12338 and similar short hotlines are not phones
 * of a person and are not accepted here.
 */
export const PHONE_PATTERN = /^(1[3-9]\d{9}|0\d{2,3}-?\d{7,8}(-\d{1,6})?)$/
export const phone = z.string().check(z.regex(PHONE_PATTERN, { error: '请填写正确的手机号或座机号（如 13812345678 或 023-12345678）' }))

/**
 * Code points never stored from what a person types, as [from, to] pairs: C0 and C1
 * controls (tab and newline are handled apart), the bidi marks, embeddings, overrides
 * and isolates (U+061C, U+200E/F, U+202A–E, U+2066–9: they make text read otherwise
 * than it is stored), zero-width space, word joiner and invisible operators, the BOM,
 * interlinear annotations, lone surrogate halves and tag characters (hidden ASCII).
 * Plain ranges rather than a regular expression: older WeChat engines cannot parse
 * the `u` flag, and the mini-program carries this file.
 */
const STRIPPED = [
  0x00, 0x08, 0x0b, 0x1f, 0x7f, 0x9f, 0x61c, 0x61c, 0x200b, 0x200b, 0x200e, 0x200f, 0x202a, 0x202e, 0x2060, 0x2064, 0x2066, 0x2069, 0xd800, 0xdfff, 0xfeff, 0xfeff, 0xfff9, 0xfffb,
  0xe0000, 0xe007f,
]
/** Kept, but they draw nothing: a stray accent, Hangul fillers, joiners, variation selectors, the braille blank. */
const BLANK = [0x300, 0x36f, 0x115f, 0x1160, 0x17b4, 0x17b5, 0x180b, 0x180e, 0x200c, 0x200d, 0x2800, 0x2800, 0x3164, 0x3164, 0xfe00, 0xfe0f, 0xffa0, 0xffa0, 0xe0100, 0xe01ef]

function within(ranges: readonly number[], code: number): boolean {
  for (let i = 0; i < ranges.length; i += 2) if (code >= ranges[i] && code <= ranges[i + 1]) return true
  return false
}

/**
 * Text as it is stored: the code points above removed, line breaks as "\n" — kept when
 * `lines`, else turned into spaces with tabs — composed (NFC, so the same words are the
 * same bytes) and trimmed.
 */
export function cleanText(value: string, lines: boolean): string {
  let kept = ''
  for (const char of value.replace(/\r\n?|[\u0085\u2028\u2029]/g, '\n')) {
    const code = char.codePointAt(0) ?? 0
    if (within(STRIPPED, code)) continue
    kept += !lines && (char === '\t' || char === '\n') ? ' ' : char
  }
  // String#normalize is missing only on engines older than WeChat supports: then as typed
  return (typeof kept.normalize === 'function' ? kept.normalize('NFC') : kept).trim()
}

/** Whether the text shows anything: a character that is neither white space nor BLANK. */
export function hasVisible(text: string): boolean {
  for (const char of text) if (!/\s/.test(char) && !within(BLANK, char.codePointAt(0) ?? 0)) return true
  return false
}

const textOf = (min: number, max: number, what: string, lines: boolean) =>
  z.string().check(
    z.overwrite((value) => cleanText(value, lines)),
    ...(min > 0 ? [z.minLength(min, { error: min === 1 ? `请填写${what}` : `${what}至少 ${min} 个字` })] : []),
    z.maxLength(max, { error: `${what}最多 ${max} 个字` }),
    z.refine((value) => value === '' || hasVisible(value), { error: `${what}不能只有空白或不可见字符` }),
  )

/** One line a person types (a name, a title, a place): cleaned as above, `min` to `max` characters; the errors name `what`. */
export const textField = (min: number, max: number, what: string) => textOf(min, max, what, false)
/** One line she may leave empty. */
export const optionalTextField = (max: number, what: string) => textOf(0, max, what, false)
/** Text of several lines (a description, a note, a decision): newlines and tabs kept. */
export const textBlock = (min: number, max: number, what: string) => textOf(min, max, what, true)
/** Text of several lines she may leave empty. */
export const optionalTextBlock = (max: number, what: string) => textOf(0, max, what, true)

/** The fields every stored document carries; `version` is the optimistic-concurrency counter. */
export const versionedFields = { _id: id, version: z.number(), createdAt: instant, updatedAt: instant }
/** The version of a document the caller saw: a write at any other version is CONFLICT. */
export const seenVersion = z.number().check(z.int(), z.gte(1))

/**
 * A stable page cursor: the sort key (an instant) and `_id` of the last item of the
 * previous page, so an insert never shifts a page. Every cursor-paged list uses it.
 */
export const pageCursor = z.strictObject({ at: instant, id })
export type PageCursor = z.infer<typeof pageCursor>
/** How many items one page may hold; without it the back end's default applies. */
export const pageLimit = z.optional(z.number().check(z.int(), z.gte(1), z.lte(50)))
