// The client's side of the error envelope: every failed call becomes one ApiError
// carrying the contract's code, a Chinese message for people and the invalid fields.
import type { ErrorCode, FieldIssue } from '../../types/common'

export const NETWORK_MESSAGE = '网络不给力，请检查网络后重试'
export const UNAVAILABLE_MESSAGE = '服务暂时不可用，请稍后重试'

export class ApiError extends Error {
  readonly code: ErrorCode
  readonly issues: FieldIssue[]

  constructor(code: ErrorCode, message: string, issues: FieldIssue[] = []) {
    super(message)
    Object.setPrototypeOf(this, ApiError.prototype)
    this.name = 'ApiError'
    this.code = code
    this.issues = issues
  }
}

/** Any thrown value as an ApiError: pages only ever deal with this one type. */
export function asApiError(error: unknown): ApiError {
  if (error instanceof ApiError) return error
  return new ApiError('INTERNAL', UNAVAILABLE_MESSAGE)
}

export const networkError = (): ApiError => new ApiError('INTERNAL', NETWORK_MESSAGE)

type Json = Record<string, unknown>
const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null

function issuesOf(value: unknown): FieldIssue[] {
  if (!Array.isArray(value)) return []
  return value.filter(isObject).map((issue) => ({ field: String(issue.field ?? ''), message: String(issue.message ?? '') }))
}

/** Unwraps `{ ok: true, data }`, or throws the ApiError that `{ ok: false, error }` describes. */
export function unwrapReply(reply: unknown): unknown {
  if (isObject(reply) && reply.ok === true) return reply.data
  if (isObject(reply) && reply.ok === false && isObject(reply.error)) {
    const { code, message, issues } = reply.error
    throw new ApiError(typeof code === 'string' ? (code as ErrorCode) : 'INTERNAL', typeof message === 'string' && message !== '' ? message : UNAVAILABLE_MESSAGE, issuesOf(issues))
  }
  throw new ApiError('INTERNAL', UNAVAILABLE_MESSAGE)
}
