// The org function's part of the contract: the staff console, and 执委履职, the 执委会 and its
// 述职评议 beside it (same members, same standing), and the view from above (下级统计). Its own file so that the org function
// bundles these schemas without the other functions'; contracts.ts maps it as `org`.
import { appraisalContract } from './appraisal'
import { committeeContract, nominationContract } from './committee'
import { dutyContract } from './duty'
import { dutyReportContract } from './dutyReport'
import { orgContract } from './org'
import { overviewContract } from './overview'

export const orgFunctionContract = {
  ...orgContract,
  ...dutyContract,
  ...committeeContract,
  ...nominationContract,
  ...dutyReportContract,
  ...appraisalContract,
  ...overviewContract,
}
