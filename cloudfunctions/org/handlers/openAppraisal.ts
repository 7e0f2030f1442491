// org.openAppraisal: the chair opens the 述职评议 at a 执委会 with 述职评议 on its agenda. 002 履职制度第八条
// "每半年在本级妇联执委会上进行口头述职一次" … "接受妇女代表的评议，对其他执委履职情况进行评议". She chooses whom it rates
// (those marked 出席, or every 执委 called while attendance is not recorded yet) and how many 妇女代表
// are present: each gets a one-time code. Only the codes' hashes are stored, and the key they are
// derived from, sealed by the vault, so her page can show them again while the round is open. A
// meeting holds one round: opened again, it answers with the round it has.
import { randomBytes } from 'node:crypto'
import type { AppraisalRoundDoc } from '../../../types'
import { recordChange } from '../../common/audit'
import { AppError } from '../../common/errors'
import { invalid } from '../../common/invalid'
import type { CtxOf } from '../../common/policy'
import { localDate } from '../../common/time'
import { inBeijing } from '../../common/beijingDayjs'
import { insertOnce, stamp } from '../../common/writes'
import { roundIdOf, roundView, shortIdOf } from '../lib/appraisal'
import { appraisalCodes, halfOfMonth, hashAppraisalCode } from '../lib/appraisalRules'
import { committeeMembers } from '../lib/committee'
import type { OrgInput, OrgOutput } from '../lib/types'

type Input = OrgInput<'openAppraisal'>

async function ratedMembers(ctx: CtxOf<'org.openAppraisal'>, input: Input): Promise<string[]> {
  const meeting = ctx.access.doc
  if (input.who === 'present' && meeting.status !== 'recorded') throw invalid('who', '这次执委会还没有记录出席情况，请选择评议通知参会的执委')
  const chosen = input.who === 'present' ? meeting.attendance.filter((a) => a.status === 'present').map((a) => a.memberId) : meeting.invitedMemberIds
  const inOffice = await committeeMembers(ctx, meeting.orgId)
  const rated = chosen.filter((memberId) => inOffice.has(memberId))
  if (rated.length === 0) throw invalid('who', '没有可以评议的在任执委')
  return rated
}

export async function openAppraisal(input: Input, ctx: CtxOf<'org.openAppraisal'>): Promise<OrgOutput<'openAppraisal'>> {
  const { access } = ctx
  const meeting = access.doc
  const callerMemberId = access.standing.membership?.orgId === meeting.orgId ? access.standing.membership.memberId : null
  const earlier = await ctx.store.getById<AppraisalRoundDoc>('appraisal_rounds', roundIdOf(meeting._id))
  if (earlier) return { round: await roundView(ctx, earlier, callerMemberId) }
  if (meeting.status === 'cancelled') throw new AppError('CONFLICT', '这次执委会已经取消了')
  if (!meeting.agenda.some((item) => item.kind === 'report')) throw invalid('meetingId', '这次执委会的议程里没有述职评议')
  const held = inBeijing(new Date(meeting.startsAt))
  if (held.format('YYYY-MM-DD') > localDate(ctx.clock.now())) throw new AppError('CONFLICT', '执委会还没有开，开会当天再开始评议')
  const memberIds = await ratedMembers(ctx, input)
  const key = randomBytes(32).toString('hex')
  const id = roundIdOf(meeting._id)
  const doc: AppraisalRoundDoc = {
    ...stamp(ctx, id),
    orgId: meeting.orgId,
    meetingId: meeting._id,
    year: held.year(),
    half: halfOfMonth(held.month() + 1),
    memberIds,
    status: 'open',
    codeCount: input.codeCount,
    codeHashes: appraisalCodes(key, input.codeCount).map((code) => hashAppraisalCode(id, code)),
    codeKey: ctx.ports.vault.seal(key),
    tally: [],
    closedAt: null,
    shortId: shortIdOf(id),
  }
  const { doc: saved, created } = await insertOnce(ctx, 'appraisal_rounds', doc)
  if (created) {
    await recordChange(ctx, {
      fn: 'org',
      action: 'openAppraisal',
      orgId: meeting.orgId,
      target: { collection: 'appraisal_rounds', id: saved._id },
      summary: `开始述职评议：评议 ${memberIds.length} 位执委，发 ${input.codeCount} 张妇女代表评议码`,
      actorName: access.actorName,
    })
  }
  return { round: await roundView(ctx, saved, callerMemberId) }
}
