// Her phone and which number the board shows (亮执委身份 asks for 联系方式, not for her own
// mobile): her own, an office number instead, or none. The chair's member form and the
// member's own profile use the same fields and the same words.
import { Text } from '@tarojs/components'
import { PHONE_SHOWN, PHONE_SHOWN_LABEL, type PhoneShown } from '../../../../types/enums'
import { Choices } from '../../../components/Choices'
import { FormField } from '../../../components/FormField'
import { TextInput } from '../../../components/TextInput'
import { errorAt, type FieldErrors } from '../../../lib/fieldErrors'

export interface PhoneValues {
  phone: string
  officePhone: string
  phoneShown: PhoneShown
}

export interface PhoneChoiceProps {
  values: PhoneValues
  onChange: (change: Partial<PhoneValues>) => void
  errors: FieldErrors
  /** whose phone the words speak of: 您 on her own profile, 她 on the chair's form */
  whose: '您' | '她'
}

export const PHONE_FIELDS = ['phone', 'officePhone', 'phoneShown'] as const

const SHOWN_NOTE: Record<PhoneShown, string> = {
  personal: '群众可以直接打这个号码',
  office: '本人电话不公开',
  none: '群众请妇联主席转达',
}

function shownText(values: PhoneValues): string {
  if (values.phoneShown === 'office') return values.officePhone.trim() ? `亮牌上显示办公电话 ${values.officePhone.trim()}。` : '请在下面填写办公电话。'
  if (values.phoneShown === 'none') return '亮牌上不显示电话，群众可以请妇联主席转达。'
  return values.phone.trim() ? `亮牌上显示 ${values.phone.trim()}。` : '还没有填写电话，亮牌上不显示号码。'
}

export function PhoneChoice({ values, onChange, errors, whose }: PhoneChoiceProps) {
  return (
    <>
      <FormField label={`${whose}的电话`} name='phone' hint='手机号或座机号；妇联工作人员都能看到' error={errorAt(errors, 'phone')}>
        <TextInput className='member-phone-input' type='tel' value={values.phone} maxLength={20} placeholder='如 13812345678' onChange={(phone) => onChange({ phone })} />
      </FormField>
      <FormField label='亮牌上公开哪个电话' name='phoneShown' error={errorAt(errors, 'phoneShown')}>
        <Choices
          className='phone-shown-choices'
          options={PHONE_SHOWN.map((value) => ({ value, label: PHONE_SHOWN_LABEL[value], note: SHOWN_NOTE[value] }))}
          selected={[values.phoneShown]}
          onToggle={(phoneShown) => onChange({ phoneShown })}
        />
      </FormField>
      {values.phoneShown === 'office' ? (
        <FormField label='办公电话' name='officePhone' required hint='如妇女之家或村（社区）办公室的座机' error={errorAt(errors, 'officePhone')}>
          <TextInput
            className='member-office-phone-input'
            type='tel'
            value={values.officePhone}
            maxLength={20}
            placeholder='如 023-12345678'
            onChange={(officePhone) => onChange({ officePhone })}
          />
        </FormField>
      ) : null}
      <Text className='page-note phone-shown-note'>{shownText(values)}</Text>
    </>
  )
}
