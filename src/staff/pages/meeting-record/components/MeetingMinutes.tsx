// A recorded meeting, read back (存档): who came, and per topic its record (一事一记).
// If recording it was cut off before every topic moved on, one tap sends the same
// record again, which completes it.
import { Text, View } from '@tarojs/components'
import type { ChairTopicView } from '../../../../../types/topics'
import type { MeetingDoc } from '../../../../../types/topicModel'
import { ActionButton } from '../../../../components/ActionButton'
import { Section } from '../../../../components/Section'
import { useSave } from '../../../../hooks/useSave'
import type { ConsoleData } from '../../../lib/consoleStore'
import { ATTENDANCE_LABEL, memberName } from './attendance'

interface MinutesProps {
  data: ConsoleData
  meeting: MeetingDoc
  topics: ChairTopicView[]
  onCompleted: () => void
}

function CompleteRecord({ meeting, onCompleted }: { meeting: MeetingDoc; onCompleted: () => void }) {
  const save = useSave()
  const payload = { meetingId: meeting._id, version: meeting.version - 1, attendance: meeting.attendance, records: meeting.records }
  const complete = async () => {
    if (await save.run('topics', 'recordMeeting', payload, { done: '已补全' })) onCompleted()
  }
  return (
    <View className='topic-actions'>
      <Text className='topic-actions__hint'>上次保存时网络中断，有的议题还没有标为“已议定”。</Text>
      <ActionButton className='complete-record-button' text={save.busy ? '正在补全…' : '补全议事记录'} onClick={() => void complete()} />
    </View>
  )
}

export function MeetingMinutes({ data, meeting, topics, onCompleted }: MinutesProps) {
  const titleOf = (topicId: string) => topics.find((topic) => topic._id === topicId)?.title ?? '议题'
  const unfinished = topics.some((topic) => topic.state === 'scheduled' && meeting.records.some((record) => record.topicId === topic._id))
  return (
    <View className='meeting-minutes'>
      {unfinished ? <CompleteRecord meeting={meeting} onCompleted={onCompleted} /> : null}
      <Section title='出席情况' note={`出席 ${meeting.attendance.filter((a) => a.status === 'present').length} 人`}>
        {meeting.attendance.map((entry) => (
          <Text key={entry.memberId} className='page-note meeting-minutes__attendance'>
            {`${memberName(data, entry.memberId)}：${ATTENDANCE_LABEL[entry.status]}`}
          </Text>
        ))}
      </Section>
      <Section title='一事一记' className='meeting-minutes__records'>
        {meeting.records.map((record) => (
          <View key={record.topicId} className='meeting-record__topic'>
            <Text className='form-field__label'>{titleOf(record.topicId)}</Text>
            <Text className='page-note'>{`议事情况：${record.discussion}`}</Text>
            <Text className='page-note'>{`议定事项：${record.decision}`}</Text>
            <Text className='page-note'>{`落实责任人：${record.owner}${record.dueDate ? `，${record.dueDate} 前完成` : ''}`}</Text>
          </View>
        ))}
      </Section>
    </View>
  )
}
