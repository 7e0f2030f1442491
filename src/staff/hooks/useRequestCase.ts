// A help request as the chair or the assigned member sees it (requests.get: the opening
// is audited) and her steps on it (requests.act with the version she saw). A step that
// lost a race, or that the case no longer allows, comes back CONFLICT: nothing is
// applied, the back end's reason is kept and the page offers a reload.
import { useCallback, useEffect, useRef, useState } from 'react'
import Taro, { usePullDownRefresh } from '@tarojs/taro'
import type { RequestStepInput, StaffCaseView } from '../../../types/requests'
import { type ApiError, asApiError, call } from '../../api'
import { type FieldErrors, toFieldErrors } from '../lib/fieldErrors'

export type RequestCaseState =
  | { status: 'loading' }
  | { status: 'ready'; view: StaffCaseView }
  | { status: 'notStaff' }
  | { status: 'error'; error: ApiError }

/** The case, loaded on open and on pull-down. */
function useCaseView(caseId: string) {
  const [state, setState] = useState<RequestCaseState>({ status: 'loading' })
  const load = useCallback(async () => {
    try {
      const { case: view } = await call('requests', 'get', { caseId })
      setState(view.kind === 'staff' ? { status: 'ready', view } : { status: 'notStaff' })
    } catch (caught) {
      setState({ status: 'error', error: asApiError(caught) })
    }
  }, [caseId])
  useEffect(() => void load(), [load])
  usePullDownRefresh(() => {
    void load().finally(() => Taro.stopPullDownRefresh())
  })
  return { state, setState, load }
}

export function useRequestCase(caseId: string) {
  const { state, setState, load } = useCaseView(caseId)
  const [errors, setErrors] = useState<FieldErrors>({})
  const [conflict, setConflict] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const running = useRef(false)

  const fail = (caught: unknown) => {
    const error = asApiError(caught)
    if (error.code === 'CONFLICT') setConflict(error.message)
    else if (error.code === 'INVALID_INPUT' && error.issues.length > 0) setErrors(toFieldErrors(error.issues))
    else void Taro.showModal({ title: '没有保存成功', content: error.message, showCancel: false, confirmText: '知道了' })
  }

  const act = async (step: RequestStepInput, done: string): Promise<boolean> => {
    if (running.current || state.status !== 'ready') return false
    running.current = true
    setBusy(true)
    setErrors({})
    try {
      const { case: view } = await call('requests', 'act', { caseId, version: state.view.version, step })
      if (view.kind === 'staff') setState({ status: 'ready', view })
      else await load()
      void Taro.showToast({ title: done, icon: 'success' })
      return true
    } catch (caught) {
      fail(caught)
      return false
    } finally {
      running.current = false
      setBusy(false)
    }
  }

  const reload = useCallback(async () => {
    setConflict(null)
    await load()
  }, [load])

  return { state, reload, act, errors, conflict, busy }
}

export type RequestCase = ReturnType<typeof useRequestCase>
