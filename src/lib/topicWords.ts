// Each topic state in plain words for the women who follow it (the contract's labels
// are short badges; these say what happens next).
import type { TopicState } from '../../types/topicModel'

export const STATE_WORDS: Record<TopicState, string> = {
  submitted: '已收到，妇联主席会尽快看一看。',
  pendingReview: '内容正在审核，通过后主席会处理。',
  accepted: '已立项，将在议事会上讨论。',
  declined: '这次没有立项，理由见下方。',
  merged: '和另一个相同的议题合并了，请看那个议题的进展。',
  scheduled: '已列入议事会议程，开会讨论后会公布结果。',
  decided: '议事会已经议定，见下方议定事项。',
  feedbackPublished: '妇联已经反馈了结果。',
  escalated: '超出本级妇联能办的范围，已经上报。',
  inProgress: '正在落实中。',
  done: '已经落实。',
  notCarriedOut: '没有落实，原因见下方。',
}
