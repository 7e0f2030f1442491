// Which number the board shows is the member's own choice (亮执委身份 asks for 联系方式,
// not for her mobile): her own, an office number instead, or none. Choosing the office
// number needs one; a chair and the member herself are held to the same rule.
import type { MemberDoc } from '../../../types'
import { invalid } from '../../common/invalid'

/** Checked on the record as it will be after the save. */
export function checkPhoneChoice(member: Pick<MemberDoc, 'officePhone' | 'phoneShown'>): void {
  if (member.phoneShown === 'office' && !member.officePhone) throw invalid('fields.officePhone', '选择了只公开办公电话，请填写办公电话')
}
