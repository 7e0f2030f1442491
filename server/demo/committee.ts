// The demo's 执委会全体会议: 和美社区 held one about two months before the load day — every 执委
// called, all came but one, who asked for leave with her reason — so its console shows no
// half-year warning (002 激励制度第三条 "乡镇（街道）、村（社区）妇联每半年召开一次执委会"). The 村
// held none, so its console keeps that warning.
import type { CommitteeMeetingDoc, MemberDoc } from '../../types'
import { heldToDuty } from '../../types'
import { inBeijing } from '../../cloudfunctions/common/beijingDayjs'
import { orgIdOf } from './build'
import { DEMO_CODES } from './spec'

const DAY_MS = 86_400_000
/** 14:30 Beijing time, 60 days before the load day */
const twoMonthsBefore = (now: Date): string => inBeijing(now).subtract(60, 'day').hour(14).minute(30).second(0).millisecond(0).toISOString()

export function buildDemoCommittees(now: Date, members: MemberDoc[]): CommitteeMeetingDoc[] {
  const orgId = orgIdOf(DEMO_CODES.community)
  const committee = members.filter((m) => m.orgId === orgId && m.status === 'active' && heldToDuty(m.post))
  const startsAt = twoMonthsBefore(now)
  const excused = committee[committee.length - 1]?._id
  return [
    {
      _id: `${DEMO_CODES.community}-committee1`,
      version: 2,
      createdAt: new Date(Date.parse(startsAt) - 7 * DAY_MS).toISOString(),
      updatedAt: startsAt,
      orgId,
      startsAt,
      place: '和美社区妇女之家',
      agenda: [
        { kind: 'report', title: '上半年执委口头述职' },
        { kind: 'work', title: '下半年走访和议事安排' },
      ],
      invitedMemberIds: committee.map((m) => m._id),
      status: 'recorded',
      attendance: committee.map((m) =>
        m._id === excused ? { memberId: m._id, status: 'excused' as const, reason: '外出照顾住院的母亲' } : { memberId: m._id, status: 'present' as const, reason: '' },
      ),
      minutes: '各位执委口头述职，汇报了上半年走访、宣讲和议事情况；会议安排了下半年的片区走访和两次议事会。',
    },
  ]
}
