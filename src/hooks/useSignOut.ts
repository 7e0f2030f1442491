// 退出登录 on the local host's H5 (WeChat has no sign-out: its identity is the phone's
// WeChat): the host ends her tokens in every browser, then this one forgets hers. The
// toast says it is done, or gives the reason it is not; a double tap sends once. Her
// half-written forms go with her, so the next person on the phone finds none of them.
import { useCallback, useRef, useState } from 'react'
import Taro from '@tarojs/taro'
import { asApiError } from '../api'
import { devLogout } from '../api/devLogin'
import { clearAllDrafts } from '../lib/drafts'

export function useSignOut(onSignedOut: () => void) {
  const [busy, setBusy] = useState(false)
  const sending = useRef(false)
  const signOut = useCallback(async () => {
    if (sending.current) return
    sending.current = true
    setBusy(true)
    try {
      await devLogout()
      clearAllDrafts()
      onSignedOut()
      void Taro.showToast({ title: '已退出登录', icon: 'success' })
    } catch (caught) {
      void Taro.showToast({ title: asApiError(caught).message, icon: 'none' })
    } finally {
      sending.current = false
      setBusy(false)
    }
  }, [onSignedOut])
  return { busy, signOut }
}
