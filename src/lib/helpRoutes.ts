// Paths of the help-request (求助) pages: the woman's side (the `help` subpackage), the
// neutral page quick exit leads to (`resident` subpackage), and the staff side (in the `staff`
// subpackage), in one place. The case path is also what notifications open.
import { formerResidentPage, helpCasePath, residentPage, staffCasePath } from '../../types/routes'
import { staffPage, subpackageUrl } from './pageUrl'

export const HELP_ROOT = 'help'
export const TIPS_PAGE = residentPage('tips')
/** The intake's page path: the board fetches its code early so it opens offline. */
export const HELP_INTAKE_PAGE = `${HELP_ROOT}/pages/intake/index`

const helpPage = (name: string, params: Record<string, string | undefined> = {}): string => subpackageUrl(HELP_ROOT, name, params)

export const helpIntakeUrl = (orgId: string): string => helpPage('intake', { orgId })
export const myHelpUrl = (): string => helpPage('mine')
export const helpCaseUrl = (caseId: string): string => `/${helpCasePath(caseId)}`
export const tipsUrl = (): string => `/${TIPS_PAGE}`
/** The tips page as an H5 address (H5 shows it at its former path): quick exit replaces the current history entry with it. */
export const tipsHashUrl = (): string => `#/${formerResidentPage('tips')}`

export type QueueScope = 'own' | 'escalated' | 'assigned'
export type StatsScope = 'own' | 'rollup'

export const requestQueueUrl = (orgId: string, scope: QueueScope): string => staffPage('requests', { orgId, scope })
export const staffRequestUrl = (caseId: string): string => `/${staffCasePath(caseId)}`
/** 代为登记求助; from a member's 帮扶 / 报告 entry, the entry it comes from */
export const requestNewUrl = (orgId: string, dutyEntryId?: string): string => staffPage('request-new', { orgId, dutyEntryId })
export const requestStatsUrl = (orgId: string, scope: StatsScope): string => staffPage('request-stats', { orgId, scope })
