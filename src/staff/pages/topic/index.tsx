// One topic in the chair's hands: its facts (with the submitter's name even when she
// asked not to be named publicly) and what the lifecycle lets the chair do next.
import { View } from '@tarojs/components'
import type { ChairTopicView } from '../../../../types/topics'
import { ActionButton } from '../../../components/ActionButton'
import { PrivacyConsent } from '../../../components/PrivacyConsent'
import { Section } from '../../../components/Section'
import { StateView } from '../../../components/StateView'
import { TopicFacts } from '../../../components/TopicFacts'
import { useCall } from '../../../hooks/useCall'
import { usePageParams } from '../../../hooks/usePageParams'
import { useSave } from '../../../hooks/useSave'
import { readParam } from '../../../lib/params'
import { openPage } from '../../../lib/routes'
import { meetingNewUrl, meetingRecordUrl } from '../../../lib/topicRoutes'
import { ConflictNotice } from '../../components/ConflictNotice'
import { AdvancePanel } from './components/AdvancePanel'
import { ReviewPanel } from './components/ReviewPanel'
import '../topics/topics.css'

function NextSteps({ topic, onDone }: { topic: ChairTopicView; onDone: () => void }) {
  const save = useSave({ keepConflict: true })
  const reviewable = ['submitted', 'pendingReview', 'accepted'].includes(topic.state)
  return (
    <View>
      {topic.state === 'accepted' ? (
        <Section title='议程' className='topic-actions'>
          <ActionButton className='schedule-meeting-button' text='安排议事会' onClick={() => openPage(meetingNewUrl(topic.orgId))} />
        </Section>
      ) : null}
      {topic.state === 'scheduled' && topic.meetingId ? (
        <Section title='议事会' className='topic-actions'>
          <ActionButton className='record-meeting-button' text='记录这次议事' onClick={() => openPage(meetingRecordUrl(topic.orgId, topic.meetingId ?? ''))} />
        </Section>
      ) : null}
      {reviewable ? <ReviewPanel topic={topic} save={save} onDone={onDone} /> : null}
      <AdvancePanel key={`${topic.state}-${topic.version}`} topic={topic} save={save} onDone={onDone} />
      {save.conflict ? <ConflictNotice reason={save.conflict} onReload={onDone} /> : null}
    </View>
  )
}

export default function ChairTopicPage() {
  const topicId = readParam(usePageParams(), 'topicId')
  // read again on every show: back from 安排议事会 or 记录这次议事, the topic has moved on
  const { state, refresh } = useCall('topics', 'get', { topicId }, { onShow: true })
  if (state.status === 'loading') return <StateView kind='loading' title='正在读取议题…' />
  if (state.status === 'error') return <StateView kind='error' title='议题没有打开' detail={state.error.message} actionText='重新加载' onAction={() => void refresh()} />
  const topic = state.data.topic as ChairTopicView
  return (
    <View className='page staff-page chair-topic-page'>
      <TopicFacts topic={topic} />
      <NextSteps topic={topic} onDone={() => void refresh()} />
      <PrivacyConsent />
    </View>
  )
}
