// The local host's dev login, `POST /api/dev/login` (local host only, never deployed):
// it turns a chosen openid into a signed token, standing in for WeChat's OPENID; and
// 退出登录, `POST /api/dev/logout` with that token, which ends every token of its openid.
import * as z from 'zod/mini'

export const devLoginInput = z.strictObject({
  openid: z.string().check(z.minLength(1), z.maxLength(64), z.regex(/^[A-Za-z0-9_-]+$/, { error: '只能包含字母、数字、- 和 _' })),
})
export const devLoginOutput = z.object({ token: z.string(), openid: z.string() })
export const devLogoutInput = z.strictObject({})
export const devLogoutOutput = z.object({ signedOut: z.literal(true) })
