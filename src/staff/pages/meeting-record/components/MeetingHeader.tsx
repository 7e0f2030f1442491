// The facts of a meeting at the top of its page: form, time, place, host, and the
// 妇女代表 and guests (村/社区 书记, 两委) who were asked to come; a called-off one, why.
import { Text, View } from '@tarojs/components'
import { MEETING_FORM_LABEL, type MeetingDoc } from '../../../../../types/topicModel'
import { Section } from '../../../../components/Section'
import { beijingDateTime } from '../../../../lib/dates'

const MEETING_STATUS_NOTE: Record<MeetingDoc['status'], string> = { scheduled: '待记录', recorded: '已记录', cancelled: '已取消' }

export function MeetingHeader({ meeting }: { meeting: MeetingDoc }) {
  const lines = [
    `${MEETING_FORM_LABEL[meeting.form]} · ${beijingDateTime(meeting.startsAt)}`,
    `地点：${meeting.place}；主持：${meeting.host}`,
    meeting.representatives.length > 0 ? `妇女代表：${meeting.representatives.join('、')}` : '',
    meeting.guests.length > 0 ? `列席：${meeting.guests.join('、')}` : '',
    meeting.status === 'cancelled' ? `已取消：${meeting.cancelReason ?? ''}` : '',
  ]
  return (
    <Section title='议事会' note={MEETING_STATUS_NOTE[meeting.status]} className='meeting-header'>
      <View>
        {lines.filter(Boolean).map((line) => (
          <Text key={line} className='page-note'>
            {line}
          </Text>
        ))}
      </View>
    </Section>
  )
}
