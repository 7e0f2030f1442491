// A member keeps her own card current: phone, photo and specialty (org.updateMyProfile).
import { useState } from 'react'
import { View } from '@tarojs/components'
import type { ConsoleMember } from '../../../../../types/org'
import { FormField } from '../../../../components/FormField'
import { SaveBar } from '../../../../components/SaveBar'
import { Section } from '../../../../components/Section'
import { TextInput } from '../../../../components/TextInput'
import { errorAt } from '../../../../lib/fieldErrors'
import { ConflictNotice } from '../../../components/ConflictNotice'
import { ImageField } from '../../../components/ImageField'
import { useConsoleSave } from '../../../hooks/useConsoleSave'

export interface ProfileFormProps {
  orgId: string
  member: ConsoleMember
  onReload: () => void
}

const PROFILE_FIELDS = ['phone', 'photoUrl', 'specialty'] as const

export function ProfileForm({ orgId, member, onReload }: ProfileFormProps) {
  const [phone, setPhone] = useState(member.phone ?? '')
  const [photoUrl, setPhotoUrl] = useState(member.photoUrl)
  const [specialty, setSpecialty] = useState(member.specialty)
  const save = useConsoleSave(orgId, { keepConflict: true })
  const submit = () =>
    save.run('org', 'updateMyProfile', {
      memberId: member._id,
      version: member.version,
      fields: { phone: phone.trim() === '' ? null : phone.trim(), photoUrl, specialty },
    })
  return (
    <View className='profile-form'>
      <Section title={`${member.name}的资料`} note='公示在亮牌上'>
        <FormField label='电话' name='phone' error={errorAt(save.errors, 'phone')}>
          <TextInput className='member-phone-input' type='tel' value={phone} maxLength={20} onChange={setPhone} />
        </FormField>
        <FormField label='照片' name='photoUrl' error={errorAt(save.errors, 'photoUrl')}>
          <ImageField orgId={orgId} purpose='photo' value={photoUrl} onChange={setPhotoUrl} actionText='上传照片' />
        </FormField>
        <FormField label='特长' name='specialty' error={errorAt(save.errors, 'specialty')}>
          <TextInput value={specialty} maxLength={40} onChange={setSpecialty} />
        </FormField>
      </Section>
      {save.conflict ? <ConflictNotice reason={save.conflict} onReload={onReload} /> : null}
      <SaveBar busy={save.busy} onSave={() => void submit()} errors={save.errors} shownFields={PROFILE_FIELDS} />
    </View>
  )
}
