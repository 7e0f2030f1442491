// The `org` function: the staff console (工作台). Chairs and members keep the board
// true; every write rebuilds the org's board document and is audited.
import { orgFunctionContract } from '../../types/orgFunction'
import { defineDomain } from '../common/runtime'
import { addChild } from './handlers/addChild'
import { createInvite } from './handlers/createInvite'
import { get } from './handlers/get'
import { history } from './handlers/history'
import { inbox } from './handlers/inbox'
import { listInvites } from './handlers/listInvites'
import { mine } from './handlers/mine'
import { qrcode } from './handlers/qrcode'
import { recordDeparture } from './handlers/recordDeparture'
import { redeemInvite } from './handlers/redeemInvite'
import { removeArea } from './handlers/removeArea'
import { revokeInvite } from './handlers/revokeInvite'
import { saveActivity } from './handlers/saveActivity'
import { saveArea } from './handlers/saveArea'
import { saveMember } from './handlers/saveMember'
import { subscribe } from './handlers/subscribe'
import { updateMyProfile } from './handlers/updateMyProfile'
import { updateOrg } from './handlers/updateOrg'
import { uploadImage } from './handlers/uploadImage'
import { logDutyEntry } from './handlers/logDutyEntry'
import { updateDutyEntry } from './handlers/updateDutyEntry'
import { deleteDutyEntry } from './handlers/deleteDutyEntry'
import { listDutyEntries } from './handlers/listDutyEntries'
import { dutySummary } from './handlers/dutySummary'
import { dutyOverview } from './handlers/dutyOverview'
import { overview } from './handlers/overview'
import { dutyCounts } from './handlers/dutyCounts'
import { scheduleCommittee } from './handlers/scheduleCommittee'
import { recordCommittee } from './handlers/recordCommittee'
import { cancelCommittee } from './handlers/cancelCommittee'
import { listCommittees } from './handlers/listCommittees'
import { nominate } from './handlers/nominate'
import { reviewNomination } from './handlers/reviewNomination'
import { approveNomination } from './handlers/approveNomination'
import { recordVote } from './handlers/recordVote'
import { listNominations } from './handlers/listNominations'
import { getNomination } from './handlers/getNomination'
import { getCommittee } from './handlers/getCommittee'
import { viewDocumentPhoto } from './handlers/viewDocumentPhoto'
import { dutyReportDraft } from './handlers/dutyReportDraft'
import { fileDutyReport } from './handlers/fileDutyReport'
import { getDutyReport } from './handlers/getDutyReport'
import { listDutyReports } from './handlers/listDutyReports'
import { openAppraisal } from './handlers/openAppraisal'
import { appraisalCodes } from './handlers/appraisalCodes'
import { appraisalCodeImage } from './handlers/appraisalCodeImage'
import { closeAppraisal } from './handlers/closeAppraisal'
import { listAppraisals } from './handlers/listAppraisals'
import { ballotForm } from './handlers/ballotForm'
import { castBallot } from './handlers/castBallot'
import { enterPaperBallot } from './handlers/enterPaperBallot'
import { rateColleagues } from './handlers/rateColleagues'
import { appraisalResults } from './handlers/appraisalResults'

export const orgDomain = defineDomain('org', orgFunctionContract, {
  mine,
  get,
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
  history,
  qrcode,
  uploadImage,
  viewDocumentPhoto,
  inbox,
  subscribe,
  logDutyEntry,
  updateDutyEntry,
  deleteDutyEntry,
  listDutyEntries,
  dutySummary,
  dutyOverview,
  overview,
  dutyCounts,
  scheduleCommittee,
  recordCommittee,
  cancelCommittee,
  listCommittees,
  getCommittee,
  nominate,
  reviewNomination,
  approveNomination,
  recordVote,
  listNominations,
  getNomination,
  dutyReportDraft,
  fileDutyReport,
  getDutyReport,
  listDutyReports,
  openAppraisal,
  appraisalCodes,
  appraisalCodeImage,
  closeAppraisal,
  listAppraisals,
  ballotForm,
  castBallot,
  enterPaperBallot,
  rateColleagues,
  appraisalResults,
})
