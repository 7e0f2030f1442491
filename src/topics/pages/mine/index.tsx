// 我提的议题: every topic she raised and where each stands, including the ones not (yet)
// public — read from the back end by who she is, so any phone shows the same list.
import { Text, View } from '@tarojs/components'
import { ActionButton } from '../../../components/ActionButton'
import { pagedNote } from '../../../components/PagedList'
import { Section } from '../../../components/Section'
import { StateView } from '../../../components/StateView'
import { openPage } from '../../../lib/routes'
import { meUrl } from '../../../lib/staffRoutes'
import { TopicRow } from '../../components/TopicRow'
import { useMyTopics } from '../../hooks/useMyTopics'
import '../topics.css'

export default function MyTopicsPage() {
  const list = useMyTopics()
  const { state } = list
  if (state.status === 'loading') return <StateView kind='loading' title='正在读取…' />
  if (state.status === 'signedOut') return <StateView kind='empty' title='登录后才能看到您提的议题' actionText='去登录' onAction={() => openPage(meUrl())} />
  if (state.status === 'error') return <StateView kind='error' title='没有读到您提的议题' detail={state.error.message} actionText='重新加载' onAction={() => void list.reload()} />
  return (
    <View className='page my-topics-page'>
      <Section title='我提的议题' note={pagedNote(list, '项')}>
        {state.data.length === 0 ? <Text className='page-note'>您还没有提过议题。</Text> : null}
        {state.data.map((topic) => (
          <TopicRow key={topic._id} topic={topic} />
        ))}
        {list.hasMore ? <ActionButton className='topics-more-button' variant='quiet' text='加载更多' onClick={() => void list.loadMore()} /> : null}
      </Section>
    </View>
  )
}
