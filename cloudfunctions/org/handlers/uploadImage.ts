// org.uploadImage: an image for the board (标识, a member's photo, activity photos), or a
// document photo (a signature sheet, a 党组织's reply) kept private. Only a real PNG or JPEG
// within the size and pixel limits is taken; it is re-encoded (which drops EXIF and GPS) and
// shrunk, content-checked, and only then stored: where the board can show it, or — a document —
// in the private store that only org.viewDocumentPhoto reads. A refused file leaves no trace in
// the store or the files.
import { randomUUID } from 'node:crypto'
import type * as z from 'zod/mini'
import { IMAGE_PURPOSE_LABEL, MAX_IMAGE_BYTES, type IMAGE_PURPOSES, type uploadImageInput, type uploadImageOutput } from '../../../types'
import { recordChange } from '../../common/audit'
import type { Ctx } from '../../common/context'
import { AppError } from '../../common/errors'
import type { PreparedImage } from '../../common/imageCodec'
import type { CtxOf } from '../../common/policy'

type Input = z.infer<typeof uploadImageInput>
type Purpose = (typeof IMAGE_PURPOSES)[number]

/** The longer side on the board: portraits and logos are small, activity photos larger; a document keeps its handwriting legible. */
export const MAX_SIDE: Record<Purpose, number> = { photo: 800, logo: 800, activity: 1280, document: 1600 }

const invalid = (message: string) => new AppError('INVALID_INPUT', message, [{ field: 'source', message }])

async function bytesOf(input: Input, ctx: Ctx): Promise<Buffer> {
  const { source } = input
  if (source.kind === 'inline') return Buffer.from(source.dataBase64, 'base64')
  // only what the client uploaded for this org: never republish another org's file
  const cloudPath = source.fileID.match(/^cloud:\/\/[^/]+\/(.+)$/)?.[1] ?? ''
  if (!cloudPath.startsWith(`uploads/${input.orgId}/`) || cloudPath.includes('..')) throw invalid('图片地址无效，请重新上传')
  try {
    return await ctx.ports.files.get(source.fileID)
  } catch (error) {
    if (error instanceof AppError) throw error
    ctx.log.error('upload read failed', { fileID: source.fileID, error: error instanceof Error ? error.message : String(error) })
    throw new AppError('NOT_FOUND', '没有找到上传的图片，请重新上传')
  }
}

/**
 * risky is refused. review is refused too: nobody here reviews images by hand, and a
 * held image would sit unseen while the board shows nothing; choosing another is
 * quicker for her. A check that fails is an error, never a pass. A document photo is
 * checked too: it goes to the same WeChat that stores it, and a form full of names is
 * no reason for the check to refuse it.
 */
async function assertClean(ctx: Ctx, image: PreparedImage, purpose: Purpose): Promise<void> {
  let verdict
  try {
    verdict = await ctx.ports.contentCheck.image({ bytes: image.bytes, contentType: 'image/jpeg', openid: ctx.caller.openid })
  } catch (error) {
    ctx.log.error('image check failed', { error: error instanceof Error ? error.message : String(error) })
    throw new AppError('INTERNAL', '图片安全检查暂时不可用，请稍后再试')
  }
  if (verdict === 'risky') throw new AppError('CONTENT_REJECTED', '图片未通过内容安全检查')
  if (verdict === 'review') throw new AppError('CONTENT_REJECTED', purpose === 'document' ? '图片需要人工审核，请换一张图片' : '图片需要人工审核，暂时不能公示，请换一张图片')
}

/** The original a document's photo came from is deleted (it sat where the client could read it); a failure is logged, not hers to retry. */
async function discardUpload(ctx: Ctx, fileID: string): Promise<void> {
  try {
    await ctx.ports.documents.discardUpload(fileID)
  } catch (error) {
    ctx.log.error('upload discard failed', { fileID, error: error instanceof Error ? error.message : String(error) })
  }
}

export async function uploadImage(input: Input, ctx: CtxOf<'org.uploadImage'>): Promise<z.infer<typeof uploadImageOutput>> {
  const { org, actorName } = ctx.access
  const bytes = await bytesOf(input, ctx)
  if (bytes.length === 0) throw invalid('只支持 JPG 或 PNG 图片')
  if (bytes.length > MAX_IMAGE_BYTES) throw invalid('图片太大，请选择 700 KB 以内的图片')
  const image = await ctx.ports.images.prepare({ bytes, maxSide: MAX_SIDE[input.purpose] })
  await assertClean(ctx, image, input.purpose)
  const name = `${randomUUID().replace(/-/g, '')}.jpg`
  const url =
    input.purpose === 'document'
      ? await ctx.ports.documents.put({ orgId: org._id, name, bytes: image.bytes })
      : await ctx.ports.files.put({ path: `uploads/${org._id}/${input.purpose}/${name}`, bytes: image.bytes, contentType: 'image/jpeg' })
  if (input.purpose === 'document' && input.source.kind === 'cloudFile') await discardUpload(ctx, input.source.fileID)
  await recordChange(ctx, {
    fn: 'org',
    action: 'uploadImage',
    orgId: org._id,
    target: { collection: 'files', id: url },
    summary: `上传了${IMAGE_PURPOSE_LABEL[input.purpose]}（${image.width}×${image.height}）`,
    actorName,
  })
  return { url, width: image.width, height: image.height, bytes: image.bytes.length }
}
