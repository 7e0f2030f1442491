// The local host's dev login (H5 only): it stands in for WeChat identity, so a chair,
// a member or a resident can be played in a browser; and 退出登录, which ends her tokens
// on the host too (in every browser), not only here. The mini-program never uses it.
import Taro from '@tarojs/taro'
import { devLoginOutput, devLogoutOutput } from '../../types/dev'
import { ApiError, networkError, unwrapReply } from './errors'
import { getToken, setToken } from './token'

const OPENID_KEY = 'liangpai.devOpenid'

/** The demo identities the local host loads, for the login panel. */
export const DEMO_IDENTITIES: readonly { openid: string; label: string }[] = [
  { openid: 'demo-chair', label: '社区妇联主席' },
  { openid: 'demo-member', label: '社区妇联执委' },
  { openid: 'demo-street-chair', label: '街道妇联主席' },
  { openid: 'demo-resident', label: '居民（未绑定）' },
]

/** Dev login exists only where the local host serves the app. */
export const hasDevLogin = (): boolean => process.env.TARO_ENV === 'h5'

async function postDev(pathname: '/api/dev/login' | '/api/dev/logout', body: object, token: string | null = null): Promise<Response> {
  const headers: Record<string, string> = { 'Content-Type': 'application/json' }
  if (token) headers.Authorization = `Bearer ${token}`
  try {
    return await fetch(pathname, { method: 'POST', headers, body: JSON.stringify(body) })
  } catch {
    throw networkError()
  }
}

/** Signs in as `openid`; the token goes with every later call. */
export async function devLogin(openid: string): Promise<string> {
  const response = await postDev('/api/dev/login', { openid })
  const body: unknown = await response.json().catch(() => null)
  if (!response.ok) unwrapReply(body)
  const parsed = devLoginOutput.safeParse(body)
  if (!parsed.success) throw new ApiError('INTERNAL', '登录失败，请稍后重试')
  setToken(parsed.data.token)
  Taro.setStorageSync(OPENID_KEY, parsed.data.openid)
  return parsed.data.openid
}

/** Who the H5 app is signed in as, or null. */
export function devOpenid(): string | null {
  if (!getToken()) return null
  const openid: unknown = Taro.getStorageSync(OPENID_KEY)
  return typeof openid === 'string' && openid !== '' ? openid : null
}

function forgetIdentity(): void {
  setToken(null)
  Taro.removeStorageSync(OPENID_KEY)
}

/**
 * 退出登录: the host ends every token of her openid, then this browser forgets hers. A
 * token the host had already ended (UNAUTHENTICATED) is signed out all the same; any
 * other failure throws, and she stays signed in here so that she can try again.
 */
export async function devLogout(): Promise<void> {
  const token = getToken()
  if (!token) return forgetIdentity()
  const response = await postDev('/api/dev/logout', {}, token)
  const body: unknown = await response.json().catch(() => null)
  if (response.status === 401) return forgetIdentity()
  if (!response.ok) unwrapReply(body)
  if (!devLogoutOutput.safeParse(body).success) throw new ApiError('INTERNAL', '退出登录失败，请稍后重试')
  forgetIdentity()
}
