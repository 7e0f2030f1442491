// Redeeming an invitation (staff/pages/redeem/index?code=…, also a QR code's scene):
// the signed-in person's identity is bound to her member record, and she lands in
// her federation's console.
import { useState } from 'react'
import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { asApiError, call } from '../../../api'
import { devOpenid, hasDevLogin } from '../../../api/devLogin'
import { Section } from '../../../components/Section'
import { usePageParams } from '../../../hooks/usePageParams'
import { readParam } from '../../../lib/params'
import { replacePage } from '../../../lib/routes'
import { consoleUrl } from '../../../lib/staffRoutes'
import { DevLoginPanel } from '../../../pages/me/components/DevLoginPanel'
import { FormField } from '../../components/FormField'
import { SaveBar } from '../../components/SaveBar'
import { TextInput } from '../../components/TextInput'
import './index.css'

const codeFrom = (params: Partial<Record<string, string>>): string => (readParam(params, 'code') || readParam(params, 'scene')).trim().toUpperCase()

export default function RedeemPage() {
  const params = usePageParams()
  const [code, setCode] = useState(() => codeFrom(params))
  const [signedIn, setSignedIn] = useState(() => !hasDevLogin() || devOpenid() !== null)
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState('')
  const redeem = async () => {
    if (busy) return
    setBusy(true)
    setError('')
    try {
      const bound = await call('org', 'redeemInvite', { code: code.trim().toUpperCase() })
      void Taro.showToast({ title: `欢迎您，${bound.name}`, icon: 'success' })
      replacePage(consoleUrl(bound.org.orgId))
    } catch (caught) {
      const apiError = asApiError(caught)
      setError(apiError.issues[0]?.message ?? apiError.message)
      if (apiError.code === 'UNAUTHENTICATED') setSignedIn(false)
    } finally {
      setBusy(false)
    }
  }
  return (
    <View className='page staff-page redeem-page'>
      <View className='redeem-intro'>
        <Text className='redeem-intro__title'>绑定执委身份</Text>
        <Text className='redeem-intro__note'>输入妇联主席发给您的 12 位邀请码。绑定后，您就能在「我的 · 工作台」维护自己的电话和照片。</Text>
      </View>
      {hasDevLogin() && !signedIn ? <DevLoginPanel current={null} onChange={(openid) => setSignedIn(openid !== null)} /> : null}
      <Section title='邀请码'>
        <FormField label='邀请码' name='code' hint='字母不区分大小写' error={error || undefined}>
          <TextInput className='redeem-code-input' value={code} maxLength={16} placeholder='如 ABCD2345EFGH' onChange={setCode} />
        </FormField>
      </Section>
      <SaveBar busy={busy} onSave={() => void redeem()} errors={{}} shownFields={[]} text='确认绑定' />
    </View>
  )
}
