// What may still happen to a meeting: only one not yet recorded or called off may be
// changed, called off or recorded. Each refusal says why, in words the chair can act on.
import type { MeetingDoc } from '../../../types'
import { AppError } from '../../common/errors'

export const ALREADY_RECORDED = '这次议事已经记录过了'
export const ALREADY_CANCELLED = '这次议事已经取消了'

/** CONFLICT unless the meeting is still scheduled; `doing` is what she tried ("修改", "取消"). */
export function assertStillScheduled(meeting: MeetingDoc, doing: string): void {
  if (meeting.status === 'recorded') throw new AppError('CONFLICT', `${ALREADY_RECORDED}，不能再${doing}`)
  if (meeting.status === 'cancelled') throw new AppError('CONFLICT', `${ALREADY_CANCELLED}，不能再${doing}`)
}
