// org.saveMember: a chair adds a member (no memberId) or edits one — post, photo,
// phone, specialty, rotation month, term — and, when `coverAreaIds` is given, the
// areas she covers. A retried create returns the first member; a stale edit is CONFLICT.
import { POST_LABEL, type MemberDoc } from '../../../types'
import type { Ctx } from '../../common/context'
import { describeFields, diffFields, recordAndPublish } from '../lib/changeLog'
import { applyCover, planCover } from '../lib/coverage'
import { assertRealDates, invalid } from '../../common/invalid'
import { accessOrg, loadInOrg, type Access } from '../lib/load'
import type { OrgInput, OrgOutput } from '../lib/types'
import { toConsoleMember } from '../lib/views'
import { assertVersion, earlierCreate, insertOnce, newId, stamp, updateVersioned } from '../../common/writes'

type Input = OrgInput<'saveMember'>
type Output = OrgOutput<'saveMember'>

export const MEMBER_FIELDS = ['name', 'post', 'phone', 'photoUrl', 'specialty', 'onDutyMonth', 'termStart', 'termEnd'] as const

function checkTerm(fields: Input['fields']): void {
  assertRealDates({ 'fields.termStart': fields.termStart, 'fields.termEnd': fields.termEnd })
  if (fields.termStart && fields.termEnd && fields.termEnd < fields.termStart) throw invalid('fields.termEnd', '任期结束不能早于任期开始')
}

async function nextSort(ctx: Ctx, orgId: string): Promise<number> {
  const [last] = await ctx.store.find<MemberDoc>('members', { orgId }, { sort: { sort: -1 }, limit: 1 })
  return (last?.sort ?? 0) + 1
}

async function createMember(input: Input, access: Access, ctx: Ctx): Promise<Output> {
  const id = newId(ctx, 'saveMember', access.org._id)
  const earlier = await earlierCreate<MemberDoc>(ctx, 'members', id)
  if (earlier) return { member: toConsoleMember(earlier) }
  const plan = await planCover(ctx, access.org._id, null, input.coverAreaIds)
  const doc: MemberDoc = {
    ...stamp(ctx, id),
    orgId: access.org._id,
    ...input.fields,
    openid: null,
    status: 'active',
    departure: null,
    sort: await nextSort(ctx, access.org._id),
  }
  const { doc: saved, created } = await insertOnce(ctx, 'members', doc)
  if (!created) return { member: toConsoleMember(saved) }
  if (plan) await applyCover(ctx, id, plan)
  const changes = [...diffFields(null, doc, MEMBER_FIELDS), ...(plan?.change ? [plan.change] : [])]
  await recordAndPublish(ctx, access, {
    action: 'saveMember',
    target: { collection: 'members', id },
    summary: `添加了成员 ${doc.name}（${POST_LABEL[doc.post]}）`,
    changes,
  })
  return { member: toConsoleMember(saved) }
}

async function editMember(input: Input, memberId: string, access: Access, ctx: Ctx): Promise<Output> {
  const member = await loadInOrg<MemberDoc>(ctx, 'members', memberId, access.org._id)
  if (input.version === undefined) throw invalid('version', '修改成员时需要带上版本号')
  assertVersion(member, input.version)
  if (member.status === 'left' && input.coverAreaIds?.length) throw invalid('coverAreaIds', '已离任的成员不能联系片区')
  const plan = await planCover(ctx, access.org._id, member._id, input.coverAreaIds)
  const fieldChanges = diffFields(member, { ...member, ...input.fields }, MEMBER_FIELDS)
  const changes = [...fieldChanges, ...(plan?.change ? [plan.change] : [])]
  if (changes.length === 0) return { member: toConsoleMember(member) }
  const saved = await updateVersioned(ctx, 'members', member, input.version, input.fields)
  if (plan?.change) await applyCover(ctx, member._id, plan)
  await recordAndPublish(ctx, access, {
    action: 'saveMember',
    target: { collection: 'members', id: member._id },
    summary: `修改了成员 ${member.name} 的${describeFields(changes)}`,
    changes,
  })
  return { member: toConsoleMember(saved) }
}

export async function saveMember(input: Input, ctx: Ctx): Promise<Output> {
  checkTerm(input.fields)
  const access = await accessOrg(ctx, 'saveMember', input.orgId)
  if (input.memberId) return editMember(input, input.memberId, access, ctx)
  return createMember(input, access, ctx)
}
