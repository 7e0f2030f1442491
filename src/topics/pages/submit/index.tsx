// 提议题: a woman says what the problem is and what she proposes, picks a category
// and how it reached the federation, and may ask not to be named publicly.
import { View } from '@tarojs/components'
import { TopicForm } from '../../../components/TopicForm'
import { usePageParams } from '../../../hooks/usePageParams'
import { useSubmitTopic } from '../../../hooks/useSubmitTopic'
import { readParam } from '../../../lib/params'
import { replacePage } from '../../../lib/routes'
import { topicUrl } from '../../../lib/topicRoutes'

export default function SubmitTopicPage() {
  const orgId = readParam(usePageParams(), 'orgId')
  const form = useSubmitTopic(orgId, 'her')
  return (
    <View className='page topic-submit-page'>
      <TopicForm form={form} title='提议题' note='主席审核后公开' onSent={(topic) => replacePage(topicUrl(topic._id))} />
    </View>
  )
}
