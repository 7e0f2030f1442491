// The one error type handlers throw, and the one place it becomes the reply envelope.
import type { ErrorBody, ErrorCode, FieldIssue } from '../../types'

export class AppError extends Error {
  readonly code: ErrorCode
  readonly issues?: FieldIssue[]

  constructor(code: ErrorCode, message: string, issues?: FieldIssue[]) {
    super(message)
    this.name = 'AppError'
    this.code = code
    this.issues = issues
  }

  toBody(): ErrorBody {
    return this.issues ? { code: this.code, message: this.message, issues: this.issues } : { code: this.code, message: this.message }
  }
}

/** What a client sees for anything that is not an AppError: no stack, no internals. */
const INTERNAL_MESSAGE = '服务暂时出了点问题，请稍后再试'

export function toErrorBody(error: unknown): ErrorBody {
  if (error instanceof AppError) return error.toBody()
  return { code: 'INTERNAL', message: INTERNAL_MESSAGE }
}
