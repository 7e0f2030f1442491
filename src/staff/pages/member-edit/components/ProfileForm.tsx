// A member keeps her own card current: phone (and which number the board shows — her
// own, an office one, or none), photo and specialty (org.updateMyProfile).
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
import { PHONE_FIELDS, PhoneChoice, type PhoneValues } from '../../../components/PhoneChoice'
import { useConsoleSave } from '../../../hooks/useConsoleSave'

export interface ProfileFormProps {
  orgId: string
  member: ConsoleMember
  onReload: () => void
}

const PROFILE_FIELDS = [...PHONE_FIELDS, 'photoUrl', 'specialty'] as const
const orNull = (text: string): string | null => (text.trim() === '' ? null : text.trim())

export function ProfileForm({ orgId, member, onReload }: ProfileFormProps) {
  const [phones, setPhones] = useState<PhoneValues>({ phone: member.phone ?? '', officePhone: member.officePhone ?? '', phoneShown: member.phoneShown ?? 'personal' })
  const [photoUrl, setPhotoUrl] = useState(member.photoUrl)
  const [specialty, setSpecialty] = useState(member.specialty)
  const save = useConsoleSave(orgId, { keepConflict: true })
  const submit = () =>
    save.run('org', 'updateMyProfile', {
      memberId: member._id,
      version: member.version,
      fields: { phone: orNull(phones.phone), officePhone: orNull(phones.officePhone), phoneShown: phones.phoneShown, photoUrl, specialty },
    })
  return (
    <View className='profile-form'>
      <Section title={`${member.name}的资料`} note='照片和特长公示在亮牌上，电话由您决定公开哪个'>
        <PhoneChoice values={phones} onChange={(change) => setPhones((current) => ({ ...current, ...change }))} errors={save.errors} whose='您' />
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
