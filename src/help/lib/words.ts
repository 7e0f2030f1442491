// Plain words the help pages show: how long a closed case is kept, the steps of her
// timeline, and the case's dates in Beijing time.
import { REQUEST_STATES, REQUEST_STATE_LABEL, type RequestState } from '../../../types/requestModel'

/** 1095 → "3 年"; 400 → "400 天": the retention period as the consent step says it. */
export function retentionText(days: number): string {
  if (days > 0 && days % 365 === 0) return `${days / 365} 年`
  return `${days} 天`
}

/** The four steps of her timeline with how far her case has come. */
export function progressSteps(state: RequestState): { label: string; done: boolean; current: boolean }[] {
  const at = REQUEST_STATES.indexOf(state)
  return REQUEST_STATES.map((step, index) => ({ label: REQUEST_STATE_LABEL[step], done: index <= at, current: index === at }))
}

/** What the state means for her, in a sentence. */
export const STATE_WORDS: Record<RequestState, string> = {
  submitted: '妇联已经收到，主席会尽快受理。',
  accepted: '已受理，负责的执委会按您说的方式与您联系。',
  inProgress: '正在处理，有进展会在这里告诉您。',
  closed: '已办结。如果还需要帮助，可以再次求助。',
}
