// 议事 in the console: the federation's topics by state (new ones to review first),
// the ones its children escalated, and the ways to call a meeting, to its meetings
// (to record them, and their minutes) and to enter a topic for a woman she visited.
import { useState } from 'react'
import { View } from '@tarojs/components'
import { TOPIC_STATES, TOPIC_STATE_LABEL, type TopicState } from '../../../../types/topicModel'
import { ActionButton } from '../../../components/ActionButton'
import { Choices } from '../../../components/Choices'
import { ListRow } from '../../../components/ListRow'
import { PagedList, pagedNote } from '../../../components/PagedList'
import { Section } from '../../../components/Section'
import { beijingDate } from '../../../lib/dates'
import { openPage } from '../../../lib/routes'
import { chairTopicUrl, meetingNewUrl, meetingsUrl, topicNewUrl } from '../../../lib/topicRoutes'
import { ConsoleShell } from '../../components/ConsoleShell'
import { useChairTopics, type TopicScope } from '../../hooks/useChairTopics'
import type { ConsoleData } from '../../lib/consoleStore'
import './topics.css'

type Filter = TopicState | 'all'
const FILTERS: { value: Filter; label: string }[] = [{ value: 'all', label: '全部' }, ...TOPIC_STATES.map((value) => ({ value, label: TOPIC_STATE_LABEL[value] }))]
const SCOPES: { value: TopicScope; label: string }[] = [
  { value: 'own', label: '本会议题' },
  { value: 'escalated', label: '下级上报' },
]

function TopicList({ data }: { data: ConsoleData }) {
  const [scope, setScope] = useState<TopicScope>('own')
  const [filter, setFilter] = useState<Filter>('all')
  const list = useChairTopics(data.org._id, scope, filter === 'all' ? undefined : filter)
  return (
    <View>
      <View className='console-topics__add'>
        <ActionButton className='schedule-meeting-button' text='安排议事会' onClick={() => openPage(meetingNewUrl(data.org._id))} />
        <ActionButton className='meetings-button' variant='plain' text='议事会议（记录与存档）' onClick={() => openPage(meetingsUrl(data.org._id))} />
        <ActionButton className='topic-new-button' variant='plain' text='代群众提交议题' onClick={() => openPage(topicNewUrl(data.org._id))} />
      </View>
      <Section title='筛选'>
        <Choices className='topic-scope' options={SCOPES} selected={[scope]} onToggle={setScope} />
        <Choices className='topic-filter' options={FILTERS} selected={[filter]} onToggle={setFilter} />
      </Section>
      <Section title='议题' note={pagedNote(list, '项')}>
        <PagedList list={list} errorTitle='议题没有读到' emptyText='没有这类议题。'>
          {(topic) => (
            <ListRow
              key={topic._id}
              className='console-topic'
              title={topic.title}
              badge={TOPIC_STATE_LABEL[topic.state]}
              badgeTone={topic.state === 'submitted' || topic.state === 'pendingReview' ? 'warn' : 'muted'}
              lines={[`${topic.submitterName ?? ''} · ${beijingDate(topic.createdAt)} · ${topic.secondCount} 人附议`]}
              onOpen={() => openPage(chairTopicUrl(data.org._id, topic._id))}
            />
          )}
        </PagedList>
      </Section>
    </View>
  )
}

export default function ChairTopicsPage() {
  return (
    <ConsoleShell className='topics-console-page' chairOnly='只有主席可以处理议题'>
      {(data) => <TopicList data={data} />}
    </ConsoleShell>
  )
}
