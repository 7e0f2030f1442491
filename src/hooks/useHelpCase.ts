// A help request's case as the caller may see it (requests.get — the staff's opening is
// audited) and the steps taken on it (requests.act with the version shown); the case
// the back end answers a step with is the one shown next. The woman and the staff
// differ only in how a step that lost a race (CONFLICT) reaches them: her case is
// reloaded and she is told why; the staff see the reason and reload when they choose.
import Taro from '@tarojs/taro'
import type { ActionInput, ActionOutput } from '../../types/contracts'
import { useCall } from './useCall'
import { type SaveRules, useSave } from './useSave'

export type CaseView = ActionOutput<'requests', 'get'>['case']
export type CaseStep = ActionInput<'requests', 'act'>['step']

export function useHelpCase(caseId: string, side: 'requester' | 'staff') {
  const read = useCall('requests', 'get', { caseId })
  const rules: SaveRules =
    side === 'staff'
      ? { fields: 'inline', keepConflict: true }
      : {
          fields: 'inline',
          dialogTitle: '没有成功',
          onConflict: async (error) => {
            await read.refresh()
            void Taro.showModal({ title: '情况刚有变化', content: `${error.message}\n已为您刷新，请看过后再操作。`, showCancel: false, confirmText: '知道了' })
          },
        }
  const save = useSave(rules)

  /** resolves true once the step is recorded (and its toast shown) */
  const act = async (step: CaseStep, done: string): Promise<boolean> => {
    if (read.state.status !== 'ready') return false
    const answer = await save.run('requests', 'act', { caseId, version: read.state.data.case.version, step }, { done })
    if (answer) read.setData(answer)
    return answer !== null
  }

  return { state: read.state, refresh: read.refresh, clear: read.clear, act, errors: save.errors, busy: save.busy, conflict: save.conflict, clearConflict: save.clearConflict }
}
