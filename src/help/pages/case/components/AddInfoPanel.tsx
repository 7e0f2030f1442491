// 补充情况: she adds to her open case; the staff see it on the case at once.
import { useState } from 'react'
import { ActionButton } from '../../../../components/ActionButton'
import { FormField } from '../../../../components/FormField'
import { Section } from '../../../../components/Section'
import { TextArea } from '../../../../components/TextInput'
import { errorAt } from '../../../../lib/fieldErrors'
import type { MyCase } from '../../../hooks/useMyCase'

export function AddInfoPanel({ myCase }: { myCase: MyCase }) {
  const [text, setText] = useState('')
  const send = async () => {
    if (await myCase.act({ kind: 'addInfo', text }, '已补充')) setText('')
  }
  return (
    <Section title='补充情况' className='case-add-info'>
      <FormField label='想补充的情况' name='step.text' error={errorAt(myCase.errors, 'step.text')}>
        <TextArea className='add-info-input' value={text} maxLength={1000} onChange={setText} />
      </FormField>
      <ActionButton className='add-info-button' text={myCase.busy ? '正在提交…' : '提交补充'} onClick={() => void send()} />
    </Section>
  )
}
