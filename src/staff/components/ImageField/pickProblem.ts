// What ImageField says when a photo did not arrive: WeChat's refusal in plain words
// (wxRefusal.ts) — offering 「去设置」 when the camera was refused — or the server's reason.
import { asApiError } from '../../../api'
import { PickRefused, UploadCancelled } from '../../../api/upload'
import { explainRefusal, tellRefusal } from '../../../lib/wxRefusal'

export const NOT_PICKED = '没有选到照片，请再试一次'

/** The text to show under the field ('' when she closed the picker herself). */
export async function pickProblem(caught: unknown): Promise<string> {
  if (caught instanceof UploadCancelled) return ''
  if (!(caught instanceof PickRefused)) return asApiError(caught).message
  const refused = explainRefusal('photo', caught.cause)
  if (!refused) return NOT_PICKED
  if (refused.settingScope && (await tellRefusal(refused))) return '已经允许，请再点一次选照片'
  return refused.content
}
