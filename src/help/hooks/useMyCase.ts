// One of her cases (requests.get) and the steps she takes on it (requests.act with the
// version she saw): add information, withdraw, rate. A step that lost a race with the
// staff (CONFLICT) reloads the case and asks her to look again.
import { useCallback, useEffect, useRef, useState } from 'react'
import Taro, { usePullDownRefresh } from '@tarojs/taro'
import type { ActionInput, ActionOutput } from '../../../types/contracts'
import { type ApiError, asApiError, call } from '../../api'
import { type FieldErrors, toFieldErrors } from '../../staff/lib/fieldErrors'

export type CaseView = ActionOutput<'requests', 'get'>['case']
export type RequesterStep = Extract<ActionInput<'requests', 'act'>['step'], { kind: 'addInfo' | 'withdraw' | 'rate' }>
export type MyCaseState = { status: 'loading' } | { status: 'ready'; view: CaseView } | { status: 'error'; error: ApiError }

/** Her case, loaded on open and on pull-down. */
function useCaseView(caseId: string) {
  const [state, setState] = useState<MyCaseState>({ status: 'loading' })
  const load = useCallback(async () => {
    try {
      const { case: view } = await call('requests', 'get', { caseId })
      setState({ status: 'ready', view })
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

export function useMyCase(caseId: string) {
  const { state, setState, load } = useCaseView(caseId)
  const [errors, setErrors] = useState<FieldErrors>({})
  const [busy, setBusy] = useState(false)
  const running = useRef(false)

  const fail = async (caught: unknown) => {
    const error = asApiError(caught)
    if (error.code === 'CONFLICT') {
      await load()
      void Taro.showModal({ title: '情况刚有变化', content: `${error.message}\n已为您刷新，请看过后再操作。`, showCancel: false, confirmText: '知道了' })
    } else if (error.code === 'INVALID_INPUT' && error.issues.length > 0) setErrors(toFieldErrors(error.issues))
    else void Taro.showModal({ title: '没有成功', content: error.message, showCancel: false, confirmText: '知道了' })
  }

  const act = async (step: RequesterStep, done: string): Promise<boolean> => {
    if (running.current || state.status !== 'ready') return false
    running.current = true
    setBusy(true)
    setErrors({})
    try {
      const { case: view } = await call('requests', 'act', { caseId, version: state.view.version, step })
      setState({ status: 'ready', view })
      void Taro.showToast({ title: done, icon: 'success' })
      return true
    } catch (caught) {
      await fail(caught)
      return false
    } finally {
      running.current = false
      setBusy(false)
    }
  }

  /** Quick exit: nothing of the case stays in the page's memory. */
  const clear = useCallback(() => setState({ status: 'loading' }), [setState])

  return { state, reload: load, act, errors, busy, clear }
}

export type MyCase = ReturnType<typeof useMyCase>
