// The `topics` function (议事): topics collected, reviewed, seconded, put on a meeting's
// agenda, recorded one by one (一事一记) and carried through to a published outcome.
import { topicsContract } from '../../types/topics'
import { defineDomain } from '../common/runtime'
import { advance } from './handlers/advance'
import { cancelMeeting } from './handlers/cancelMeeting'
import { get } from './handlers/get'
import { getMeeting } from './handlers/getMeeting'
import { listForChair } from './handlers/listForChair'
import { listMeetings } from './handlers/listMeetings'
import { listPublic } from './handlers/listPublic'
import { mine } from './handlers/mine'
import { rateOutcome } from './handlers/rateOutcome'
import { recordMeeting } from './handlers/recordMeeting'
import { review } from './handlers/review'
import { scheduleMeeting } from './handlers/scheduleMeeting'
import { second } from './handlers/second'
import { submit } from './handlers/submit'
import { updateMeeting } from './handlers/updateMeeting'

export const topicsDomain = defineDomain('topics', topicsContract, {
  submit,
  review,
  second,
  rateOutcome,
  listPublic,
  listForChair,
  get,
  mine,
  getMeeting,
  listMeetings,
  scheduleMeeting,
  updateMeeting,
  cancelMeeting,
  recordMeeting,
  advance,
})
