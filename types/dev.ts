// The local host's dev login, `POST /api/dev/login` (local host only, never deployed):
// it turns a chosen openid into a signed token, standing in for WeChat's OPENID.
import * as z from 'zod/mini'

export const devLoginInput = z.strictObject({
  openid: z.string().check(z.minLength(1), z.maxLength(64), z.regex(/^[A-Za-z0-9_-]+$/, { error: '只能包含字母、数字、- 和 _' })),
})
export const devLoginOutput = z.object({ token: z.string(), openid: z.string() })
