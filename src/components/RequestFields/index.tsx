// The body of a help request as a form: category, what happened, what she needs,
// urgency, how it is safe to reach her, phone (optional), for whom, and how to call
// her. The woman's intake and a member filing on her behalf both use it.
import { Text, View } from '@tarojs/components'
import { CONTACT_CHANNELS, CONTACT_CHANNEL_LABEL, REQUEST_CATEGORIES, REQUEST_CATEGORY_LABEL, type ContactChannel } from '../../../types/requestModel'
import { errorAt, type FieldErrors } from '../../lib/fieldErrors'
import { type RequestValues, withChannel, withDoNotCall } from '../../lib/requestForm'
import { CheckBox } from '../CheckBox'
import { Choices } from '../Choices'
import { FormField } from '../FormField'
import { TextArea, TextInput } from '../TextInput'
import './index.css'

/** Fields the form shows next to their inputs (everything else goes under the button). */
export const REQUEST_FIELDS = ['category', 'description', 'needs', 'urgency', 'contact', 'phone', 'address', 'forWhom', 'name', 'ageBand'] as const

export interface RequestFieldsProps {
  values: RequestValues
  onChange: (values: RequestValues) => void
  errors: FieldErrors
  /** whose words the labels use: the woman herself, or a member writing for her */
  voice: 'self' | 'staff'
}

const URGENCY_OPTIONS = [
  { value: 'urgent' as const, label: '紧急', note: '需要尽快得到帮助' },
  { value: 'normal' as const, label: '一般', note: '可以约时间再谈' },
]
/** The woman says 为我自己; a member filing for her speaks of her (staff forms never say 我). */
const FOR_WHOM = {
  self: [
    { value: 'self' as const, label: '为我自己' },
    { value: 'other' as const, label: '替别人求助' },
  ],
  staff: [
    { value: 'self' as const, label: '她本人的事' },
    { value: 'other' as const, label: '她替别人求助' },
  ],
}

function ContactFields({ values, onChange, errors, voice }: RequestFieldsProps) {
  const her = voice === 'self' ? '您' : '她'
  return (
    <View>
      <FormField label={`怎样联系${her}比较安全`} name='contact.channel' required error={errorAt(errors, 'contact.channel')}>
        <Choices
          className='request-contact-channel'
          options={CONTACT_CHANNELS.map((value) => ({ value, label: CONTACT_CHANNEL_LABEL[value] }))}
          selected={values.contactChannel ? [values.contactChannel] : []}
          onToggle={(channel: ContactChannel) => onChange(withChannel(values, channel))}
        />
      </FormField>
      <CheckBox
        className='request-do-not-call'
        checked={values.doNotCall}
        onToggle={() => onChange(withDoNotCall(values, !values.doNotCall))}
        text={voice === 'self' ? '不要给我打电话' : '她要求不要打电话'}
      />
      <FormField label='什么时间联系方便' name='contact.safeTimes' hint='如：工作日上午；晚上 8 点以后不方便' error={errorAt(errors, 'contact.safeTimes')}>
        <TextInput className='request-safe-times-input' value={values.safeTimes} maxLength={60} onChange={(safeTimes) => onChange({ ...values, safeTimes })} />
      </FormField>
      <FormField
        label={voice === 'self' ? '手机号（可不填）' : '她的手机号（可不填）'}
        name='phone'
        hint={values.doNotCall ? '不会给这个号码打电话，只在需要时发短信' : '只有负责的工作人员能看到'}
        error={errorAt(errors, 'phone')}
      >
        <TextInput className='request-phone-input' type='tel' value={values.phone} maxLength={20} onChange={(phone) => onChange({ ...values, phone })} />
      </FormField>
      {values.contactChannel === 'visit' ? (
        <FormField label='上门的地址' name='address' hint='只有负责的工作人员能看到' error={errorAt(errors, 'address')}>
          <TextInput className='request-address-input' value={values.address} maxLength={100} onChange={(address) => onChange({ ...values, address })} />
        </FormField>
      ) : null}
    </View>
  )
}

export function RequestFields(props: RequestFieldsProps) {
  const { values, onChange, errors, voice } = props
  const set = <K extends keyof RequestValues>(field: K, value: RequestValues[K]) => onChange({ ...values, [field]: value })
  return (
    <View className='request-fields'>
      <FormField label='遇到了哪方面的困难' name='category' required error={errorAt(errors, 'category')}>
        <Choices
          className='request-category'
          options={REQUEST_CATEGORIES.map((value) => ({ value, label: REQUEST_CATEGORY_LABEL[value] }))}
          selected={values.category ? [values.category] : []}
          onToggle={(value) => set('category', value)}
        />
      </FormField>
      <FormField
        label='发生了什么'
        name='description'
        required
        hint={voice === 'self' ? '说您愿意说的，不必写真实姓名' : '按她的原话记录，不写与求助无关的细节'}
        error={errorAt(errors, 'description')}
      >
        <TextArea className='request-description-input' value={values.description} maxLength={2000} onChange={(text) => set('description', text)} />
      </FormField>
      <FormField label='希望得到什么帮助' name='needs' error={errorAt(errors, 'needs')}>
        <TextArea className='request-needs-input' value={values.needs} maxLength={1000} onChange={(text) => set('needs', text)} />
      </FormField>
      <FormField label='紧急程度' name='urgency' error={errorAt(errors, 'urgency')}>
        <Choices className='request-urgency' options={URGENCY_OPTIONS} selected={[values.urgency]} onToggle={(value) => set('urgency', value)} />
      </FormField>
      {values.urgency === 'urgent' ? (
        <Text className='request-fields__warn'>{voice === 'self' ? '如果现在就有危险，请先拨打 110。' : '如果她现在就有危险，请先拨打 110。'}</Text>
      ) : null}
      <ContactFields {...props} />
      <FormField label={voice === 'self' ? '这是为谁求助' : '是她本人的事，还是替别人求助'} name='forWhom' error={errorAt(errors, 'forWhom')}>
        <Choices className='request-for-whom' options={FOR_WHOM[voice]} selected={[values.forWhom]} onToggle={(value) => set('forWhom', value)} />
      </FormField>
      <FormField label={voice === 'self' ? '怎么称呼您（可不填）' : '怎么称呼她（可不填）'} name='name' hint='如：王女士' error={errorAt(errors, 'name')}>
        <TextInput className='request-name-input' value={values.name} maxLength={20} onChange={(text) => set('name', text)} />
      </FormField>
    </View>
  )
}
