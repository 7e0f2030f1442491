// The local host's dev-login token (H5 only). WeChat supplies identity itself, so
// the mini-program never stores one.
import Taro from '@tarojs/taro'

export const TOKEN_KEY = 'liangpai.token'

export function getToken(): string | null {
  const token: unknown = Taro.getStorageSync(TOKEN_KEY)
  return typeof token === 'string' && token !== '' ? token : null
}

export function setToken(token: string | null): void {
  if (token) Taro.setStorageSync(TOKEN_KEY, token)
  else Taro.removeStorageSync(TOKEN_KEY)
}
