// org.scheduleCommittee: the chair calls a 执委会全体会议 — when, where, its agenda and the 执委
// called. 002 激励制度第三条 "乡镇（街道）、村（社区）妇联每半年召开一次执委会"; 001 3.3.3 "全体会议一般
// 每年举行一次". A retried request (same requestId) makes one meeting.
import { COMMITTEE_AGENDA_LABEL, type CommitteeMeetingDoc } from '../../../types'
import { recordChange } from '../../common/audit'
import type { CtxOf } from '../../common/policy'
import { insertOnce, newId, stamp } from '../../common/writes'
import { assertCommitteeMembers } from '../lib/committee'
import type { OrgInput, OrgOutput } from '../lib/types'

export async function scheduleCommittee(input: OrgInput<'scheduleCommittee'>, ctx: CtxOf<'org.scheduleCommittee'>): Promise<OrgOutput<'scheduleCommittee'>> {
  const { access } = ctx
  await assertCommitteeMembers(ctx, access.org._id, 'invitedMemberIds', input.invitedMemberIds)
  const doc: CommitteeMeetingDoc = {
    ...stamp(ctx, newId(ctx, 'scheduleCommittee', access.org._id)),
    orgId: access.org._id,
    startsAt: input.startsAt,
    place: input.place,
    agenda: input.agenda,
    invitedMemberIds: input.invitedMemberIds,
    status: 'scheduled',
    attendance: [],
    minutes: '',
  }
  const { doc: saved, created } = await insertOnce(ctx, 'committee_meetings', doc)
  if (created) {
    await recordChange(ctx, {
      fn: 'org',
      action: 'scheduleCommittee',
      orgId: access.org._id,
      target: { collection: 'committee_meetings', id: saved._id },
      summary: `召集了执委会（${input.agenda.map((item) => item.title || COMMITTEE_AGENDA_LABEL[item.kind]).join('、')}）`,
      actorName: access.actorName,
    })
  }
  return { meeting: saved }
}
