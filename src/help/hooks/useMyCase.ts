// One of her cases and the steps she takes on it: add information, withdraw, rate. A
// step that lost a race with the staff reloads the case and asks her to look again.
import { type CaseStep, useHelpCase } from '../../hooks/useHelpCase'

export type RequesterStep = Extract<CaseStep, { kind: 'addInfo' | 'withdraw' | 'rate' }>

export function useMyCase(caseId: string) {
  const helpCase = useHelpCase(caseId, 'requester')
  const act = (step: RequesterStep, done: string) => helpCase.act(step, done)
  return { ...helpCase, act }
}

export type MyCase = ReturnType<typeof useMyCase>
