// 初审 of a 个人自荐 (第十五条 "经本级妇联组织初审，报同级党组织审议通过后，提交妇联执委会表决"):
// 通过 sends it on to the 党组织, 不通过 stops it there with the reason kept.
import { useState } from 'react'
import { View } from '@tarojs/components'
import type { NominationDoc } from '../../../../../types/committee'
import { Choices } from '../../../../components/Choices'
import { FormField } from '../../../../components/FormField'
import { SaveBar } from '../../../../components/SaveBar'
import { Section } from '../../../../components/Section'
import { TextArea } from '../../../../components/TextInput'
import { useSave } from '../../../../hooks/useSave'
import { errorAt } from '../../../../lib/fieldErrors'
import { ConflictNotice } from '../../../components/ConflictNotice'

const OPTIONS = [
  { value: 'yes', label: '通过' },
  { value: 'no', label: '不通过' },
] as const

export function ReviewForm({ nomination, onSaved }: { nomination: NominationDoc; onSaved: () => void }) {
  const [passed, setPassed] = useState<'yes' | 'no' | null>(null)
  const [note, setNote] = useState('')
  const save = useSave({ keepConflict: true })
  const submit = async () => {
    const missing = passed === null ? { passed: '请选择通过或不通过' } : undefined
    const payload = { nominationId: nomination._id, version: nomination.version, passed: passed === 'yes', note }
    if (await save.run('org', 'reviewNomination', payload, { done: '已初审', missing })) onSaved()
  }
  return (
    <Section title='初审' className='nomination-review'>
      <View>
        <FormField label='初审结果' name='passed' required error={errorAt(save.errors, 'passed')}>
          <Choices className='review-choice' options={[...OPTIONS]} selected={passed ? [passed] : []} onToggle={setPassed} />
        </FormField>
        <FormField label='初审意见' name='note' hint='不通过时请写明原因' error={errorAt(save.errors, 'note')}>
          <TextArea className='review-note-input' value={note} maxLength={200} onChange={setNote} />
        </FormField>
        {save.conflict ? <ConflictNotice reason={save.conflict} onReload={onSaved} /> : null}
        <SaveBar busy={save.busy} onSave={() => void submit()} errors={save.errors} shownFields={['passed', 'note']} text='保存初审' />
      </View>
    </Section>
  )
}
