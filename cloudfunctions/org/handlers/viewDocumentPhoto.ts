// org.viewDocumentPhoto: a document photo — a 群众推荐 signature sheet, a 党组织's reply — for the
// chairs of its federation and the chairs above. The photo is private (no public address), so it
// comes back as the image itself, and every read is audited like a staff read of a help request.
// A photo of another org is NOT_FOUND, as if there were none.
import { documentPhotoOrg, DOCUMENT_REF_PATTERN } from '../../../types'
import { recordRead } from '../../common/audit'
import { AppError } from '../../common/errors'
import type { CtxOf } from '../../common/policy'
import type { OrgInput, OrgOutput } from '../lib/types'

const notFound = () => new AppError('NOT_FOUND', '没有找到这张材料照片')

async function bytesOf(ref: string, ctx: CtxOf<'org.viewDocumentPhoto'>): Promise<Buffer> {
  try {
    // a private photo from the private store; one kept public before document photos were private, from the files
    return DOCUMENT_REF_PATTERN.test(ref) ? await ctx.ports.documents.get(ref) : await ctx.ports.files.get(ref)
  } catch (error) {
    if (!(error instanceof AppError)) ctx.log.error('document photo read failed', { ref, error: error instanceof Error ? error.message : String(error) })
    throw notFound()
  }
}

export async function viewDocumentPhoto(input: OrgInput<'viewDocumentPhoto'>, ctx: CtxOf<'org.viewDocumentPhoto'>): Promise<OrgOutput<'viewDocumentPhoto'>> {
  const { org, actorName } = ctx.access
  if (documentPhotoOrg(input.ref) !== org._id) throw notFound()
  const bytes = await bytesOf(input.ref, ctx)
  await recordRead(ctx, { fn: 'org', action: 'viewDocumentPhoto', orgId: org._id, target: { collection: 'files', id: input.ref }, summary: '查看了材料照片', actorName })
  return { dataUrl: `data:image/jpeg;base64,${bytes.toString('base64')}` }
}
