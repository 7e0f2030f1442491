// Local host only: pick who to be — one of the demo identities or any openid — since
// the browser has no WeChat identity. Hidden in the mini-program.
import { useCallback, useState } from 'react'
import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { asApiError } from '../../api'
import { DEMO_IDENTITIES, devLogin } from '../../api/devLogin'
import { useSignOut } from '../../hooks/useSignOut'
import { ActionButton } from '../ActionButton'
import './index.css'

export interface DevLoginPanelProps {
  current: string | null
  onChange: (openid: string | null) => void
}

export function DevLoginPanel({ current, onChange }: DevLoginPanelProps) {
  const [openid, setOpenid] = useState('')
  const [error, setError] = useState('')
  const { signOut } = useSignOut(useCallback(() => onChange(null), [onChange]))
  const login = async (who: string) => {
    setError('')
    try {
      onChange(await devLogin(who.trim()))
      void Taro.showToast({ title: '已登录', icon: 'success' })
    } catch (caught) {
      const apiError = asApiError(caught)
      setError(apiError.issues[0]?.message ?? apiError.message)
    }
  }
  return (
    <View className='dev-login'>
      <Text className='dev-login__title'>本地演示登录</Text>
      <Text className='dev-login__note'>浏览器里没有微信身份，请选择以谁的身份使用。正式小程序里会自动识别。</Text>
      <View className='dev-login__current'>
        <Text className='dev-login-current'>{current ? `当前身份：${current}` : '当前未登录'}</Text>
        {current ? (
          <Text className='dev-login__logout' onClick={() => void signOut()}>
            退出登录
          </Text>
        ) : null}
      </View>
      <View className='dev-login__options'>
        {DEMO_IDENTITIES.map((identity) => (
          <View
            key={identity.openid}
            className={`dev-login-option${identity.openid === current ? ' dev-login-option--current' : ''}`}
            hoverClass='dev-login-option--pressed'
            onClick={() => void login(identity.openid)}
          >
            <Text className='dev-login-option__label'>{identity.label}</Text>
            <Text className='dev-login-option__openid'>{identity.openid}</Text>
          </View>
        ))}
      </View>
      <View className='dev-login__free'>
        <input className='dev-login-input' value={openid} placeholder='或输入任意 openid，如 new-member-1' maxLength={64} onChange={(event) => setOpenid(event.target.value)} />
        <ActionButton className='dev-login-submit' variant='plain' text='登录' onClick={() => void login(openid)} />
      </View>
      {error ? <Text className='dev-login__error'>{error}</Text> : null}
    </View>
  )
}
