// The mini-program pages the back end names too: the board a 妇女之家 code opens, the
// page an invitation opens, and the pages a notification opens. Paths have no leading
// slash (wxacode.getUnlimited and subscribeMessage.send refuse one); the client adds
// it to navigate. The board path with its `scene` and the redeem path with its `code`
// are stable interfaces: printed codes and sent links point at them.

export const BOARD_PAGE = 'pages/board/index'
export const REDEEM_PAGE = 'staff/pages/redeem/index'
export const TOPIC_PAGE = 'topics/pages/detail/index'
/** her own help request (the `help` subpackage) */
export const HELP_CASE_PAGE = 'help/pages/case/index'
/** a federation's console: what a member opens from a message about a meeting */
export const STAFF_ORG_PAGE = 'staff/pages/org/index'
/** a 妇女代表's 述职评议 ballot, opened from the QR code the chair shows (the `appraisal` subpackage, no login) */
export const BALLOT_PAGE = 'appraisal/pages/ballot/index'
/** a help request as the staff work it (the `staff` subpackage) */
export const STAFF_CASE_PAGE = 'staff/pages/request/index'
/** a topic as the chair handles it (the `staff` subpackage) */
export const STAFF_TOPIC_PAGE = 'staff/pages/topic/index'

/**
 * The pages a resident opens from a board (找我的执委, a member's card, 查找, 我的, 消息 and the
 * neutral tips page quick exit leads to): the `resident` subpackage, so the main package holds
 * the board alone. Each had a path in the main package before; the mini-program sends an old
 * path (a shared card, WeChat search) to its page here, and H5 keeps showing the old path.
 */
export const RESIDENT_ROOT = 'resident'
export const RESIDENT_PAGE_NAMES = ['find-member', 'member', 'search', 'me', 'messages', 'tips'] as const
export type ResidentPageName = (typeof RESIDENT_PAGE_NAMES)[number]
export const residentPage = (name: ResidentPageName): string => `${RESIDENT_ROOT}/pages/${name}/index`
/** the main-package path a resident page had, as links made before the move name it */
export const formerResidentPage = (name: ResidentPageName): string => `pages/${name}/index`

/** `page?key=value&…`, leaving out empty values. */
export function withQuery(page: string, params: Record<string, string | undefined>): string {
  const pairs = Object.entries(params).filter((pair): pair is [string, string] => pair[1] !== undefined && pair[1] !== '')
  return pairs.length ? `${page}?${pairs.map(([key, value]) => `${key}=${encodeURIComponent(value)}`).join('&')}` : page
}

export const boardPath = (code: string): string => withQuery(BOARD_PAGE, { scene: code })
export const redeemPath = (code: string): string => withQuery(REDEEM_PAGE, { code })
export const topicPath = (topicId: string): string => withQuery(TOPIC_PAGE, { topicId })
export const helpCasePath = (caseId: string): string => withQuery(HELP_CASE_PAGE, { caseId })
export const staffOrgPath = (orgId: string): string => withQuery(STAFF_ORG_PAGE, { orgId })
export const staffCasePath = (caseId: string): string => withQuery(STAFF_CASE_PAGE, { caseId })
export const staffTopicPath = (orgId: string, topicId: string): string => withQuery(STAFF_TOPIC_PAGE, { orgId, topicId })
export const ballotPath = (roundId: string, code: string): string => withQuery(BALLOT_PAGE, { round: roundId, code })
