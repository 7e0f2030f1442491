// A recorded 执委会 as kept: each 执委 called with 出席 / 请假（原因）/ 缺席, the minutes and, after
// a 增替补 vote, each candidate's result with the counts (002 增替补及退出制度第十七条 通报).
import { Text } from '@tarojs/components'
import { COMMITTEE_ATTENDANCE_LABEL, type CommitteeMeetingDoc } from '../../../../../types/committee'
import { ListRow } from '../../../../components/ListRow'
import { Section } from '../../../../components/Section'
import { attendanceText, nameOf } from '../../../lib/committee'
import type { ConsoleData } from '../../../lib/consoleStore'

const TONE = { present: 'good', excused: 'muted', absent: 'warn' } as const

export function CommitteeMinutes({ data, meeting }: { data: ConsoleData; meeting: CommitteeMeetingDoc }) {
  return (
    <>
      <Section title='出席情况' note={attendanceText(meeting)} className='committee-attendance'>
        {meeting.attendance.map((mark) => (
          <ListRow
            key={mark.memberId}
            className='committee-attendance-item'
            title={nameOf(data, mark.memberId)}
            badge={COMMITTEE_ATTENDANCE_LABEL[mark.status]}
            badgeTone={TONE[mark.status]}
            lines={mark.reason ? [`请假原因：${mark.reason}`] : []}
          />
        ))}
      </Section>
      <Section title='会议纪要' className='committee-minutes'>
        <Text className='page-note committee-minutes-text'>{meeting.minutes}</Text>
      </Section>
      {meeting.voteResults?.length ? (
        <Section title='表决结果（记入会议记录）' className='committee-vote-results'>
          {meeting.voteResults.map((line) => (
            <Text key={line} className='page-note committee-vote-result-line'>
              {line}
            </Text>
          ))}
        </Section>
      ) : null}
    </>
  )
}
