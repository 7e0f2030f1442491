// A document photo saved on a record (a signature sheet, a 党组织's reply) must be one of this
// federation's: a private photo of another org would otherwise be shown to this one's chairs.
import { DOCUMENT_REF_PATTERN, documentPhotoOrg } from '../../../types'
import { invalid } from '../../common/invalid'

export function assertOwnDocumentPhoto(ref: string | null, orgId: string, field: string): void {
  if (ref !== null && DOCUMENT_REF_PATTERN.test(ref) && documentPhotoOrg(ref) !== orgId) throw invalid(field, '图片地址无效，请重新上传')
}
