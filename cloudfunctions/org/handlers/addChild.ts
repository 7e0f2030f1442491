// org.addChild: a chair adds a body under her federation — a 妇女小组 or 妇女微家 under
// any federation, a 村 / 社区 / 安置点 only under a 街道 / 乡镇 (执委工作手册 一: 村、社区妇联 extend to
// 妇女小组 and 妇女微家), a “四新” federation under a 区县, 街道 or 乡镇. The new body gets a
// QR-safe code, the default hours and its level's own duties (`defaultDuties`),
// and its own board; the parent's board lists it at once.
import { DEFAULT_OPENING_HOURS, defaultDuties, ORG_LEVEL_LABEL, type OrgDoc, type OrgLevel } from '../../../types'
import { rebuildBoard } from '../../shared/boardDocument'
import type { Ctx } from '../../common/context'
import { nameGrams } from '../../common/nameGrams'
import { diffFields, recordAndPublish } from '../lib/changeLog'
import { refreshOrgPart } from '../lib/orgStats'
import { freeChildCode } from '../lib/childCode'
import { invalid } from '../../common/invalid'
import type { CtxOf } from '../../common/policy'
import type { OrgInput, OrgOutput } from '../lib/types'
import { toSummary } from '../lib/views'
import { earlierCreate, insertOnce, newId, stamp } from '../../common/writes'

type Input = OrgInput<'addChild'>

const SMALL_BODIES: OrgLevel[] = ['group', 'microHome']
/** Which bodies may sit directly under each level. */
const CHILD_LEVELS: Record<OrgLevel, OrgLevel[]> = {
  county: ['street', 'township', 'newSector'],
  street: ['community', 'village', 'resettlement', 'newSector', ...SMALL_BODIES],
  township: ['village', 'community', 'resettlement', 'newSector', ...SMALL_BODIES],
  community: SMALL_BODIES,
  village: SMALL_BODIES,
  resettlement: SMALL_BODIES,
  newSector: SMALL_BODIES,
  group: [],
  microHome: [],
}

const MAX_SIBLINGS = 200

async function checkChild(ctx: Ctx, parent: OrgDoc, input: Input): Promise<OrgDoc[]> {
  const allowed = CHILD_LEVELS[parent.level]
  if (!allowed.includes(input.level)) {
    const what = allowed.length ? `只能添加${allowed.map((l) => ORG_LEVEL_LABEL[l]).join('、')}` : '不能再添加下级组织'
    throw invalid('level', `${ORG_LEVEL_LABEL[parent.level]}下${what}`)
  }
  const siblings = await ctx.store.find<OrgDoc>('orgs', { parentId: parent._id }, { limit: MAX_SIBLINGS })
  if (siblings.some((s) => s.name === input.name)) throw invalid('name', `已经有叫「${input.name}」的下级组织了`)
  return siblings
}

async function newChild(ctx: Ctx, id: string, parent: OrgDoc, input: Input, siblings: OrgDoc[]): Promise<OrgDoc> {
  return {
    ...stamp(ctx, id),
    code: await freeChildCode(ctx, parent.code, input.level, siblings.filter((s) => s.level === input.level).length + 1),
    name: input.name,
    level: input.level,
    parentId: parent._id,
    ancestorIds: [...parent.ancestorIds, parent._id],
    logoUrl: null,
    homeName: input.level === 'microHome' ? '妇女微家' : '妇女之家',
    address: '',
    hours: structuredClone(DEFAULT_OPENING_HOURS),
    duties: defaultDuties(input.level),
    representativesCount: 0,
    intro: '',
    nameGrams: nameGrams(input.name),
    sort: Math.max(0, ...siblings.map((s) => s.sort)) + 1,
  }
}

export async function addChild(input: Input, ctx: CtxOf<'org.addChild'>): Promise<OrgOutput<'addChild'>> {
  const { access } = ctx
  const parent = access.org
  const id = newId(ctx, 'addChild', parent._id)
  const earlier = await earlierCreate<OrgDoc>(ctx, 'orgs', id)
  if (earlier) return { child: toSummary(earlier) }
  const siblings = await checkChild(ctx, parent, input)
  const { doc: child, created } = await insertOnce(ctx, 'orgs', await newChild(ctx, id, parent, input, siblings))
  if (!created) return { child: toSummary(child) }
  await rebuildBoard(ctx.store, child._id, ctx.clock.now())
  await refreshOrgPart(ctx, child._id, ctx.clock.now())
  await recordAndPublish(ctx, access, {
    action: 'addChild',
    target: { collection: 'orgs', id: child._id },
    summary: `添加了下级组织 ${child.name}（${ORG_LEVEL_LABEL[child.level]}）`,
    changes: diffFields(null, child, ['name', 'level', 'code']),
  })
  return { child: toSummary(child) }
}
