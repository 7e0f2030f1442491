// 议事: the federation's public topics (accepted and after), newest first; from here a
// resident raises her own topic or follows the ones she raised.
import { Text, View } from '@tarojs/components'
import { ActionButton } from '../../../components/ActionButton'
import { pagedNote } from '../../../components/PagedList'
import { Section } from '../../../components/Section'
import { StateView } from '../../../components/StateView'
import { usePageParams } from '../../../hooks/usePageParams'
import { readParam } from '../../../lib/params'
import { openPage } from '../../../lib/routes'
import { myTopicsUrl, submitTopicUrl } from '../../../lib/topicRoutes'
import { TopicRow } from '../../components/TopicRow'
import { usePublicTopics } from '../../hooks/usePublicTopics'
import '../topics.css'

function Topics({ orgId }: { orgId: string }) {
  const list = usePublicTopics(orgId)
  const { state } = list
  if (state.status === 'loading') return <StateView kind='loading' title='正在读取议题…' />
  if (state.status === 'error') return <StateView kind='error' title='议题没有读到' detail={state.error.message} actionText='重新加载' onAction={() => void list.reload()} />
  return (
    <Section title='公开的议题' note={pagedNote(list, '项')}>
      {state.data.length === 0 ? <Text className='page-note'>还没有公开的议题。</Text> : null}
      {state.data.map((topic) => (
        <TopicRow key={topic._id} topic={topic} />
      ))}
      {list.hasMore ? (
        <ActionButton className='topics-more-button' variant='quiet' text={list.loadingMore ? '正在加载…' : '加载更多'} onClick={() => void list.loadMore()} />
      ) : null}
    </Section>
  )
}

export default function PublicTopicsPage() {
  const orgId = readParam(usePageParams(), 'orgId')
  if (!orgId) return <StateView kind='error' title='链接里没有指明是哪个妇联' />
  return (
    <View className='page topics-page'>
      <View className='topics-page__actions'>
        <ActionButton className='submit-topic-button' text='我要提议题' onClick={() => openPage(submitTopicUrl(orgId))} />
        <ActionButton className='my-topics-button' variant='plain' text='我提的议题' onClick={() => openPage(myTopicsUrl(orgId))} />
      </View>
      <Topics orgId={orgId} />
    </View>
  )
}
