// Paths of the 我的 page and the staff console (the `staff` subpackage), in one place.
// The redeem path is a stable interface: invitations (their links and QR codes) open it.
import { REDEEM_PAGE } from '../../types/routes'
import { pageUrl, staffPage } from './pageUrl'

export { meUrl, STAFF_ROOT, staffPage } from './pageUrl'
export const staffHomeUrl = (): string => staffPage('home')
export const consoleUrl = (orgId: string): string => staffPage('org', { orgId })
export const redeemUrl = (code?: string): string => pageUrl(REDEEM_PAGE, { code })
export const orgInfoUrl = (orgId: string): string => staffPage('org-info', { orgId })
export const membersUrl = (orgId: string): string => staffPage('members', { orgId })
export const memberEditUrl = (orgId: string, memberId?: string): string => staffPage('member-edit', { orgId, memberId })
export const areasUrl = (orgId: string): string => staffPage('areas', { orgId })
export const areaEditUrl = (orgId: string, areaId?: string): string => staffPage('area-edit', { orgId, areaId })
export const activitiesUrl = (orgId: string): string => staffPage('activities', { orgId })
export const activityEditUrl = (orgId: string, activityId?: string): string => staffPage('activity-edit', { orgId, activityId })
export const childrenUrl = (orgId: string): string => staffPage('children', { orgId })
export const invitesUrl = (orgId: string, memberId?: string): string => staffPage('invites', { orgId, memberId })
export const historyUrl = (orgId: string): string => staffPage('history', { orgId })
/** 轮值安排: the year's on-duty months */
export const rotationUrl = (orgId: string): string => staffPage('rotation', { orgId })
export const qrcodeUrl = (orgId: string): string => staffPage('qrcode', { orgId })
export const posterUrl = (orgId: string, size: 'A4' | 'A3'): string => staffPage('poster', { orgId, size })
/** 履职情况: every 执委's 七个一, and the federations under it */
export const dutyTeamUrl = (orgId: string): string => staffPage('duty-team', { orgId })
/** 七个一要求: the seed's minimum of each duty, and the federation's own raised counts */
export const dutyMinimumsUrl = (orgId: string): string => staffPage('duty-minimums', { orgId })
/** one 执委's 七个一, and 代为记一笔 for her */
export const dutyMemberViewUrl = (orgId: string, memberId: string): string => staffPage('duty-member-view', { orgId, memberId })
/** 执委履职: 我的履职 (the 七个一 at a glance), 记一笔 (a new entry, or one to edit, found by its date), 一本记录 (the year's book) */
export const dutyUrl = (orgId: string): string => staffPage('duty', { orgId })
export const dutyEntryUrl = (orgId: string, entry?: { _id: string; date: string }): string => staffPage('duty-entry', { orgId, entryId: entry?._id, date: entry?.date })
export const dutyBookUrl = (orgId: string): string => staffPage('duty-book', { orgId })
/** 台账: the year's ledgers as .xlsx, and the year's 总结 */
export const ledgersUrl = (orgId: string): string => staffPage('ledgers', { orgId })
/** 下级统计: every federation below as one row of a table, the charts, the 统计报表 */
export const overviewUrl = (orgId: string): string => staffPage('overview', { orgId })
/** 执委会: the federation's 执委会全体会议, calling one, and one meeting (record, cancel, the 增替补 vote) */
export const committeesUrl = (orgId: string): string => staffPage('committees', { orgId })
export const committeeNewUrl = (orgId: string): string => staffPage('committee-new', { orgId })
export const committeeUrl = (orgId: string, meetingId: string): string => staffPage('committee', { orgId, meetingId })
/** 增替补: the nominations, a new one, and one nomination (初审, 党组织批准) */
export const nominationsUrl = (orgId: string): string => staffPage('nominations', { orgId })
export const nominationNewUrl = (orgId: string): string => staffPage('nomination-new', { orgId })
export const nominationUrl = (orgId: string, nominationId: string): string => staffPage('nomination', { orgId, nominationId })
/** 书面述职: her own of a year, the chair's list of the year, and one member's report */
export const dutyReportUrl = (orgId: string, year?: number): string => staffPage('duty-report', { orgId, year: year === undefined ? undefined : String(year) })
export const dutyReportsUrl = (orgId: string, year?: number): string => staffPage('duty-reports', { orgId, year: year === undefined ? undefined : String(year) })
export const dutyReportViewUrl = (orgId: string, memberId: string, year: number): string => staffPage('duty-report-view', { orgId, memberId, year: String(year) })
/** 任期与评议规则: the term, the board's announcement days, the 述职评议 rule */
export const committeeRulesUrl = (orgId: string): string => staffPage('committee-rules', { orgId })
/** 述职评议: the chair's round at a 执委会 (codes, paper ballots, closing), a member's 互评, the year's results and 优秀执委推荐名单 */
export const appraisalUrl = (orgId: string, meetingId: string): string => staffPage('appraisal', { orgId, meetingId })
export const appraisalRateUrl = (orgId: string): string => staffPage('appraisal-rate', { orgId })
export const appraisalResultsUrl = (orgId: string, year?: number): string => staffPage('appraisal-results', { orgId, year: year === undefined ? undefined : String(year) })
