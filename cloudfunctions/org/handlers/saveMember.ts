// org.saveMember: a chair adds a member (no memberId) or edits one — post, photo,
// phone, specialty, rotation month, term — and, when `coverAreaIds` is given, the
// areas she covers. A retried create returns the first member; a stale edit is CONFLICT.
// Taking an area another member covers needs `confirmMoves` (the form asks first), and
// which number the board shows is hers to choose: her own, an office one, or none.
// Her post must be one her body's level gives, and a second 主席 (or 小组长) is refused.
// A new member without term dates serves out the federation's term, when it recorded one.
import { POST_LABEL, type MemberDoc } from '../../../types'
import type { Ctx, OrgAccess } from '../../common/context'
import { diffFields, recordAndPublish } from '../lib/changeLog'
import { applyCover, assertMovesConfirmed, movesChange, planCover, type CoverPlan } from '../lib/coverage'
import { assertRealDates, invalid } from '../../common/invalid'
import type { CtxOf } from '../../common/policy'
import type { OrgInput, OrgOutput } from '../lib/types'
import { editVersioned } from '../lib/versionedEdit'
import { toConsoleMember } from '../lib/views'
import { checkPhoneChoice } from '../lib/phoneChoice'
import { assertPostFits, assertSinglePost, checkLinkedBodies } from '../lib/memberRules'
import { earlierCreate, insertOnce, newId, stamp } from '../../common/writes'
import { localDate } from '../../common/time'
import { termOfNewMember } from '../lib/memberTerm'

type Input = OrgInput<'saveMember'>
type Output = OrgOutput<'saveMember'>

export const MEMBER_FIELDS = ['name', 'post', 'phone', 'officePhone', 'phoneShown', 'photoUrl', 'specialty', 'onDutyMonth', 'termStart', 'termEnd'] as const

/** Her own areas' change and, when areas were taken from others, from whom. */
const coverChanges = (plan: CoverPlan | null) => [plan?.change, movesChange(plan)].filter((c) => !!c)

function checkTerm(fields: Input['fields']): void {
  assertRealDates({ 'fields.termStart': fields.termStart, 'fields.termEnd': fields.termEnd })
  if (fields.termStart && fields.termEnd && fields.termEnd < fields.termStart) throw invalid('fields.termEnd', '任期结束不能早于任期开始')
}

async function nextSort(ctx: Ctx, orgId: string): Promise<number> {
  const [last] = await ctx.store.find<MemberDoc>('members', { orgId }, { sort: { sort: -1 }, limit: 1 })
  return (last?.sort ?? 0) + 1
}

async function createMember(input: Input, access: OrgAccess, ctx: Ctx): Promise<Output> {
  const id = newId(ctx, 'saveMember', access.org._id)
  const earlier = await earlierCreate<MemberDoc>(ctx, 'members', id)
  if (earlier) return { member: toConsoleMember(earlier) }
  const plan = await planCover(ctx, access.org._id, null, input.coverAreaIds)
  assertMovesConfirmed(plan, input.fields.name, input.confirmMoves)
  await assertSinglePost(ctx, access.org._id, null, input.fields.post)
  const linked = await checkLinkedBodies(ctx, access.org._id, [], input.fields.linkedBodyIds)
  // no dates given: she serves from today to the end of the federation's term, when it has one (lib/memberTerm.ts)
  const given = input.fields.termStart !== null || input.fields.termEnd !== null
  const term = given ? {} : termOfNewMember(access.org, localDate(ctx.clock.now()))
  const doc: MemberDoc = {
    ...stamp(ctx, id),
    orgId: access.org._id,
    ...input.fields,
    ...term,
    officePhone: input.fields.officePhone ?? null,
    phoneShown: input.fields.phoneShown ?? 'personal',
    openid: null,
    status: 'active',
    departure: null,
    sort: await nextSort(ctx, access.org._id),
  }
  const { doc: saved, created } = await insertOnce(ctx, 'members', doc)
  if (!created) return { member: toConsoleMember(saved) }
  if (plan) await applyCover(ctx, id, plan)
  const changes = [...diffFields(null, doc, MEMBER_FIELDS), ...coverChanges(plan), ...(linked ? [linked] : [])]
  await recordAndPublish(ctx, access, {
    action: 'saveMember',
    target: { collection: 'members', id },
    summary: `添加了成员 ${doc.name}（${POST_LABEL[doc.post]}）`,
    changes,
  })
  return { member: toConsoleMember(saved) }
}

async function editMember(input: Input, memberId: string, access: OrgAccess, ctx: Ctx): Promise<Output> {
  const edit = { id: memberId, version: input.version, fields: input.fields, audited: MEMBER_FIELDS }
  const member = await editVersioned(ctx, access, 'saveMember', edit, async (member, changes) => {
    if (member.status === 'left' && input.coverAreaIds?.length) throw invalid('coverAreaIds', '已离任的成员不能联系片区')
    checkPhoneChoice({ ...member, ...input.fields })
    if (member.status === 'active' && input.fields.post !== member.post) await assertSinglePost(ctx, access.org._id, member._id, input.fields.post)
    const linked = await checkLinkedBodies(ctx, access.org._id, member.linkedBodyIds ?? [], input.fields.linkedBodyIds)
    const cover = await planCover(ctx, access.org._id, member._id, input.coverAreaIds)
    assertMovesConfirmed(cover, input.fields.name, input.confirmMoves)
    const all = [...changes, ...(linked ? [linked] : [])]
    if (!cover?.change) return { changes: all }
    return { changes: [...all, ...coverChanges(cover)], afterWrite: () => applyCover(ctx, member._id, cover) }
  })
  return { member: toConsoleMember(member) }
}

export async function saveMember(input: Input, ctx: CtxOf<'org.saveMember'>): Promise<Output> {
  checkTerm(input.fields)
  if (!input.memberId) checkPhoneChoice(input.fields)
  const { access } = ctx
  assertPostFits(access.org.level, input.fields.post)
  if (input.memberId) return editMember(input, input.memberId, access, ctx)
  return createMember(input, access, ctx)
}
