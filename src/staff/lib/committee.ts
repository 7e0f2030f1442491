// The 执委会 in words for the console pages: a meeting's state (待召开 / 已记录 / 已取消), its
// agenda and its attendance (出席 x/应到 y), and who sits on the committee.
import { COMMITTEE_AGENDA_LABEL, type CommitteeAgendaItem, type CommitteeMeetingDoc } from '../../../types/committee'
import { heldToDuty } from '../../../types/dutyCadence'
import type { ConsoleData } from './consoleStore'

export const COMMITTEE_STATUS_LABEL: Record<CommitteeMeetingDoc['status'], string> = { scheduled: '待召开', recorded: '已记录', cancelled: '已取消' }

/** "增替补表决（张某）、工作部署": each item by its own line, or its kind when it has none. */
export const agendaText = (agenda: readonly CommitteeAgendaItem[]): string =>
  agenda.map((item) => (item.title ? `${COMMITTEE_AGENDA_LABEL[item.kind]}（${item.title}）` : COMMITTEE_AGENDA_LABEL[item.kind])).join('、')

export const presentIds = (meeting: CommitteeMeetingDoc): string[] => meeting.attendance.filter((mark) => mark.status === 'present').map((mark) => mark.memberId)

/** 出席 x/应到 y of a recorded meeting; 应到 y alone before it is recorded. */
export const attendanceText = (meeting: CommitteeMeetingDoc): string =>
  meeting.status === 'recorded' ? `出席 ${presentIds(meeting).length}/应到 ${meeting.invitedMemberIds.length}` : `应到 ${meeting.invitedMemberIds.length} 人`

export const hasElection = (meeting: CommitteeMeetingDoc): boolean => meeting.agenda.some((item) => item.kind === 'election')

/** The 执委 in office (主席、副主席、执委): who is called to a 执委会 and who may recommend a candidate. */
export const committeeOf = (data: ConsoleData): ConsoleData['members'] => data.members.filter((member) => member.status === 'active' && heldToDuty(member.post))

export const nameOf = (data: ConsoleData, memberId: string): string => data.members.find((member) => member._id === memberId)?.name ?? '已不在成员名单中'

/** 002 《重庆市基层妇联执委增替补及退出制度》第十六条, word for word (cloudfunctions/org/lib/vote.ts enforces it). */
export const VOTE_RULE_QUOTE =
  '每位执委以举手表决方式表达自己赞成、弃权、反对的真实意愿。参加选举的执委人数必须超过应到执委人数的三分之二，方可进行选举。每位候选人获得赞成票数超过应到会执委的半数方能当选。选举时设监票员1-2名，计票员1-2名，监票员在出席会议的执委中推选，经执委会审议通过。计票员由本级妇联组织指派工作人员担任。'

/** The rule in the chair's words for `expected` 执委 in office: the result itself is always the server's. */
export const voteRuleWords = (expected: number): string =>
  `本会现有执委 ${expected} 人，就是“应到”人数。出席的执委要超过三分之二（至少 ${Math.floor((expected * 2) / 3) + 1} 人）才能表决；` +
  `每位候选人的赞成票要超过应到人数的一半（至少 ${Math.floor(expected / 2) + 1} 票）才当选——按应到人数算，不按出席人数算。结果由系统按票数算出。`

/** 002 增替补及退出制度第十五条 群众推荐, word for word (cloudfunctions/org/lib/nomination.ts enforces it). */
export const MASS_ROUTE_QUOTE = '群众推荐，由三分之一以上妇联执委或20名以上妇女群众向本级妇联组织推荐，经同级党组织审议通过后，提交妇联执委会表决。'

/** 群众推荐 in the chair's words for `roster` 执委 in office (以上 counts the third itself). */
export const massRouteWords = (roster: number): string => `本会现有执委 ${roster} 人：要有至少 ${Math.ceil(roster / 3)} 位执委推荐，或 20 名以上妇女签名推荐（拍下签名表）。`
