// The consent popup in the mini-program: what the next step needs and why, 同意 (the
// agreePrivacyAuthorization button WeChat requires), 不同意, and the full 指引. Shown
// only while WeChat holds a privacy-scoped call for this page (src/lib/privacyConsent.ts).
import { useEffect, useState } from 'react'
import Taro from '@tarojs/taro'
import { Button, Text, View } from '@tarojs/components'
import { AGREE_BUTTON_ID, answerConsent, type ConsentRequest, hostConsent, openPrivacyContract } from '../../lib/privacyConsent'
import type { PrivacyConsentProps } from './index'
import './index.css'

export type { PrivacyConsentProps }

export function PrivacyConsent(_props: PrivacyConsentProps) {
  const [request, setRequest] = useState<ConsentRequest | null>(null)
  useEffect(() => hostConsent(Taro.getCurrentInstance().router?.path ?? '', setRequest), [])
  if (!request) return null
  return (
    <View className='privacy-consent' catchMove>
      <View className='privacy-consent__sheet'>
        <Text className='privacy-consent__title'>{request.title}</Text>
        <Text className='privacy-consent__detail'>{request.detail}</Text>
        <Text className='privacy-consent__detail'>同意后，小程序才能按《隐私保护指引》使用这项功能；不同意也可以继续看其他内容。</Text>
        <Text className='privacy-consent__contract' onClick={openPrivacyContract}>
          查看完整的《隐私保护指引》
        </Text>
        <View className='privacy-consent__actions'>
          <Button className='privacy-consent__button privacy-consent__disagree' onClick={() => answerConsent(false)}>
            不同意
          </Button>
          <Button
            id={AGREE_BUTTON_ID}
            className='privacy-consent__button privacy-consent__agree'
            openType='agreePrivacyAuthorization'
            onAgreePrivacyAuthorization={() => answerConsent(true)}
          >
            同意
          </Button>
        </View>
      </View>
    </View>
  )
}
