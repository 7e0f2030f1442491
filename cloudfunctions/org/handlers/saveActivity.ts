// org.saveActivity: 亮活动内容 — a chair plans an activity, and afterwards records its
// result with photos (or cancels it). A retried create returns the first activity; a
// stale edit is CONFLICT.
import type { ActivityDoc } from '../../../types'
import type { Ctx, OrgAccess } from '../../common/context'
import { localDate } from '../../common/time'
import { diffFields, recordAndPublish } from '../lib/changeLog'
import { assertRealDates, invalid } from '../../common/invalid'
import type { CtxOf } from '../../common/policy'
import type { OrgInput, OrgOutput } from '../lib/types'
import { editVersioned } from '../lib/versionedEdit'
import { earlierCreate, insertOnce, newId, stamp } from '../../common/writes'

type Input = OrgInput<'saveActivity'>
type Output = OrgOutput<'saveActivity'>

const ACTIVITY_FIELDS = ['title', 'status', 'date', 'place', 'summary', 'resultText', 'photos'] as const

async function createActivity(input: Input, access: OrgAccess, ctx: Ctx): Promise<Output> {
  const id = newId(ctx, 'saveActivity', access.org._id)
  const earlier = await earlierCreate<ActivityDoc>(ctx, 'activities', id)
  if (earlier) return { activity: earlier }
  const doc: ActivityDoc = { ...stamp(ctx, id), orgId: access.org._id, ...input.fields }
  const { doc: saved, created } = await insertOnce(ctx, 'activities', doc)
  if (!created) return { activity: saved }
  await recordAndPublish(ctx, access, {
    action: 'saveActivity',
    target: { collection: 'activities', id },
    summary: `添加了活动 ${doc.title}（${doc.date}）`,
    changes: diffFields(null, doc, ACTIVITY_FIELDS),
  })
  return { activity: saved }
}

async function editActivity(input: Input, activityId: string, access: OrgAccess, ctx: Ctx): Promise<Output> {
  const activity = await editVersioned(ctx, access, 'saveActivity', { id: activityId, version: input.version, fields: input.fields, audited: ACTIVITY_FIELDS })
  return { activity }
}

export async function saveActivity(input: Input, ctx: CtxOf<'org.saveActivity'>): Promise<Output> {
  assertRealDates({ 'fields.date': input.fields.date })
  if (input.fields.status === 'done' && input.fields.date > localDate(ctx.clock.now())) throw invalid('fields.date', '活动还没到日期，不能标记为已完成')
  const { access } = ctx
  return input.activityId ? editActivity(input, input.activityId, access, ctx) : createActivity(input, access, ctx)
}
