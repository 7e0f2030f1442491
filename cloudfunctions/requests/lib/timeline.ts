// Her timeline in plain words (已提交，我们会尽快受理 → 已受理 … → 已办结：已解决), and
// which steps she sees at all and whose text she may read. Staff notes and internal
// steps never reach her; her own words and the staff's messages to her do.
import {
  CLOSURE_REASON_LABEL,
  CONTACT_CHANNEL_LABEL,
  REFERRAL_BODY_LABEL,
  REFERRAL_STATUS_LABEL,
  type ClosureReason,
  type Referral,
  type RequestEventDoc,
  type RequestStep,
  type TimelineEntry,
} from '../../../types'
import type { Services } from '../../common/context'
import { openText } from './seal'

type EventStep = RequestEventDoc['step']

/** Shown on her timeline (stored on the event as visibleToRequester). */
export const VISIBLE_TO_REQUESTER: Record<RequestStep, boolean> = {
  accept: true,
  referOn: true,
  reassign: false,
  contact: true,
  note: false,
  message: true,
  refer: true,
  updateReferral: true,
  escalate: true,
  close: true,
  reopen: true,
  scheduleFollowUp: true,
  recordFollowUp: true,
  addInfo: true,
  withdraw: true,
  rate: true,
}

/** Steps whose text she reads: her own words, staff messages to her, the closing words. */
const TEXT_FOR_REQUESTER: ReadonlySet<EventStep> = new Set<EventStep>(['message', 'close', 'addInfo', 'withdraw', 'rate'])

/** The referral a step added or changed: the one whose status or date differs from before. */
function changedReferral(before: Referral[], after: Referral[] | undefined): Referral | null {
  if (!after) return null
  return after.find((r) => !before.some((b) => b.id === r.id && b.status === r.status && b.updatedAt === r.updatedAt)) ?? null
}

function bodyWords(referral: Referral | null, withStatus: boolean): string {
  if (!referral) return ''
  const body = REFERRAL_BODY_LABEL[referral.body]
  return withStatus ? `${body}：${REFERRAL_STATUS_LABEL[referral.status]}` : body
}

function wordsOf(event: RequestEventDoc, referral: Referral | null, forRequester: boolean): string {
  const patch = event.patch as { closure?: { reason: ClosureReason } | null; followUp?: { dueDate: string } | null; rating?: { score: number } | null }
  switch (event.step) {
    case 'submit':
      return '已提交，我们会尽快受理'
    case 'accept':
      return '已受理，执委会按您方便的方式与您联系'
    case 'referOn':
      return `转介至 ${bodyWords(referral, false)}，已办结`
    case 'reassign':
      return '调整了负责执委'
    case 'contact':
      return forRequester ? '执委已与您联系' : '联系了本人'
    case 'note':
      return '内部备注'
    case 'message':
      return forRequester ? '执委给您留言' : '给本人留言'
    case 'refer':
      return `转介至 ${bodyWords(referral, false)}`
    case 'updateReferral':
      return `转介进展：${bodyWords(referral, true)}`
    case 'escalate':
      return '已上报上级妇联协助处理'
    case 'close':
    case 'withdraw':
      return `已办结：${patch.closure ? CLOSURE_REASON_LABEL[patch.closure.reason] : ''}`
    case 'reopen':
      return '已重新打开，我们会尽快受理'
    case 'scheduleFollowUp':
      return `安排了回访（${patch.followUp?.dueDate ?? ''}）`
    case 'recordFollowUp':
      return '已回访'
    case 'addInfo':
      return '补充了情况'
    case 'rate':
      return `评价了这次帮助（${patch.rating?.score ?? ''} 星）`
  }
}

/** The timeline as `audience` may read it: she sees only her steps' words and the texts meant for her. */
export function timelineOf(services: Pick<Services, 'ports'>, events: RequestEventDoc[], audience: 'requester' | 'staff'): TimelineEntry[] {
  const entries: TimelineEntry[] = []
  let referrals: Referral[] = []
  for (const event of events) {
    const after = (event.patch as { referrals?: Referral[] }).referrals
    const referral = changedReferral(referrals, after)
    if (after) referrals = after
    const forRequester = audience === 'requester'
    if (forRequester && !event.visibleToRequester) continue
    const readable = !forRequester || TEXT_FOR_REQUESTER.has(event.step)
    entries.push({
      seq: event.seq,
      at: event.at,
      step: event.step,
      to: event.to,
      words: wordsOf(event, referral, forRequester),
      text: readable ? openText(services, event.text) : '',
      actorName: event.actorName,
      visibleToRequester: event.visibleToRequester,
    })
  }
  return entries
}

/** Her contact step's text: how she was reached, then the note (sealed together). */
export function contactText(how: keyof typeof CONTACT_CHANNEL_LABEL, note: string): string {
  return `【${CONTACT_CHANNEL_LABEL[how]}】${note}`
}
