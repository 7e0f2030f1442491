// 提议题: a woman says what the problem is and what she proposes, picks a category
// and how it reached the federation, and may ask not to be named publicly. Signed out,
// she is told so before she types, with the way to sign in (我的).
import { View } from '@tarojs/components'
import { StateView } from '../../../components/StateView'
import { TopicForm } from '../../../components/TopicForm'
import { usePageParams } from '../../../hooks/usePageParams'
import { useSignedIn } from '../../../hooks/useSignedIn'
import { useSubmitTopic } from '../../../hooks/useSubmitTopic'
import { readParam } from '../../../lib/params'
import { openPage, replacePage } from '../../../lib/routes'
import { meUrl } from '../../../lib/staffRoutes'
import { topicUrl } from '../../../lib/topicRoutes'

function SignInFirst() {
  return (
    <View className='topic-signin-notice'>
      <StateView
        kind='empty'
        title='提议题要先登录'
        detail='登录后再填写，写好的内容才能交给妇联。登录后回到这里就能接着提，您提的议题和进展也都能在「我的」里看到。'
        actionText='去登录'
        onAction={() => openPage(meUrl())}
      />
    </View>
  )
}

export default function SubmitTopicPage() {
  const orgId = readParam(usePageParams(), 'orgId')
  const form = useSubmitTopic(orgId, 'her')
  const signedIn = useSignedIn()
  return (
    <View className='page topic-submit-page'>
      {signedIn ? <TopicForm form={form} title='提议题' note='主席审核后公开' onSent={(topic) => replacePage(topicUrl(topic._id))} /> : <SignInFirst />}
    </View>
  )
}
