// One write from a form or a button, named by its action (components never call the
// transport): a busy flag against double taps, one requestId across retries when a
// retried create must make one record, and every refusal shown as refusals.ts decides —
// red text under the fields, CONFLICT kept for a reload notice, or the server's reason.
import { useCallback, useRef, useState } from 'react'
import Taro from '@tarojs/taro'
import type { ActionInput, ActionName, ActionOutput, FunctionName } from '../../types/contracts'
import { type ApiError, asApiError, call, newRequestId } from '../api'
import type { FieldErrors } from '../lib/fieldErrors'
import { type RefusalRules, refusalOf } from '../lib/refusals'

export interface SaveRules extends RefusalRules {
  /** one requestId across retries until the write succeeds: a retried create makes one record */
  oneRecord?: boolean
  /** after each successful write, before the toast; its failure is ignored (e.g. reloading the console view) */
  afterSave?: () => Promise<unknown>
  /** sees every refusal before it is shown (e.g. to send her to sign in) */
  onRefused?: (error: ApiError) => void
  /** a CONFLICT the page answers itself (reload and explain) instead of keeping or showing it */
  onConflict?: (error: ApiError) => Promise<void> | void
}

export interface RunOptions {
  /** the toast after success; default 已保存; false when the page says it itself */
  done?: string | false
  /** what the form found missing before sending: shown under the fields, and nothing is sent */
  missing?: FieldErrors
}

export interface UseSave {
  busy: boolean
  errors: FieldErrors
  /** the server's reason for a kept CONFLICT, or null */
  conflict: string | null
  /** a refusal the page shows itself (rules.show = 'notice'), or '' */
  notice: string
  /** sends the write; resolves with the action's output, or null when it was refused (already shown) or not sent */
  run: <F extends FunctionName, A extends ActionName<F>>(fn: F, action: A, payload: ActionInput<F, A>, options?: RunOptions) => Promise<ActionOutput<F, A> | null>
  /** shows a failure of what followed a write (e.g. copying an export) the way a refusal is shown */
  fail: (caught: unknown) => Promise<void>
  clearConflict: () => void
  /** forgets every message and starts a new record (quick exit, "再登记一件") */
  reset: () => void
}

export function useSave(rules: SaveRules = {}): UseSave {
  const [busy, setBusy] = useState(false)
  const [errors, setErrors] = useState<FieldErrors>({})
  const [conflict, setConflict] = useState<string | null>(null)
  const [notice, setNotice] = useState('')
  const running = useRef(false)
  const requestId = useRef(newRequestId())
  const latestRules = useRef(rules)
  latestRules.current = rules

  const fail = useCallback(async (caught: unknown) => {
    const error = asApiError(caught)
    const current = latestRules.current
    current.onRefused?.(error)
    if (error.code === 'CONFLICT' && current.onConflict) return current.onConflict(error)
    const refusal = refusalOf(error, current)
    if (refusal.kind === 'fields') {
      setErrors(refusal.errors)
      if (refusal.toast) void Taro.showToast({ title: refusal.toast, icon: 'none' })
    } else if (refusal.kind === 'conflict') setConflict(refusal.reason)
    else if (refusal.kind === 'notice') setNotice(refusal.text)
    else void Taro.showModal({ title: refusal.title, content: refusal.text, showCancel: false, confirmText: '知道了' })
  }, [])

  const run = useCallback(
    async <F extends FunctionName, A extends ActionName<F>>(fn: F, action: A, payload: ActionInput<F, A>, options: RunOptions = {}): Promise<ActionOutput<F, A> | null> => {
      if (running.current) return null
      const missing = options.missing ?? {}
      setErrors(missing)
      setNotice('')
      setConflict(null)
      if (Object.keys(missing).length > 0) return null
      running.current = true
      setBusy(true)
      const { oneRecord, afterSave } = latestRules.current
      try {
        const result = await call(fn, action, payload, oneRecord ? requestId.current : undefined)
        if (oneRecord) requestId.current = newRequestId()
        if (afterSave) await afterSave().catch(() => undefined)
        if (options.done !== false) void Taro.showToast({ title: options.done ?? '已保存', icon: 'success' })
        return result
      } catch (caught) {
        await fail(caught)
        return null
      } finally {
        running.current = false
        setBusy(false)
      }
    },
    [fail],
  )

  const clearConflict = useCallback(() => setConflict(null), [])
  const reset = useCallback(() => {
    setErrors({})
    setNotice('')
    setConflict(null)
    requestId.current = newRequestId()
  }, [])

  return { busy, errors, conflict, notice, run, fail, clearConflict, reset }
}
