// 议事台账 (附件4 妇联执委议事制度: 一事一记): each topic of the year from where it came to
// what came of it — channel, state, the meeting that took it up and its 一事一记 record,
// the feedback, where it was reported (上报) and when, and when it was carried out.
// The dates of the steps come from the change log (`stateDates`: the first day the topic
// reached each state). A submitter who asked not to be named publicly is not named here
// either: the 台账 leaves the federation.
import {
  MEETING_FORM_LABEL,
  TOPIC_CATEGORY_LABEL,
  TOPIC_CHANNEL_LABEL,
  TOPIC_ESCALATION_TARGET_LABEL,
  TOPIC_STATE_LABEL,
  type MeetingDoc,
  type TopicDoc,
  type TopicState,
} from '../../../../types'
import { localDate } from '../../../common/time'
import { ledger, type AnyLedger } from '../workbook'

export type LedgerTopic = Pick<
  TopicDoc,
  '_id' | 'title' | 'category' | 'channel' | 'anonymous' | 'submitterName' | 'createdAt' | 'state' | 'meetingId' | 'record' | 'outcome' | 'secondCount'
>
export type LedgerMeeting = Pick<MeetingDoc, '_id' | 'form' | 'startsAt'>
/** per topic, the first Beijing date it reached each state */
export type StateDates = ReadonlyMap<string, Partial<Record<TopicState, string>>>

export function topicsLedger(orgName: string, year: number, topics: readonly LedgerTopic[], meetings: readonly LedgerMeeting[], stateDates: StateDates): AnyLedger {
  const meetingById = new Map(meetings.map((m) => [m._id, m]))
  const rows = topics
    .filter((t) => localDate(new Date(t.createdAt)).startsWith(`${year}-`))
    .slice()
    .sort((a, b) => a.createdAt.localeCompare(b.createdAt))
    .map((t, i) => ({ t, n: i + 1, dates: stateDates.get(t._id) ?? {} }))
  const meetingOf = (t: LedgerTopic): string => {
    const m = t.meetingId ? meetingById.get(t.meetingId) : undefined
    return m ? `${localDate(new Date(m.startsAt))} ${MEETING_FORM_LABEL[m.form]}` : ''
  }
  return ledger({
    sheet: '议事台账',
    title: `${orgName}${year}年议事台账`,
    note: `全年收集议题 ${rows.length} 个`,
    columns: [
      { header: '序号', width: 6, value: ({ n }) => n },
      { header: '议题', width: 22, value: ({ t }) => t.title },
      { header: '类别', width: 10, value: ({ t }) => TOPIC_CATEGORY_LABEL[t.category] },
      { header: '来源', width: 10, value: ({ t }) => TOPIC_CHANNEL_LABEL[t.channel] },
      { header: '提出人', width: 10, value: ({ t }) => (t.anonymous ? '（不公开姓名）' : t.submitterName) },
      { header: '提出日期', width: 12, value: ({ t }) => localDate(new Date(t.createdAt)) },
      { header: '状态', width: 10, value: ({ t }) => TOPIC_STATE_LABEL[t.state] },
      { header: '附议人数', width: 8, value: ({ t }) => t.secondCount },
      { header: '议事会议', width: 18, value: ({ t }) => meetingOf(t) },
      { header: '议事情况', width: 28, value: ({ t }) => t.record?.discussion ?? '' },
      { header: '议定事项', width: 28, value: ({ t }) => t.record?.decision ?? '' },
      { header: '承办人', width: 10, value: ({ t }) => t.record?.owner ?? '' },
      { header: '完成时限', width: 12, value: ({ t }) => t.record?.dueDate ?? '' },
      { header: '反馈', width: 24, value: ({ t }) => t.outcome.feedback },
      { header: '上报', width: 16, value: ({ t }) => t.outcome.escalatedTo.map((to) => TOPIC_ESCALATION_TARGET_LABEL[to]).join('、') },
      { header: '上报日期', width: 12, value: ({ dates }) => dates.escalated ?? '' },
      { header: '落实情况', width: 24, value: ({ t }) => (t.state === 'notCarriedOut' ? `未落实：${t.outcome.notCarriedReason}` : t.outcome.result) },
      { header: '落实日期', width: 12, value: ({ dates }) => dates.done ?? dates.notCarriedOut ?? '' },
    ],
    rows,
  })
}
