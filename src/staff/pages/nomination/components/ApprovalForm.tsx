// 党组织批准 (第十四条 "经同级党组织批准同意后…召开妇联执委会全体会议表决通过"): who approved, on
// which day, and the 批复文号 or a photo of the reply. Nothing is voted on before it.
import { useState } from 'react'
import { View } from '@tarojs/components'
import type { NominationDoc } from '../../../../../types/committee'
import { FormField } from '../../../../components/FormField'
import { SaveBar } from '../../../../components/SaveBar'
import { Section } from '../../../../components/Section'
import { TextInput } from '../../../../components/TextInput'
import { useSave } from '../../../../hooks/useSave'
import { beijingToday } from '../../../../lib/dates'
import { errorAt } from '../../../../lib/fieldErrors'
import { ConflictNotice } from '../../../components/ConflictNotice'
import { DateInput } from '../../../components/DateInput'
import { DocumentPhotoField } from '../../../components/DocumentPhoto'

const FIELDS = ['approval'] as const

export function ApprovalForm({ orgId, nomination, onSaved }: { orgId: string; nomination: NominationDoc; onSaved: () => void }) {
  const [by, setBy] = useState(nomination.support.route === 'organisation' ? nomination.support.partyOrg : '')
  const [on, setOn] = useState(beijingToday())
  const [documentNo, setDocumentNo] = useState('')
  const [photo, setPhoto] = useState<string | null>(null)
  const save = useSave({ keepConflict: true })
  const submit = async () => {
    const payload = { nominationId: nomination._id, version: nomination.version, approval: { by, on, documentNo, photo } }
    if (await save.run('org', 'approveNomination', payload, { done: '已登记' })) onSaved()
  }
  return (
    <Section title='党组织批准' className='nomination-approval'>
      <View>
        <FormField label='批准的党组织' name='approval.by' required error={errorAt(save.errors, 'approval.by')}>
          <TextInput className='approval-by-input' value={by} maxLength={40} onChange={setBy} />
        </FormField>
        <FormField label='批准日期' name='approval.on' required error={errorAt(save.errors, 'approval.on')}>
          <DateInput className='approval-date-input' value={on} onChange={(value) => setOn(value ?? '')} />
        </FormField>
        <FormField label='批复文号' name='approval.documentNo' hint='没有文号就拍照上传批复' error={errorAt(save.errors, 'approval.documentNo')}>
          <TextInput className='approval-number-input' value={documentNo} maxLength={40} onChange={setDocumentNo} />
        </FormField>
        <FormField label='批复照片' name='approval.photo' error={errorAt(save.errors, 'approval.photo')}>
          <DocumentPhotoField orgId={orgId} value={photo} onChange={setPhoto} actionText='拍照上传批复' label='批复照片' />
        </FormField>
        {save.conflict ? <ConflictNotice reason={save.conflict} onReload={onSaved} /> : null}
        <SaveBar busy={save.busy} onSave={() => void submit()} errors={save.errors} shownFields={FIELDS} text='登记党组织批准' />
      </View>
    </Section>
  )
}
