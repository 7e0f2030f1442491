// org.recordVote: the 增替补 vote at a 执委会 whose attendance is recorded. The chair enters the
// 监票员 (from those present), the 计票员 and, per candidate, the 赞成 / 弃权 / 反对 counts; the
// product computes the result by 002 增替补及退出制度第十六条 (lib/vote.ts) — nobody types 当选.
// 应到 is the number of 执委 in office now; those present are the meeting's recorded 出席.
// An elected candidate becomes a member (she may then be invited to bind her WeChat); a
// failed vote is kept on the nomination. The meeting's record gains the result, a line per
// candidate (第十七条 通报), and the board announces the elected (shared/committeeChanges.ts).
// A vote that cannot be held (too few present) writes nothing and says why. Sent again, it answers with what the first one recorded.
import { NOMINATION_KIND_LABEL, type CommitteeMeetingDoc, type MemberDoc, type NominationDoc, type NominationVote, type OrgDoc } from '../../../types'
import type { Ctx, OrgAccess } from '../../common/context'
import { AppError } from '../../common/errors'
import { invalid } from '../../common/invalid'
import type { CtxOf } from '../../common/policy'
import { localDate } from '../../common/time'
import { insertOnce, updateVersioned } from '../../common/writes'
import { recordAndPublish } from '../lib/changeLog'
import { committeeMembers } from '../lib/committee'
import { assertAt } from '../lib/nomination'
import type { OrgInput, OrgOutput } from '../lib/types'
import { countVote } from '../lib/vote'
import { termOfNewMember } from '../lib/memberTerm'

type Input = OrgInput<'recordVote'>

async function nominationsOf(ctx: Ctx, orgId: string, input: Input): Promise<NominationDoc[]> {
  const ids = input.tallies.map((t) => t.nominationId)
  if (new Set(ids).size !== ids.length) throw invalid('tallies', '同一位候选人表决了两次')
  const found: NominationDoc[] = []
  for (const [i, nominationId] of ids.entries()) {
    const nomination = await ctx.store.getById<NominationDoc>('nominations', nominationId)
    if (nomination?.orgId !== orgId) throw invalid(`tallies.${i}.nominationId`, '不是本会的增替补人选')
    found.push(nomination)
  }
  return found
}

/** The member an elected candidate becomes; its id is fixed by the nomination, so a retry makes her once. */
async function seat(ctx: Ctx, org: OrgDoc, nomination: NominationDoc, sort: number): Promise<MemberDoc> {
  const now = ctx.clock.now().toISOString()
  const today = localDate(ctx.clock.now())
  // she serves out the federation's term from the day she is elected (lib/memberTerm.ts)
  const term = termOfNewMember(org, today)
  const doc: MemberDoc = {
    _id: `e${nomination._id}`.slice(0, 64),
    version: 1,
    createdAt: now,
    updatedAt: now,
    orgId: nomination.orgId,
    name: nomination.candidate.name,
    post: 'member',
    photoUrl: null,
    phone: nomination.candidate.phone,
    officePhone: null,
    phoneShown: 'personal',
    specialty: '',
    onDutyMonth: null,
    termStart: term.termStart ?? today,
    termEnd: term.termEnd,
    openid: null,
    status: 'active',
    departure: null,
    sort,
  }
  return (await insertOnce(ctx, 'members', doc)).doc
}

/** The minutes' line for one candidate: 「增补 刘候选：赞成 3 票、弃权 0 票、反对 0 票（应到 4 人，出席 3 人），当选」. */
function voteResultLine(nomination: NominationDoc): string {
  const { vote } = nomination
  if (!vote) return ''
  const counts = `赞成 ${vote.yes} 票、弃权 ${vote.abstain} 票、反对 ${vote.no} 票（应到 ${vote.expected} 人，出席 ${vote.present} 人）`
  return `${NOMINATION_KIND_LABEL[nomination.kind]} ${nomination.candidate.name}：${counts}，${vote.elected ? '当选' : '未当选'}`
}

