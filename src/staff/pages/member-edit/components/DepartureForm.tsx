// 离任: a member leaves with its reason (增替补及退出制度 第十一–十三条) and date. She
// leaves the public board; her record and its history are kept. 组织劝退 and 资格终止 carry the
// 党组织's approval (第十四条、第十七条): who, when, and the reply's document number or its photo
// (a private 材料照片: only the chairs see it).
import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import type { ConsoleMember } from '../../../../../types/org'
import { DEPARTURE_REASONS, DEPARTURE_REASON_LABEL, type DepartureReason } from '../../../../../types/staff'
import { ActionButton } from '../../../../components/ActionButton'
import { Choices } from '../../../../components/Choices'
import { FormField } from '../../../../components/FormField'
import { Section } from '../../../../components/Section'
import { TextInput } from '../../../../components/TextInput'
import { confirmAction } from '../../../../lib/confirm'
import { beijingToday } from '../../../../lib/dates'
import { errorAt } from '../../../../lib/fieldErrors'
import { membersUrl } from '../../../../lib/staffRoutes'
import { ConflictNotice } from '../../../components/ConflictNotice'
import { DateInput } from '../../../components/DateInput'
import { DocumentPhotoField } from '../../../components/DocumentPhoto'
import { useConsoleSave } from '../../../hooks/useConsoleSave'
import { goBackOr } from '../../../lib/navigation'
import './DepartureForm.css'

export interface DepartureFormProps {
  orgId: string
  member: ConsoleMember
  onReload: () => void
}

export function DepartureForm({ orgId, member, onReload }: DepartureFormProps) {
  const [open, setOpen] = useState(false)
  const [reason, setReason] = useState<DepartureReason>('resigned')
  const [leftOn, setLeftOn] = useState<string | null>(beijingToday)
  const [note, setNote] = useState('')
  const [approvedBy, setApprovedBy] = useState('')
  const [approvedOn, setApprovedOn] = useState<string | null>(beijingToday)
  const [documentNo, setDocumentNo] = useState('')
  const [photo, setPhoto] = useState<string | null>(null)
  const needsApproval = reason === 'persuaded' || reason === 'terminated'
  const save = useConsoleSave(orgId, { keepConflict: true })
  const submit = async () => {
    const sure = await confirmAction('确认离任', `${member.name} 将从公开亮牌上撤下，离任记录会保留。确定吗？`, '确认离任')
    if (!sure) return
    const approval = needsApproval ? { by: approvedBy, on: approvedOn ?? '', documentNo, photo } : null
    const saved = await save.run('org', 'recordDeparture', { memberId: member._id, version: member.version, reason, leftOn: leftOn ?? '', note, approval }, { done: '已记录离任' })
    if (saved) goBackOr(membersUrl(orgId))
  }
  if (!open) {
    return (
      <View className='departure-entry'>
        <Text className='departure-entry__link' onClick={() => setOpen(true)}>
          记录离任…
        </Text>
      </View>
    )
  }
  return (
    <Section title='记录离任' className='departure-form'>
      <FormField label='离任原因' name='reason' error={errorAt(save.errors, 'reason')}>
        <Choices options={DEPARTURE_REASONS.map((value) => ({ value, label: DEPARTURE_REASON_LABEL[value] }))} selected={[reason]} onToggle={setReason} />
      </FormField>
      <FormField label='离任日期' name='leftOn' error={errorAt(save.errors, 'leftOn')}>
        <DateInput value={leftOn} onChange={setLeftOn} />
      </FormField>
      {needsApproval ? (
        <View className='departure-form__approval'>
          <Text className='page-note'>
            {DEPARTURE_REASON_LABEL[reason]}要先经同级党组织批准（《重庆市基层妇联执委增替补及退出制度》第十四条：“经同级党组织批准同意后”），并在执委会上通报。
          </Text>
          <FormField label='批准的党组织' name='approval.by' error={errorAt(save.errors, 'approval.by') ?? errorAt(save.errors, 'approval')}>
            <TextInput value={approvedBy} maxLength={40} placeholder='例如：幸福社区党委' onChange={setApprovedBy} />
          </FormField>
          <FormField label='批准日期' name='approval.on' error={errorAt(save.errors, 'approval.on')}>
            <DateInput value={approvedOn} onChange={setApprovedOn} />
          </FormField>
          <FormField label='批复文号' name='approval.documentNo' error={errorAt(save.errors, 'approval.documentNo')}>
            <TextInput value={documentNo} maxLength={40} placeholder='例如：幸党〔2026〕12号' onChange={setDocumentNo} />
          </FormField>
          <FormField label='批复照片' name='approval.photo' hint='没有文号就拍照上传批复' error={errorAt(save.errors, 'approval.photo')}>
            <DocumentPhotoField orgId={orgId} value={photo} onChange={setPhoto} actionText='拍照上传批复' label='批复照片' />
          </FormField>
        </View>
      ) : null}
      <FormField label='说明（可不填）' name='note' error={errorAt(save.errors, 'note')}>
        <TextInput value={note} maxLength={200} onChange={setNote} />
      </FormField>
      {save.conflict ? <ConflictNotice reason={save.conflict} onReload={onReload} /> : null}
      <ActionButton className='departure-submit' text={save.busy ? '正在保存…' : '确认离任'} onClick={() => void submit()} />
      <Text className='departure-form__cancel' onClick={() => setOpen(false)}>
        取消
      </Text>
    </Section>
  )
}
