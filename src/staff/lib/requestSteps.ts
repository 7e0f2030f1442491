// The staff's steps on a help request as one form: a draft holding every field any
// step may need, turned into the contract's step for the kind she picked. Also says,
// for each step, who will read what she writes (仅工作人员可见 or 她能看到).
import type { RequestStepInput } from '../../../types/requests'
import type { ContactChannel, ReferralBody, ReferralStatus, RequestStep } from '../../../types/requestModel'

export type StaffStepKind = Exclude<RequestStep, 'addInfo' | 'withdraw' | 'rate'>
export type CloseReason = Extract<RequestStepInput, { kind: 'close' }>['reason']

export interface StepDraft {
  assigneeId: string
  backupId: string
  body: ReferralBody
  /** '' until the member picks how she reached her: nothing is chosen for her (she may have asked not to be called) */
  how: ContactChannel | ''
  text: string
  referralId: string
  status: ReferralStatus
  closeReason: CloseReason
  dueDate: string | null
}

export const initialDraft = (): StepDraft => ({
  assigneeId: '',
  backupId: '',
  body: 'legalAid',
  how: '',
  text: '',
  referralId: '',
  status: 'accepted',
  closeReason: 'resolved',
  dueDate: null,
})

/** The contract's step for `kind` from the draft. */
export function stepOf(kind: StaffStepKind, draft: StepDraft): RequestStepInput {
  const { text } = draft
  switch (kind) {
    case 'accept':
    case 'reassign':
      return { kind, assigneeId: draft.assigneeId, backupId: draft.backupId || null }
    case 'referOn':
    case 'refer':
      return { kind, body: draft.body, note: text }
    case 'contact':
      // Not picked: sent without a channel, so the back end answers 必填 on step.how.
      return draft.how ? { kind, how: draft.how, note: text } : ({ kind, note: text } as unknown as RequestStepInput)
    case 'note':
    case 'message':
      return { kind, text }
    case 'updateReferral':
      return { kind, referralId: draft.referralId, status: draft.status, note: text }
    case 'escalate':
    case 'recordFollowUp':
      return { kind, note: text }
    case 'close':
      return { kind, reason: draft.closeReason, note: text }
    case 'reopen':
      return { kind, reason: text }
    case 'scheduleFollowUp':
      return { kind, dueDate: draft.dueDate ?? '', note: text }
  }
}

/** The free-text box of each step: its label, its payload field, and who reads it. */
export const TEXT_OF: Record<StaffStepKind, { label: string; field: string; audience: 'staff' | 'her' } | null> = {
  accept: null,
  reassign: null,
  referOn: { label: '转介说明', field: 'step.note', audience: 'staff' },
  refer: { label: '转介说明（转给谁、转了什么）', field: 'step.note', audience: 'staff' },
  contact: { label: '联系情况', field: 'step.note', audience: 'staff' },
  note: { label: '内部备注', field: 'step.text', audience: 'staff' },
  message: { label: '给她的留言', field: 'step.text', audience: 'her' },
  updateReferral: { label: '进展说明（可不填）', field: 'step.note', audience: 'staff' },
  escalate: { label: '上报说明', field: 'step.note', audience: 'staff' },
  close: { label: '办结说明', field: 'step.note', audience: 'her' },
  reopen: { label: '重新打开的原因', field: 'step.reason', audience: 'staff' },
  scheduleFollowUp: { label: '回访安排（可不填）', field: 'step.note', audience: 'staff' },
  recordFollowUp: { label: '回访情况', field: 'step.note', audience: 'staff' },
}

export const AUDIENCE_LABEL = { staff: '仅工作人员可见', her: '她能看到' } as const

/** The payload fields each step's form shows next to their inputs. */
export const FIELDS_OF: Record<StaffStepKind, readonly string[]> = {
  accept: ['step.assigneeId', 'step.backupId'],
  reassign: ['step.assigneeId', 'step.backupId'],
  referOn: ['step.body', 'step.note'],
  refer: ['step.body', 'step.note'],
  contact: ['step.how', 'step.note'],
  note: ['step.text'],
  message: ['step.text'],
  updateReferral: ['step.referralId', 'step.status', 'step.note'],
  escalate: ['step.note'],
  close: ['step.reason', 'step.note'],
  reopen: ['step.reason'],
  scheduleFollowUp: ['step.dueDate', 'step.note'],
  recordFollowUp: ['step.note'],
}
