// org.saveArea: a chair adds or edits a liaison area (楼栋 / 网格 / 村民小组) and who
// covers it. The covering and backup members must be two different active members of
// this org; names are unique within the org so a resident can tell areas apart.
import { AREA_KIND_LABEL, type AreaDoc, type MemberDoc } from '../../../types'
import type { FieldChange } from '../../common/audit'
import type { Ctx, OrgAccess } from '../../common/context'
import { diffFields, recordAndPublish } from '../lib/changeLog'
import { invalid } from '../../common/invalid'
import type { CtxOf } from '../../common/policy'
import type { OrgInput, OrgOutput } from '../lib/types'
import { editVersioned } from '../lib/versionedEdit'
import { earlierCreate, insertOnce, newId, stamp } from '../../common/writes'

type Input = OrgInput<'saveArea'>
type Fields = Input['fields']
type Output = OrgOutput<'saveArea'>

const AREA_FIELDS = ['name', 'kind', 'memberId', 'backupMemberId'] as const

/**
 * The new covering and backup members must be active members of this org, and not
 * the same one. Returns id → name of them and of `alsoName` (the people before).
 */
async function checkPeople(ctx: Ctx, orgId: string, fields: Fields, alsoName: (string | null)[] = []): Promise<Map<string, string>> {
  if (fields.memberId && fields.memberId === fields.backupMemberId) throw invalid('fields.backupMemberId', '后备执委不能和联系执委是同一人')
  const ids = [...new Set([fields.memberId, fields.backupMemberId, ...alsoName].filter((id): id is string => id !== null))]
  const found = ids.length ? await ctx.store.find<MemberDoc>('members', { _id: { $in: ids } }, { limit: ids.length }) : []
  for (const field of ['memberId', 'backupMemberId'] as const) {
    const id = fields[field]
    const person = found.find((m) => m._id === id)
    if (id && (!person || person.orgId !== orgId || person.status !== 'active')) throw invalid(`fields.${field}`, '不是本妇联的在任成员')
  }
  return new Map(found.map((m) => [m._id, m.name]))
}

/** Audit before/after with people's names instead of ids. */
function named(changes: FieldChange[], names: Map<string, string>): FieldChange[] {
  const name = (value: unknown) => (typeof value === 'string' ? (names.get(value) ?? value) : value)
  return changes.map((c) => (c.field === 'memberId' || c.field === 'backupMemberId' ? { ...c, before: name(c.before), after: name(c.after) } : c))
}

async function siblingsOf(ctx: Ctx, orgId: string, fields: Fields, selfId: string | null): Promise<AreaDoc[]> {
  const areas = await ctx.store.find<AreaDoc>('areas', { orgId }, { sort: { sort: 1 } })
  if (areas.some((a) => a._id !== selfId && a.name === fields.name)) throw invalid('fields.name', `已经有叫「${fields.name}」的片区了`)
  return areas
}

async function createArea(input: Input, access: OrgAccess, ctx: Ctx): Promise<Output> {
  const id = newId(ctx, 'saveArea', access.org._id)
  const earlier = await earlierCreate<AreaDoc>(ctx, 'areas', id)
  if (earlier) return { area: earlier }
  const names = await checkPeople(ctx, access.org._id, input.fields)
  const siblings = await siblingsOf(ctx, access.org._id, input.fields, null)
  const sort = Math.max(0, ...siblings.map((a) => a.sort)) + 1
  const doc: AreaDoc = { ...stamp(ctx, id), orgId: access.org._id, ...input.fields, sort }
  const { doc: saved, created } = await insertOnce(ctx, 'areas', doc)
  if (!created) return { area: saved }
  await recordAndPublish(ctx, access, {
    action: 'saveArea',
    target: { collection: 'areas', id },
    summary: `添加了${AREA_KIND_LABEL[doc.kind]} ${doc.name}`,
    changes: named(diffFields(null, doc, AREA_FIELDS), names),
  })
  return { area: saved }
}

async function editArea(input: Input, areaId: string, access: OrgAccess, ctx: Ctx): Promise<Output> {
  const edit = { id: areaId, version: input.version, fields: input.fields, audited: AREA_FIELDS }
  const area = await editVersioned(ctx, access, 'saveArea', edit, async (area, changes) => {
    const names = await checkPeople(ctx, access.org._id, input.fields, [area.memberId, area.backupMemberId])
    await siblingsOf(ctx, access.org._id, input.fields, area._id)
    return { changes: named(changes, names) }
  })
  return { area }
}

export async function saveArea(input: Input, ctx: CtxOf<'org.saveArea'>): Promise<Output> {
  const { access } = ctx
  return input.areaId ? editArea(input, input.areaId, access, ctx) : createArea(input, access, ctx)
}
