// 登记人选: 增补 or 替补 (替补 names the 执委 who left, whose seat she fills), the candidate, and
// how she was put forward. A refusal is shown at its field in the server's words; a retried
// save registers her once.
import { useState } from 'react'
import { View } from '@tarojs/components'
import { NOMINATION_KINDS, NOMINATION_KIND_LABEL, type NominationKind } from '../../../../../types/committee'
import { heldToDuty } from '../../../../../types/dutyCadence'
import { Choices } from '../../../../components/Choices'
import { FormField } from '../../../../components/FormField'
import { SaveBar } from '../../../../components/SaveBar'
import { Section } from '../../../../components/Section'
import { TextArea, TextInput } from '../../../../components/TextInput'
import { useSave } from '../../../../hooks/useSave'
import { errorAt } from '../../../../lib/fieldErrors'
import { nominationsUrl } from '../../../../lib/staffRoutes'
import type { ConsoleData } from '../../../lib/consoleStore'
import { goBackOr } from '../../../lib/navigation'
import { SupportFields, emptySupport, supportOf } from './SupportFields'

const FIELDS = ['kind', 'replacesMemberId', 'candidate', 'support'] as const

export function NominationForm({ data }: { data: ConsoleData }) {
  const orgId = data.org._id
  const [kind, setKind] = useState<NominationKind>('add')
  const [replaces, setReplaces] = useState<string | null>(null)
  const [candidate, setCandidate] = useState({ name: '', phone: '', intro: '' })
  const [support, setSupport] = useState(emptySupport)
  const save = useSave({ oneRecord: true })
  const left = data.members.filter((member) => member.status === 'left' && heldToDuty(member.post))
  const submit = async () => {
    const payload = {
      orgId,
      kind,
      replacesMemberId: kind === 'replace' ? replaces : null,
      candidate: { name: candidate.name, phone: candidate.phone.trim() || null, intro: candidate.intro },
      support: supportOf(support),
    }
    if (await save.run('org', 'nominate', payload, { done: '已登记' })) goBackOr(nominationsUrl(orgId))
  }
  return (
    <View className='nomination-form'>
      <Section title='增补还是替补'>
        <FormField label='类别' name='kind' required error={errorAt(save.errors, 'kind')}>
          <Choices className='nomination-kind' options={NOMINATION_KINDS.map((value) => ({ value, label: NOMINATION_KIND_LABEL[value] }))} selected={[kind]} onToggle={setKind} />
        </FormField>
        {kind === 'replace' ? (
          <FormField label='替补哪位离任的执委' name='replacesMemberId' required error={errorAt(save.errors, 'replacesMemberId')}>
            <Choices
              className='nomination-replaces'
              options={left.map((member) => ({ value: member._id, label: member.name }))}
              selected={replaces ? [replaces] : []}
              onToggle={setReplaces}
              emptyText='本会还没有离任的执委'
            />
          </FormField>
        ) : null}
      </Section>
      <Section title='候选人'>
        <FormField label='姓名' name='candidate.name' required error={errorAt(save.errors, 'candidate.name')}>
          <TextInput className='nomination-name-input' value={candidate.name} maxLength={20} onChange={(name) => setCandidate((c) => ({ ...c, name }))} />
        </FormField>
        <FormField label='电话' name='candidate.phone' hint='可不填' error={errorAt(save.errors, 'candidate.phone')}>
          <TextInput className='nomination-phone-input' type='tel' value={candidate.phone} maxLength={20} onChange={(phone) => setCandidate((c) => ({ ...c, phone }))} />
        </FormField>
        <FormField label='简介' name='candidate.intro' hint='可不填' error={errorAt(save.errors, 'candidate.intro')}>
          <TextArea className='nomination-intro-input' value={candidate.intro} maxLength={300} onChange={(intro) => setCandidate((c) => ({ ...c, intro }))} />
        </FormField>
      </Section>
      <Section title='推荐'>
        <SupportFields data={data} values={support} errors={save.errors} onChange={setSupport} />
      </Section>
      <SaveBar busy={save.busy} onSave={() => void submit()} errors={save.errors} shownFields={FIELDS} text='登记人选' />
    </View>
  )
}
