// 代为提交议题: a member (or the chair) enters a topic for a woman she visited (执委走访,
// 002 附件4 五) — her 称呼, what she raised, and a note of when and how it was collected.
// The topic then goes through review like any other; the woman may ask not to be named.
import { View } from '@tarojs/components'
import { TopicForm } from '../../../components/TopicForm'
import { useSubmitTopic } from '../../../hooks/useSubmitTopic'
import { replacePage } from '../../../lib/routes'
import { chairTopicUrl, topicUrl } from '../../../lib/topicRoutes'
import { ConsoleShell } from '../../components/ConsoleShell'
import type { ConsoleData } from '../../lib/consoleStore'
import { canEdit } from '../../lib/labels'

function OnBehalfForm({ data }: { data: ConsoleData }) {
  const orgId = data.org._id
  const form = useSubmitTopic(orgId, 'member')
  return (
    <View className='topic-new-form'>
      <TopicForm
        form={form}
        title='代为提交议题'
        note={data.org.name}
        onSent={(topic) => replacePage(canEdit(data.role) ? chairTopicUrl(orgId, topic._id) : topicUrl(topic._id))}
      />
    </View>
  )
}

export default function TopicNewPage() {
  return <ConsoleShell className='topic-new-page'>{(data) => <OnBehalfForm data={data} />}</ConsoleShell>
}
