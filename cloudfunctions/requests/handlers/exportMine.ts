// requests.exportMine: everything she filed herself, as she sees it (her details, the
// closing words, her timeline), in one document she can keep. The export is audited
// with no detail; staff notes are not hers to take and are not in it.
import type { RequestDoc } from '../../../types'
import { recordRead } from '../../common/audit'
import type { Ctx } from '../../common/context'
import { eventsOf } from '../lib/events'
import { readCase } from '../lib/transition'
import type { RequestsInput, RequestsOutput } from '../lib/types'
import { requesterView } from '../lib/views'

type Output = RequestsOutput<'exportMine'>

const EXPORT_LIMIT = 1000

export async function exportMine(_input: RequestsInput<'exportMine'>, ctx: Ctx): Promise<Output> {
  const openid = ctx.caller.openid as string
  const found = await ctx.store.find<RequestDoc>('requests', { requesterOpenid: openid }, { sort: { createdAt: 1 }, limit: EXPORT_LIMIT })
  const requests: Output['requests'] = []
  for (const listed of found) {
    const doc = await readCase(ctx.store, listed._id)
    if (!doc || doc.requesterOpenid !== openid) continue
    requests.push(await requesterView(ctx, doc, await eventsOf(ctx.store, doc._id)))
  }
  await recordRead(ctx, { fn: 'requests', action: 'exportMine', orgId: null, target: null, summary: `本人导出了自己的求助（${requests.length} 条）` })
  return { exportedAt: ctx.clock.now().toISOString(), requests }
}
