// The changes in the committee the public board announces (002 增替补及退出制度第十七条 "在本级执委会上
// 向执委进行通报", and 履职制度第七条 亮身份 "将姓名、照片、联系方式向妇女群众公示"): who was elected by 增补 or
// 替补, a 执委 who left by 卸免, 劝退 or 终止, and the day. The board document keeps those of the past
// year; board.get shows those within the federation's `announceDays` on its own day, so a change
// drops off without a rebuild. A reason, a count of votes or an approval never reaches the board.
import { heldToDuty, MAX_ANNOUNCE_DAYS, type BoardCommitteeChange, type CommitteeChangeKind, type DepartureReason, type MemberDoc, type NominationDoc } from '../../types'
import { localDate, localDateDaysBefore } from '../common/time'

/** How each way of leaving is announced; 任期届满 (换届) and 其他 are not a change the board announces. */
const DEPARTURE_KIND: Partial<Record<DepartureReason, CommitteeChangeKind>> = { resigned: 'resign', jobChange: 'resign', persuaded: 'persuaded', terminated: 'terminated' }

/** The changes the board document keeps: elected nominations and departures (of `members`, those who left) of the past MAX_ANNOUNCE_DAYS, newest first. */
export function committeeChangesOf(nominations: readonly NominationDoc[], members: readonly MemberDoc[], now: Date): BoardCommitteeChange[] {
  const since = localDateDaysBefore(now, MAX_ANNOUNCE_DAYS)
  const elected = nominations.flatMap((n): BoardCommitteeChange[] =>
    n.status === 'elected' && n.vote ? [{ kind: n.kind === 'replace' ? 'replace' : 'add', name: n.candidate.name, on: localDate(new Date(n.vote.at)) }] : [],
  )
  const left = members.flatMap((m): BoardCommitteeChange[] => {
    const kind = m.status === 'left' && m.departure && heldToDuty(m.post) ? DEPARTURE_KIND[m.departure.reason] : undefined
    return kind && m.departure ? [{ kind, name: m.name, on: m.departure.leftOn }] : []
  })
  return [...elected, ...left].filter((change) => change.on >= since).sort((a, b) => (a.on < b.on ? 1 : a.on > b.on ? -1 : 0))
}

/** Those still announced on `now`'s Beijing day: shown through day `announceDays` after the change, gone the day after. */
export function announcedOn(changes: readonly BoardCommitteeChange[] | undefined, announceDays: number, now: Date): BoardCommitteeChange[] {
  const first = localDateDaysBefore(now, announceDays)
  const today = localDate(now)
  return (changes ?? []).filter((change) => change.on >= first && change.on <= today)
}
