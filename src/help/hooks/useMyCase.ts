// One of her cases and the steps she takes on it: add information, withdraw, rate. A
// step that lost a race with the staff reloads the case and asks her to look again.
// 有进展时通知我 asks WeChat to let us tell her when it moves on.
import { type CaseStep, useHelpCase } from '../../hooks/useHelpCase'
import { useNews } from '../../hooks/useNews'

export type RequesterStep = Extract<CaseStep, { kind: 'addInfo' | 'withdraw' | 'rate' }>

export function useMyCase(caseId: string) {
  const helpCase = useHelpCase(caseId, 'requester')
  const act = (step: RequesterStep, done: string) => helpCase.act(step, done)
  const news = useNews('myRequest')
  return { ...helpCase, act, news }
}

export type MyCase = ReturnType<typeof useMyCase>
