// What a topic says and what became of it: the problem, the proposal, the state in
// plain words, the meeting's decision (一事一记) and the outcome. Residents and the
// chair read the same facts; a notice about the topic is set apart the same way.
import { Image, Text, View } from '@tarojs/components'
import type { ChairTopicView, TopicView } from '../../../types/topics'
import { MEETING_FORM_LABEL, TOPIC_ESCALATION_TARGET_LABEL, TOPIC_CATEGORY_LABEL, TOPIC_CHANNEL_LABEL, TOPIC_STATE_LABEL } from '../../../types/topicModel'
import { viewPhoto } from '../../lib/photos'
import { STATE_WORDS } from '../../lib/topicWords'
import { Section } from '../Section'
import './index.css'

function Fact({ label, text, name }: { label: string; text: string; name: string }) {
  if (!text) return null
  return (
    <View className={`topic-facts__item topic-facts__item--${name}`}>
      <Text className='topic-facts__label'>{label}</Text>
      <Text className='topic-facts__text'>{text}</Text>
    </View>
  )
}

function Decision({ topic }: { topic: TopicView }) {
  const record = topic.record
  if (!record) return null
  const owner = `${record.owner}${record.dueDate ? `，${record.dueDate} 前完成` : ''}`
  return (
    <Section title='议定事项' className='topic-decision'>
      <Fact name='meetingForm' label='议事形式' text={topic.meetingForm ? MEETING_FORM_LABEL[topic.meetingForm] : ''} />
      <Fact name='decision' label='议定' text={record.decision} />
      <Fact name='discussion' label='议事情况' text={record.discussion} />
      <Fact name='owner' label='落实责任人' text={owner} />
    </Section>
  )
}

function Outcome({ topic }: { topic: TopicView }) {
  const { outcome } = topic
  const escalated = outcome.escalatedTo.length ? `已上报${outcome.escalatedTo.map((t) => TOPIC_ESCALATION_TARGET_LABEL[t]).join('和')}：${outcome.escalationNote}` : ''
  if (!outcome.feedback && !escalated && !outcome.result && !outcome.notCarriedReason && !topic.declineReason) return null
  return (
    <Section title='结果' className='topic-outcome'>
      <Fact name='declineReason' label='未立项的理由' text={topic.declineReason} />
      <Fact name='feedback' label='反馈' text={outcome.feedback} />
      <Fact name='escalation' label='上报' text={escalated} />
      <Fact name='result' label='落实结果' text={outcome.result} />
      <Fact name='notCarriedReason' label='未落实的原因' text={outcome.notCarriedReason} />
      {outcome.photos.length ? (
        <View className='board-topic__photos'>
          {outcome.photos.map((url) => (
            <Image key={url} className='board-topic__photo' src={url} mode='aspectFill' onClick={() => viewPhoto(url, outcome.photos)} />
          ))}
        </View>
      ) : null}
    </Section>
  )
}

export interface TopicFactsProps {
  topic: TopicView | ChairTopicView
}

export function TopicFacts({ topic }: TopicFactsProps) {
  const onBehalfOf = 'onBehalfOf' in topic ? topic.onBehalfOf : ''
  const hidden = topic.anonymous ? '（对外不公开姓名）' : ''
  const by = topic.submitterName ? `${topic.submitterName} 提出${hidden}` : '提出人不公开姓名'
  return (
    <View className='topic-facts'>
      <Section title={topic.title} note={TOPIC_STATE_LABEL[topic.state]} className='topic-main'>
        <Text className='topic-state-words'>{STATE_WORDS[topic.state]}</Text>
        <Fact name='problem' label='问题' text={topic.problem} />
        <Fact name='proposal' label='建议' text={topic.proposal} />
        <Fact name='meta' label='类别 · 来源' text={`${TOPIC_CATEGORY_LABEL[topic.category]} · ${TOPIC_CHANNEL_LABEL[topic.channel]} · ${by}`} />
        <Fact name='onBehalfOf' label='代为提交（仅主席可见）' text={onBehalfOf} />
      </Section>
      <Decision topic={topic} />
      <Outcome topic={topic} />
    </View>
  )
}

export interface TopicNoticeProps {
  text: string
  className?: string
}

/** A line set apart above or below a topic: it is not public yet, or why it was not sent. */
export function TopicNotice({ text, className }: TopicNoticeProps) {
  return <Text className={className ? `topic-notice ${className}` : 'topic-notice'}>{text}</Text>
}
