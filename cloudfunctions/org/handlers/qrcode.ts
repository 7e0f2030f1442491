// org.qrcode: the 妇女之家 code to print. It opens the public board with the org code as
// scene (WeChat: a mini-program code; local host: a QR code of the H5 board URL), and
// is stored under a fixed name, so asking again replaces the file instead of piling up.
import { createHash } from 'node:crypto'
import type * as z from 'zod/mini'
import type { orgQrcodeInput, orgQrcodeOutput } from '../../../types'
import { BOARD_PAGE } from '../../../types/routes'
import { AppError } from '../../common/errors'
import type { CtxOf } from '../../common/policy'

/** Org codes may hold any QR-scene character; a file name keeps to a safe few. */
const fileNameOf = (code: string) => (/^[A-Za-z0-9_-]+$/.test(code) ? code : createHash('sha256').update(code).digest('hex').slice(0, 24))

export async function qrcode(_input: z.infer<typeof orgQrcodeInput>, ctx: CtxOf<'org.qrcode'>): Promise<z.infer<typeof orgQrcodeOutput>> {
  const { org } = ctx.access
  try {
    const png = await ctx.ports.qrcode.boardCode({ scene: org.code, page: BOARD_PAGE })
    const url = await ctx.ports.files.put({ path: `qr/${fileNameOf(org.code)}.png`, bytes: png, contentType: 'image/png' })
    return { url, scene: org.code, page: BOARD_PAGE }
  } catch (error) {
    if (error instanceof AppError) throw error
    ctx.log.error('qrcode failed', { orgId: org._id, error: error instanceof Error ? error.message : String(error) })
    throw new AppError('INTERNAL', '生成二维码失败，请稍后再试')
  }
}
