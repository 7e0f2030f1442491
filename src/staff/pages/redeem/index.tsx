// Redeeming an invitation (staff/pages/redeem/index?code=…, also a QR code's scene):
// the signed-in person's identity is bound to her member record, and she lands in
// her federation's console.
import { Text, View } from '@tarojs/components'
import { hasDevLogin } from '../../../api/devLogin'
import { DevLoginPanel } from '../../../components/DevLoginPanel'
import { FormField } from '../../../components/FormField'
import { SaveBar } from '../../../components/SaveBar'
import { Section } from '../../../components/Section'
import { TextInput } from '../../../components/TextInput'
import { useRedeem } from './useRedeem'
import './index.css'

export default function RedeemPage() {
  const { code, setCode, signedIn, setSignedIn, busy, error, redeem } = useRedeem()
  return (
    <View className='page staff-page redeem-page'>
      <View className='redeem-intro'>
        <Text className='redeem-intro__title'>绑定执委身份</Text>
        <Text className='redeem-intro__note'>输入妇联主席发给您的 12 位邀请码。绑定后，您就能在「我的 · 工作台」维护自己的电话和照片。</Text>
      </View>
      {hasDevLogin() && !signedIn ? <DevLoginPanel current={null} onChange={(openid) => setSignedIn(openid !== null)} /> : null}
      <Section title='邀请码'>
        <FormField label='邀请码' name='code' hint='字母不区分大小写' error={error}>
          <TextInput className='redeem-code-input' value={code} maxLength={16} placeholder='如 ABCD2345EFGH' onChange={setCode} />
        </FormField>
      </Section>
      <SaveBar busy={busy} onSave={() => void redeem()} errors={{}} shownFields={[]} text='确认绑定' />
    </View>
  )
}
