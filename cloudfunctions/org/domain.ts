// The `org` function: the staff console (工作台). Chairs and members keep the board
// true; every write rebuilds the org's board document and is audited.
import { defineDomain } from '../common/runtime'
import { addChild } from './handlers/addChild'
import { createInvite } from './handlers/createInvite'
import { getConsole } from './handlers/getConsole'
import { getQrcode } from './handlers/getQrcode'
import { inbox } from './handlers/inbox'
import { listHistory } from './handlers/listHistory'
import { listInvites } from './handlers/listInvites'
import { listMyPlaces } from './handlers/listMyPlaces'
import { recordDeparture } from './handlers/recordDeparture'
import { redeemInvite } from './handlers/redeemInvite'
import { removeArea } from './handlers/removeArea'
import { revokeInvite } from './handlers/revokeInvite'
import { saveActivity } from './handlers/saveActivity'
import { saveArea } from './handlers/saveArea'
import { saveMember } from './handlers/saveMember'
import { updateMyProfile } from './handlers/updateMyProfile'
import { updateOrg } from './handlers/updateOrg'
import { uploadImage } from './handlers/uploadImage'

export const orgDomain = defineDomain('org', {
  mine: listMyPlaces,
  get: getConsole,
  updateOrg,
  saveMember,
  updateMyProfile,
  recordDeparture,
  saveArea,
  removeArea,
  saveActivity,
  addChild,
  createInvite,
  listInvites,
  revokeInvite,
  redeemInvite,
  history: listHistory,
  qrcode: getQrcode,
  uploadImage,
  inbox,
})
