// Moving a decided topic on (附件4 六、七): publish feedback to the women, escalate it (to
// the 上级妇联 and the 村(社区)两委, each that this body has, both chosen at first),
// start carrying it out, mark it done with the result and photos, or not carried out
// with the reason. Only the steps the lifecycle allows from its state are offered.
import { useState } from 'react'
import { TOPIC_TRANSITIONS, TOPIC_ESCALATION_TARGET_LABEL, TOPIC_STEP_LABEL, type TopicEscalationTarget } from '../../../../../types/topicModel'
import type { ActionInput } from '../../../../../types/contracts'
import { ActionButton } from '../../../../components/ActionButton'
import { Choices } from '../../../../components/Choices'
import { FormField } from '../../../../components/FormField'
import { Section } from '../../../../components/Section'
import { TextArea } from '../../../../components/TextInput'
import { errorAt } from '../../../../lib/fieldErrors'
import { ImageListField } from '../../../components/ImageField'
import { useEscalationTargets } from '../../../hooks/useEscalationTargets'
import type { PanelProps } from './ReviewPanel'

type Step = ActionInput<'topics', 'advance'>['step']
type Kind = Step['kind']
type Target = TopicEscalationTarget
const KINDS: Kind[] = ['publishFeedback', 'escalate', 'start', 'complete', 'notCarriedOut']
const TEXT_LABEL: Partial<Record<Kind, string>> = { publishFeedback: '反馈内容', escalate: '上报说明', complete: '落实结果', notCarriedOut: '未落实的原因' }
const TEXT_FIELD: Partial<Record<Kind, string>> = { publishFeedback: 'step.feedback', escalate: 'step.note', complete: 'step.result', notCarriedOut: 'step.reason' }

function stepOf(kind: Kind, text: string, to: Target[], photos: string[]): Step {
  if (kind === 'publishFeedback') return { kind, feedback: text }
  if (kind === 'escalate') return { kind, to, note: text }
  if (kind === 'complete') return { kind, result: text, photos }
  if (kind === 'notCarriedOut') return { kind, reason: text }
  return { kind }
}

export function AdvancePanel({ topic, save, onDone }: PanelProps) {
  const allowed = KINDS.filter((kind) => TOPIC_TRANSITIONS[topic.state][kind])
  const [kind, setKind] = useState<Kind | ''>(allowed[0] ?? '')
  const [text, setText] = useState('')
  const possible = useEscalationTargets(topic.orgId)
  const [picked, setPicked] = useState<Target[] | null>(null)
  const to = picked ?? possible ?? []
  const toggle = (target: Target) => setPicked(to.includes(target) ? to.filter((t) => t !== target) : [...to, target])
  const [photos, setPhotos] = useState<string[]>([])
  if (allowed.length === 0 || !kind) return null
  const advance = async () => {
    const step = stepOf(kind, text, to, photos)
    const saved = await save.run('topics', 'advance', { topicId: topic._id, version: topic.version, step })
    if (saved) onDone()
  }
  return (
    <Section title='下一步' className='topic-actions topic-advance'>
      <Choices className='advance-kind' options={allowed.map((value) => ({ value, label: TOPIC_STEP_LABEL[value] }))} selected={[kind]} onToggle={setKind} />
      {kind === 'escalate' ? (
        <FormField label='上报给' name='step.to' hint='议事制度：向上级妇联和村(社区)两委上报' error={errorAt(save.errors, 'step.to')}>
          <Choices
            className='escalate-target'
            options={(possible ?? []).map((value) => ({ value, label: TOPIC_ESCALATION_TARGET_LABEL[value] }))}
            selected={to}
            onToggle={toggle}
          />
        </FormField>
      ) : null}
      {TEXT_LABEL[kind] ? (
        <FormField label={TEXT_LABEL[kind] ?? ''} name={TEXT_FIELD[kind] ?? 'step'} error={errorAt(save.errors, TEXT_FIELD[kind] ?? 'step')}>
          <TextArea className='advance-text-input' value={text} onChange={setText} />
        </FormField>
      ) : null}
      {kind === 'complete' ? (
        <FormField label='照片（最多 9 张）' name='step.photos' error={errorAt(save.errors, 'step.photos')}>
          <ImageListField orgId={topic.orgId} value={photos} onChange={setPhotos} />
        </FormField>
      ) : null}
      <ActionButton className='advance-topic-button' text={TOPIC_STEP_LABEL[kind]} onClick={() => void advance()} />
    </Section>
  )
}
