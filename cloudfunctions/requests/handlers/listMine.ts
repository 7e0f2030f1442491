// requests.listMine: 我的求助 — the cases she filed herself, newest first, with no
// detail beyond the code, the federation, the category and the state. Even that says
// what she asked for help with, so a list that shows any case is audited as her read,
// with how many and nothing else.
import type { OrgDoc, RequestDoc } from '../../../types'
import { recordRead } from '../../common/audit'
import type { Ctx } from '../../common/context'
import type { RequestsInput, RequestsOutput } from '../lib/types'

const MINE_LIMIT = 100

export async function listMine(_input: RequestsInput<'listMine'>, ctx: Ctx): Promise<RequestsOutput<'listMine'>> {
  const cases = await ctx.store.find<RequestDoc>('requests', { requesterOpenid: ctx.caller.openid }, { sort: { createdAt: -1 }, limit: MINE_LIMIT })
  const orgIds = [...new Set(cases.map((c) => c.orgId))]
  const orgs = orgIds.length ? await ctx.store.find<OrgDoc>('orgs', { _id: { $in: orgIds } }, { limit: orgIds.length }) : []
  const names = new Map(orgs.map((o) => [o._id, o.name]))
  if (cases.length > 0) await recordRead(ctx, { fn: 'requests', action: 'listMine', orgId: null, target: null, summary: `本人查看了自己的求助列表（${cases.length} 条）` })
  return {
    requests: cases.map((c) => ({
      _id: c._id,
      code: c.code,
      orgName: names.get(c.orgId) ?? '',
      category: c.category,
      state: c.state,
      createdAt: c.createdAt,
      updatedAt: c.updatedAt,
    })),
  }
}
