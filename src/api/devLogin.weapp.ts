// The mini-program's side of dev login: WeChat supplies identity, so there is none.
// Taro picks this file for the weapp build, which keeps the H5 login (its code and
// its contract) out of the main package residents download.
import type * as H5 from './devLogin'

export const DEMO_IDENTITIES: typeof H5.DEMO_IDENTITIES = []
export const hasDevLogin: typeof H5.hasDevLogin = () => false
export const devOpenid: typeof H5.devOpenid = () => null
export const devLogin: typeof H5.devLogin = () => Promise.reject(new Error('dev login exists only on the local host (H5)'))
export const devLogout: typeof H5.devLogout = () => Promise.resolve()
