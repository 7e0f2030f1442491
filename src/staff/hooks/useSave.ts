// Running one save from a console form: a busy flag against double taps, field
// messages for INVALID_INPUT, the CONFLICT state (someone else saved first), and a
// dialog for anything else. After a save the org's console view is reloaded.
import { useCallback, useRef, useState } from 'react'
import Taro from '@tarojs/taro'
import { asApiError } from '../../api'
import { refreshAfterSave } from '../lib/consoleStore'
import { type FieldErrors, toFieldErrors } from '../lib/fieldErrors'

export interface SaveOptions {
  /** toast after success; default 已保存 */
  done?: string
  /** the org whose console view (and cached board) to reload afterwards */
  orgId?: string
}

export interface UseSave {
  busy: boolean
  errors: FieldErrors
  conflict: boolean
  run: <T>(task: () => Promise<T>, options?: SaveOptions) => Promise<T | null>
  clearConflict: () => void
}

export function useSave(): UseSave {
  const [busy, setBusy] = useState(false)
  const [errors, setErrors] = useState<FieldErrors>({})
  const [conflict, setConflict] = useState(false)
  const running = useRef(false)

  const run = useCallback(async <T,>(task: () => Promise<T>, options: SaveOptions = {}): Promise<T | null> => {
    if (running.current) return null
    running.current = true
    setBusy(true)
    setErrors({})
    setConflict(false)
    try {
      const result = await task()
      if (options.orgId) await refreshAfterSave(options.orgId).catch(() => undefined)
      void Taro.showToast({ title: options.done ?? '已保存', icon: 'success' })
      return result
    } catch (caught) {
      const error = asApiError(caught)
      if (error.code === 'CONFLICT') setConflict(true)
      else if (error.code === 'INVALID_INPUT' && error.issues.length > 0) {
        setErrors(toFieldErrors(error.issues))
        void Taro.showToast({ title: '有内容需要修改，请看红字', icon: 'none' })
      } else void Taro.showModal({ title: '没有保存成功', content: error.message, showCancel: false, confirmText: '知道了' })
      return null
    } finally {
      running.current = false
      setBusy(false)
    }
  }, [])

  return { busy, errors, conflict, run, clearConflict: useCallback(() => setConflict(false), []) }
}
