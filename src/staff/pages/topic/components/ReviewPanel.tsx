// The chair's review of a new topic: 立项, 不予立项 with a reason the submitter sees,
// or 合并 into an existing topic (the submitter is told which).
import { useState } from 'react'
import { View } from '@tarojs/components'
import type { ChairTopicView } from '../../../../../types/topics'
import { ActionButton } from '../../../../components/ActionButton'
import { Choices } from '../../../../components/Choices'
import { FormField } from '../../../../components/FormField'
import { Section } from '../../../../components/Section'
import { TextArea } from '../../../../components/TextInput'
import type { UseSave } from '../../../../hooks/useSave'
import { errorAt } from '../../../../lib/fieldErrors'
import { useChairTopics } from '../../../hooks/useChairTopics'

export interface PanelProps {
  topic: ChairTopicView
  save: UseSave
  onDone: () => void
}

type Decision = { kind: 'accept' } | { kind: 'decline'; reason: string } | { kind: 'merge'; intoTopicId: string }

export function ReviewPanel({ topic, save, onDone }: PanelProps) {
  const [reason, setReason] = useState('')
  const [into, setInto] = useState('')
  const targets = useChairTopics(topic.orgId, 'own', 'accepted').items?.filter((other) => other._id !== topic._id) ?? []
  const review = async (decision: Decision, done: string) => {
    const saved = await save.run('topics', 'review', { topicId: topic._id, version: topic.version, decision }, { done })
    if (saved) onDone()
  }
  const canReview = topic.state === 'submitted' || topic.state === 'pendingReview'
  return (
    <Section title='审核' className='topic-actions topic-review'>
      {canReview ? <ActionButton className='accept-topic-button' text='立项' onClick={() => void review({ kind: 'accept' }, '已立项')} /> : null}
      {canReview ? (
        <View>
          <FormField label='不予立项的理由（提出人能看到）' name='decision.reason' error={errorAt(save.errors, 'decision.reason')}>
            <TextArea className='decline-reason-input' value={reason} maxLength={200} onChange={setReason} />
          </FormField>
          <ActionButton className='decline-topic-button' variant='plain' text='不予立项' onClick={() => void review({ kind: 'decline', reason }, '已处理')} />
        </View>
      ) : null}
      <FormField label='合并到已立项的议题' name='decision.intoTopicId' error={errorAt(save.errors, 'decision.intoTopicId')}>
        <Choices
          className='merge-target'
          options={targets.map((other) => ({ value: other._id, label: other.title }))}
          selected={[into]}
          onToggle={setInto}
          emptyText='没有可合并的已立项议题'
        />
      </FormField>
      {into ? <ActionButton className='merge-topic-button' variant='plain' text='合并' onClick={() => void review({ kind: 'merge', intoTopicId: into }, '已合并')} /> : null}
    </Section>
  )
}
