// Sign-ins on WeChat cloud: WeChat vouches for the OPENID of every call, so there is no
// token to end (see SignInPort).
import type { SignInPort } from '../ports'

export const wechatSignIns: SignInPort = { end: async () => {}, generation: async () => 0 }
