// Whether she is signed in, as far as this phone knows, so that a form can say so before
// she types: in WeChat always (WeChat vouches for every call); in the local host's H5
// when a dev-login token is kept. Read again whenever the page shows (back from 我的
// after signing in). A token the host has since ended is still refused when she sends.
import { useState } from 'react'
import { useDidShow } from '@tarojs/taro'
import { devOpenid, hasDevLogin } from '../api/devLogin'

const signedInHere = (): boolean => !hasDevLogin() || devOpenid() !== null

export function useSignedIn(): boolean {
  const [signedIn, setSignedIn] = useState(signedInHere)
  useDidShow(() => setSignedIn(signedInHere()))
  return signedIn
}
