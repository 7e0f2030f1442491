// How a refused write reaches her, decided in one place so that none is lost: the
// messages under the fields she can fix (INVALID_INPUT), CONFLICT kept for a form that
// offers a reload (which shows its reason), and anything else as a dialog or as a notice
// the page shows. The words are always the server's own Chinese reason: a form may add
// where to go next after it, never put a guess of its own in its place.
import type { ErrorCode, FieldIssue } from '../../types/common'
import { type FieldErrors, toFieldErrors } from './fieldErrors'

export interface RefusalRules {
  /** where a refusal no field claims goes: a dialog (default) or a notice the page shows */
  show?: 'dialog' | 'notice'
  /** the dialog's title; default 没有保存成功 */
  dialogTitle?: string
  /** what to do next for some codes (e.g. where to sign in), said after the server's reason */
  hints?: Partial<Record<ErrorCode, string>>
  /**
   * refused fields: `toast` — red text under each field and a toast pointing there
   * (default); `inline` — the red text only; `none` — the page shows no fields, so a
   * refused field is shown like any other refusal
   */
  fields?: 'toast' | 'inline' | 'none'
  /** CONFLICT is kept for the page's reload notice instead of being shown */
  keepConflict?: boolean
}

export type Refusal =
  | { kind: 'fields'; errors: FieldErrors; toast: string | null }
  | { kind: 'conflict'; reason: string }
  | { kind: 'dialog'; title: string; text: string }
  | { kind: 'notice'; text: string }

export const FIELDS_TOAST = '有内容需要修改，请看红字'
export const DIALOG_TITLE = '没有保存成功'

export function refusalOf(error: { code: ErrorCode; message: string; issues: FieldIssue[] }, rules: RefusalRules = {}): Refusal {
  const fields = rules.fields ?? 'toast'
  if (error.code === 'INVALID_INPUT' && error.issues.length > 0 && fields !== 'none') {
    return { kind: 'fields', errors: toFieldErrors(error.issues), toast: fields === 'toast' ? FIELDS_TOAST : null }
  }
  if (error.code === 'CONFLICT' && rules.keepConflict) return { kind: 'conflict', reason: error.message }
  const hint = rules.hints?.[error.code]
  const text = hint ? `${error.message}。${hint}`.replace(/([。！？])。/, '$1') : error.message
  return rules.show === 'notice' ? { kind: 'notice', text } : { kind: 'dialog', title: rules.dialogTitle ?? DIALOG_TITLE, text }
}
