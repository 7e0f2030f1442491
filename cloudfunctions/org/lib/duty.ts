// 执委履职 records in the console: who may write or read which member's entries (a federation's
// 执委 only), the entry as its reader sees it (the women's names opened only for her and her
// chair, every chair's read audited), the entries the engine reads, and the team's statuses the
// chair's 履职情况 and a federation above (as counts) read.
import { DUTY_POSTS, heldToDuty, type DutyEntryDoc, type DutyEntryView, type DutyMemberStatus, type DutyTeamTally, type MemberDoc, type OrgDoc } from '../../../types'
import { recordRead, recordRefusal } from '../../common/audit'
import type { Ctx, OrgAccess } from '../../common/context'
import { AppError } from '../../common/errors'
import { invalid } from '../../common/invalid'
import { localDate } from '../../common/time'
import { summarize } from '../../shared/duty/cadence'

/** The member whose entries the call is about: named, or the caller herself. */
export async function dutyMemberOf(ctx: Ctx, access: OrgAccess, memberId: string | undefined, action: string): Promise<MemberDoc> {
  const own = access.standing.membership?.orgId === access.org._id ? access.standing.membership.memberId : null
  const target = memberId ?? own
  if (!target) throw new AppError('INVALID_INPUT', '请选择是哪位执委的履职记录')
  await assertMayTouch(ctx, access, target, action)
  const member = await ctx.store.getById<MemberDoc>('members', target)
  if (member?.orgId !== access.org._id) throw invalid('memberId', '不是本妇联的执委')
  if (member.status !== 'active') throw invalid('memberId', `${member.name}已离任`)
  // 附件2 holds "每位妇联执委" to the 七个一: a volunteer, a 小组长 or a 组员 keeps no 履职 record
  if (!heldToDuty(member.post)) throw invalid('memberId', `${member.name}不是执委，不记执委履职`)
  return member
}

/**
 * A member her own entries; the chair and vice-chairs of the federation every member's. A
 * chair above reads counts and statuses, never another federation's entries.
 */
export async function assertMayTouch(ctx: Ctx, access: OrgAccess, memberId: string, action: string): Promise<void> {
  const { role, membership } = access.standing
  if (role === 'chair') return
  if (role === 'member' && membership?.memberId === memberId) return
  await recordRefusal(ctx, {
    fn: 'org',
    action,
    orgId: access.org._id,
    target: { collection: 'members', id: memberId },
    summary: `拒绝：org.${action}（${role}）他人的履职记录`,
  })
  throw new AppError('FORBIDDEN', role === 'member' ? '只能查看和记录自己的履职' : '只有本级妇联主席、副主席能查看执委的履职记录')
}

/** The entry for its reader: she and her chair see the women's names; a chair's read is audited. */
export async function entryView(ctx: Ctx, access: OrgAccess, doc: DutyEntryDoc, action: string): Promise<DutyEntryView> {
  const names = doc.womenNames === '' ? '' : ctx.ports.vault.open(doc.womenNames)
  if (names !== '' && access.standing.membership?.memberId !== doc.memberId) {
    await recordRead(ctx, {
      fn: 'org',
      action,
      orgId: doc.orgId,
      target: { collection: 'duty_entries', id: doc._id },
      summary: '查看了执委履职记录中的妇女姓名',
      actorName: access.actorName,
    })
  }
  return {
    _id: doc._id,
    version: doc.version,
    orgId: doc.orgId,
    memberId: doc.memberId,
    kind: doc.kind,
    date: doc.date,
    way: doc.way,
    areaId: doc.areaId,
    womenCount: doc.womenCount,
    note: doc.note,
    photos: doc.photos,
    womenNames: names,
    links: doc.links,
    enteredBy: doc.enteredBy,
    updatedAt: doc.updatedAt,
  }
}

/** A member's entries from `since` on (the engine looks back at most the last period and a year). */
export function entriesSince(ctx: Ctx, orgId: string, memberId: string, since: string): Promise<DutyEntryDoc[]> {
  return ctx.store.find<DutyEntryDoc>('duty_entries', { orgId, memberId, date: { $gte: since } }, { sort: { date: -1 }, limit: 1000 })
}

/** The day she became a member: her term's start, else the day her record was made. */
export const joinedOn = (member: Pick<MemberDoc, 'termStart' | 'createdAt'>): string => member.termStart ?? localDate(new Date(member.createdAt))

/** How far back the engine looks: the start of last year covers the last period of every duty and the past 12 months. */
export const lookbackFrom = (today: string): string => `${Number(today.slice(0, 4)) - 1}-01-01`

/** More 执委 than any federation has (the seeds allow 29): one read. */
const MAX_TEAM = 200

/** Her 七个一 now, for the chair's view: read from her entries since the lookback. */
async function statusOf(ctx: Ctx, org: Pick<OrgDoc, '_id' | 'dutyMinimums'>, member: MemberDoc, now: Date, since: string): Promise<DutyMemberStatus> {
  const entries = await entriesSince(ctx, org._id, member._id, since)
  const summary = summarize({ memberId: member._id, entries, joinedOn: joinedOn(member), now, minimums: org.dutyMinimums ?? null })
  return { memberId: member._id, name: member.name, post: member.post, summary }
}

/** The flag first, then those behind, then the rest in board order. */
const rank = (row: DutyMemberStatus): number => (row.summary.silentYear ? 0 : row.summary.behind ? 1 : 2)

/**
 * Every 执委 in office of a federation with her 七个一 status (履职情况): the one-year flag first,
 * then those behind, then the rest in board order. Never a 巾帼志愿者, 小组长 or 组员.
 */
export async function teamStatus(ctx: Ctx, org: Pick<OrgDoc, '_id' | 'dutyMinimums'>): Promise<DutyMemberStatus[]> {
  const now = ctx.clock.now()
  const since = lookbackFrom(localDate(now))
  const filter = { orgId: org._id, status: 'active', post: { $in: [...DUTY_POSTS] } }
  const members = await ctx.store.find<MemberDoc>('members', filter, { sort: { sort: 1 }, limit: MAX_TEAM })
  const rows = await Promise.all(members.map((member) => statusOf(ctx, org, member, now, since)))
  return rows
    .map((row, index) => ({ row, index }))
    .sort((a, b) => rank(a.row) - rank(b.row) || a.index - b.index)
    .map(({ row }) => row)
}

/** The team as counts (for a federation above): no name, no status of anyone. Behind and flagged do not overlap. */
export const tallyOf = (rows: readonly DutyMemberStatus[]): DutyTeamTally => ({
  total: rows.length,
  behind: rows.filter((row) => row.summary.behind && !row.summary.silentYear).length,
  silent: rows.filter((row) => row.summary.silentYear !== null).length,
})
