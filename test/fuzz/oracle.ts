// What every reply to a malformed call must be, whatever the call: a well-formed envelope;
// never INTERNAL; nothing thrown out of dispatch and nothing in the error log; a refusal
// worded in Chinese with no stack, no `Error:` and no library English; an accepted call's
// data as the contract says; and a refused call leaves the store as it was (its audit
// entry and rate-limit counter aside) with no file written.
import * as z from 'zod/mini'
import { contracts, errorBody, type ErrorCode } from '../../types'
import type { FunctionName } from '../../types/contracts'

export const PROBLEMS = ['internal', 'crash', 'unexpectedWrite', 'badMessage', 'loggedError', 'offContract'] as const
export type Problem = (typeof PROBLEMS)[number]

export interface Observation {
  /** the reply, unless dispatch threw (or never answered) */
  reply?: unknown
  thrown?: unknown
  /** what the logger recorded as errors during the call */
  logged: string[]
  /** the watched collections (or 'data files') the call changed */
  changed: string[]
  /** keys the call planted on Object.prototype or Array.prototype */
  polluted: string[]
}

export interface Verdict {
  /** accepted, the code it was refused with, or broken (no well-formed reply) */
  outcome: 'accepted' | ErrorCode | 'broken'
  problems: { problem: Problem; detail: string }[]
}

const reply = z.union([z.strictObject({ ok: z.literal(true), data: z.unknown() }), z.strictObject({ ok: z.literal(false), error: errorBody })])

const CJK = /[\u3400-\u4dbf\u4e00-\u9fff]/
/** Words of a stack, an exception or a library that slipped past the Chinese wording. */
const LEAK =
  /\bError\b|\bat \S+ \(|\.[cm]?[jt]sx?:\d+|\b(Invalid|expected|received|Unrecognized|Cannot|undefined|NaN|Infinity|object Object)\b|Too (big|small)|\bnedb\b|\bzod\b|\bE(CONN\w*|NOENT|ACCES)\b/i

/** Text of a message that the caller chose (field names, values, the action she sent): not ours to judge. */
function withoutEcho(message: string, echoed: string[]): string {
  let rest = message
  for (const text of echoed.filter((t) => t.length > 0).sort((a, b) => b.length - a.length)) rest = rest.split(text).join(' ')
  return rest
}

function judgeWords(message: string, echoed: string[]): string | null {
  if (!CJK.test(message)) return `not Chinese: ${JSON.stringify(message.slice(0, 120))}`
  const leak = LEAK.exec(withoutEcho(message, echoed))
  return leak ? `leaks ${JSON.stringify(leak[0])}: ${JSON.stringify(message.slice(0, 160))}` : null
}

/** The keys and short texts of what was sent: a message may quote them back (「undefined」 was her code). */
function textsSent(value: unknown, into: string[] = []): string[] {
  if (typeof value === 'string' && value.length <= 300) into.push(value)
  else if (value !== null && typeof value === 'object' && into.length < 500) {
    for (const [key, item] of Object.entries(value)) {
      into.push(key)
      textsSent(item, into)
    }
  }
  return into
}

function outputOf(fn: FunctionName, action: unknown): z.ZodMiniType | undefined {
  const actions = contracts[fn] as Record<string, { output: z.ZodMiniType }>
  return typeof action === 'string' && Object.prototype.hasOwnProperty.call(actions, action) ? actions[action].output : undefined
}

const actionOf = (call: unknown) => (call !== null && typeof call === 'object' ? (call as { action?: unknown }).action : undefined)

export function judge(fn: FunctionName, call: unknown, seen: Observation): Verdict {
  const problems: Verdict['problems'] = []
  if (seen.logged.length > 0) problems.push({ problem: 'loggedError', detail: seen.logged.join(' | ').slice(0, 400) })
  if (seen.polluted.length > 0) problems.push({ problem: 'crash', detail: `prototype polluted: ${seen.polluted.join(', ')}` })
  if (seen.thrown !== undefined) {
    problems.push({ problem: 'crash', detail: `dispatch threw: ${seen.thrown instanceof Error ? (seen.thrown.stack ?? seen.thrown.message) : String(seen.thrown)}`.slice(0, 400) })
    return { outcome: 'broken', problems }
  }
  const parsed = reply.safeParse(seen.reply)
  if (!parsed.success || !Object.prototype.hasOwnProperty.call(seen.reply, parsed.data.ok ? 'data' : 'error')) {
    problems.push({ problem: 'crash', detail: `malformed reply: ${JSON.stringify(seen.reply)?.slice(0, 300)}` })
    return { outcome: 'broken', problems }
  }
  const settled = parsed.data
  if (settled.ok) {
    const output = outputOf(fn, actionOf(call))
    const checked = output?.safeParse(settled.data)
    if (checked && !checked.success) problems.push({ problem: 'offContract', detail: JSON.stringify(checked.error.issues.slice(0, 3)).slice(0, 400) })
    return { outcome: 'accepted', problems }
  }
  const { code, message, issues = [] } = settled.error
  if (code === 'INTERNAL') problems.push({ problem: 'internal', detail: message })
  const echoed = [...issues.flatMap((issue) => [issue.field, ...issue.field.split(/[.,]/)]), ...textsSent(call)]
  for (const words of [message, ...issues.map((issue) => issue.message)]) {
    const wrong = judgeWords(words, echoed)
    if (wrong) problems.push({ problem: 'badMessage', detail: wrong })
  }
  if (seen.changed.length > 0) problems.push({ problem: 'unexpectedWrite', detail: `refused with ${code}, yet changed ${seen.changed.join(', ')}` })
  return { outcome: code, problems }
}
