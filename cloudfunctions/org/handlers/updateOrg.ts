// org.updateOrg: a chair edits her federation — name, 标识, 妇女之家 name, address and
// hours, duties, 妇女代表 count, 情况介绍. A stale version is CONFLICT. A new name also
// shows on the parent's board (its children) and on each child's board (its parent).
import type { OrgDoc } from '../../../types'
import { rebuildBoard } from '../../shared/boardDocument'
import type { Ctx } from '../../common/context'
import { nameGrams } from '../../common/nameGrams'
import { describeFields, diffFields, recordAndPublish } from '../lib/changeLog'
import { refreshOrgPart } from '../lib/orgStats'
import { assertRealDates, invalid } from '../../common/invalid'
import type { CtxOf } from '../../common/policy'
import type { OrgInput, OrgOutput } from '../lib/types'
import { toConsoleOrg } from '../lib/views'
import { assertVersion, updateVersioned } from '../../common/writes'

const MAX_CHILDREN = 200

function checkHours(hours: OrgInput<'updateOrg'>['changes']['hours']): void {
  if (!hours) return
  hours.sessions.forEach((session, i) => {
    if (session.start >= session.end) throw invalid(`changes.hours.sessions.${i}.end`, '结束时间应晚于开始时间')
  })
  const dates = [...hours.closedDates.map((d, i) => [`changes.hours.closedDates.${i}`, d]), ...hours.extraOpenDates.map((d, i) => [`changes.hours.extraOpenDates.${i}`, d])]
  assertRealDates(Object.fromEntries(dates))
}

/** The boards that show this org's name besides its own: its parent's and its children's. */
async function rebuildNeighbours(ctx: Ctx, org: OrgDoc): Promise<void> {
  const now = ctx.clock.now()
  const children = await ctx.store.find<OrgDoc>('orgs', { parentId: org._id }, { limit: MAX_CHILDREN })
  const ids = [...(org.parentId ? [org.parentId] : []), ...children.map((c) => c._id)]
  for (const id of ids) await rebuildBoard(ctx.store, id, now)
}

export async function updateOrg(input: OrgInput<'updateOrg'>, ctx: CtxOf<'org.updateOrg'>): Promise<OrgOutput<'updateOrg'>> {
  checkHours(input.changes.hours)
  const { access } = ctx
  const { org } = access
  assertVersion(org, input.version)
  const changes = diffFields(org, { ...org, ...input.changes }, Object.keys(input.changes))
  if (changes.length === 0) return { org: toConsoleOrg(org) }
  const set: Partial<OrgDoc> = { ...input.changes, ...(input.changes.name ? { nameGrams: nameGrams(input.changes.name) } : {}) }
  const saved = await updateVersioned(ctx, 'orgs', org, input.version, set)
  await recordAndPublish(ctx, access, {
    action: 'updateOrg',
    target: { collection: 'orgs', id: org._id },
    summary: `修改了 ${saved.name} 的${describeFields(changes)}`,
    changes,
  })
  if (changes.some((c) => c.field === 'name')) await rebuildNeighbours(ctx, saved)
  // a 年度总结 or 年度工作计划 of another year (last year's summary, written in January) counts in that year's 台账
  const summariesChanged = Object.entries(input.changes.yearSummaries ?? {}).filter(([year, text]) => (org.yearSummaries?.[year] ?? '') !== text)
  const otherYears = [...summariesChanged.map(([year]) => Number(year)), ...(input.changes.annualPlan ? [input.changes.annualPlan.year] : [])]
  if (otherYears.length > 0) await refreshOrgPart(ctx, org._id, ctx.clock.now(), otherYears)
  return { org: toConsoleOrg(saved) }
}