/** 第十七条 "在本级执委会上向执委进行通报": the meeting's record keeps the result, a line per candidate. */
async function minuteResults(ctx: Ctx, meeting: CommitteeMeetingDoc, decided: NominationDoc[]): Promise<void> {
  const lines = [...(meeting.voteResults ?? []), ...decided.map(voteResultLine)]
  await updateVersioned(ctx, 'committee_meetings', meeting, meeting.version, { voteResults: lines })
}

async function publish(ctx: Ctx, access: OrgAccess, meeting: CommitteeMeetingDoc, decided: NominationDoc[]): Promise<void> {
  const words = decided.map((n) => `${n.candidate.name}${n.vote?.elected ? '当选' : '未当选'}（赞成 ${n.vote?.yes ?? 0} 票）`).join('；')
  await recordAndPublish(ctx, access, { action: 'recordVote', target: { collection: 'committee_meetings', id: meeting._id }, summary: `执委会增替补表决：${words}`, changes: [] })
}

export async function recordVote(input: Input, ctx: CtxOf<'org.recordVote'>): Promise<OrgOutput<'recordVote'>> {
  const { access } = ctx
  const meeting = access.doc
  const nominations = await nominationsOf(ctx, meeting.orgId, input)
  const earlier = nominations.every((n) => n.vote?.meetingId === meeting._id)
  if (earlier) return { quorate: true, reason: nominations[0]?.vote?.reason ?? '', nominations }
  if (meeting.status !== 'recorded') throw new AppError('CONFLICT', '请先记录这次执委会的出席情况，再录入表决结果')
  if (!meeting.agenda.some((item) => item.kind === 'election')) throw invalid('meetingId', '这次执委会的议程里没有增替补表决')
  // 第十四条: voted on only "经同级党组织批准同意后"
  nominations.forEach((n) => assertAt(n, 'approved', '表决'))
  const committee = await committeeMembers(ctx, meeting.orgId)
  const presentMemberIds = meeting.attendance.filter((a) => a.status === 'present').map((a) => a.memberId)
  const result = countVote({
    expected: committee.size,
    presentMemberIds,
    scrutineerIds: input.scrutineerIds,
    tellers: input.tellers,
    candidates: input.tallies.map((t, i) => ({ candidateId: t.nominationId, name: nominations[i]!.candidate.name, yes: t.yes, abstain: t.abstain, no: t.no })),
  })
  if (!result.quorate) throw new AppError('CONFLICT', `${result.reason}（第十六条：参加选举的执委人数必须超过应到执委人数的三分之二）`)
  const names = new Map([...committee.values()].map((m) => [m._id, m.name]))
  const at = ctx.clock.now().toISOString()
  let sort = Math.max(0, ...[...committee.values()].map((m) => m.sort))
  const decided: NominationDoc[] = []
  for (const [i, nomination] of nominations.entries()) {
    const tally = input.tallies[i]!
    const outcome = result.candidates[i]!
    const vote: NominationVote = {
      meetingId: meeting._id,
      expected: committee.size,
      present: presentMemberIds.length,
      yes: tally.yes,
      abstain: tally.abstain,
      no: tally.no,
      quorate: true,
      elected: outcome.elected,
      reason: outcome.reason,
      scrutineerNames: input.scrutineerIds.map((id) => names.get(id) ?? ''),
      tellers: input.tellers,
      at,
    }
    sort += 1
    const member = outcome.elected ? await seat(ctx, access.org, nomination, sort) : null
    decided.push(
      await updateVersioned(ctx, 'nominations', nomination, nomination.version, { status: outcome.elected ? 'elected' : 'notElected', vote, memberId: member?._id ?? null }),
    )
  }
  await minuteResults(ctx, meeting, decided)
  await publish(ctx, access, meeting, decided)
  return { quorate: true, reason: result.reason, nominations: decided }
}
