// requests.act: every step of a case's lifecycle — 受理 and assigning, contacts, notes,
// messages, referrals, 上报, 办结, reopening, 回访, and her own additions, withdrawal and
// rating (which the board's 群众满意度 counts) — with the version the caller saw (a stale one is CONFLICT). The policy decides
// who may take each step; the state machine when. She is told when her case changes
// state and when the staff leave her a message, never what it is about; the upper
// federation's chairs are told when a case is escalated to them; the member given a case,
// and its backup, are told it is theirs.
import { REQUEST_STATE_LABEL, REQUEST_STEP_LABEL } from '../../../types'
import type { CtxOf } from '../../common/policy'
import { rebuildBoard } from '../../shared/boardDocument'
import { refreshStats, yearOf } from '../../shared/orgStats'
import { notifyAssigned, notifyChairs, notifyRequester, statePhrase } from '../lib/notify'
import { audit } from '../lib/record'
import { planStep } from '../lib/steps'
import { applyStep, assertCanStep } from '../lib/transition'
import type { RequestsInput, RequestsOutput } from '../lib/types'
import { caseViewFor } from '../lib/views'

type Input = RequestsInput<'act'>
type Output = RequestsOutput<'act'>

const MESSAGE_PHRASE = '新留言'

export async function act(input: Input, ctx: CtxOf<'requests.act'>): Promise<Output> {
  const kind = input.step.kind
  const { doc, roles, actorName } = ctx.access
  assertCanStep(doc, input.version, kind)
  const { patch, record } = await planStep(ctx, doc, roles, input.step, actorName)
  const saved = await applyStep(ctx, doc, input.version, kind, patch, record)
  const moved = saved.state !== doc.state
  // a step that moves the case is counted for the view from above at once (in the year it was filed)
  if (moved) await refreshStats(ctx.store, doc.orgId, ctx.clock.now(), ['requests'], [yearOf(new Date(doc.createdAt))])
  await audit(ctx, {
    action: `act.${kind}`,
    orgId: doc.orgId,
    actorName,
    caseId: doc._id,
    summary: `求助 ${doc.code}：${REQUEST_STEP_LABEL[kind]}${moved ? `（${REQUEST_STATE_LABEL[doc.state]} → ${REQUEST_STATE_LABEL[saved.state]}）` : ''}`,
    changes: moved ? [{ field: 'state', before: doc.state, after: saved.state }] : [],
  })
  if (record.actor === 'staff' && moved) await notifyRequester(ctx, saved, statePhrase(saved.state))
  else if (kind === 'message') await notifyRequester(ctx, saved, MESSAGE_PHRASE)
  if (kind === 'escalate' && saved.escalatedToOrgId) await notifyChairs(ctx, saved.escalatedToOrgId, saved._id)
  if (kind === 'accept' || kind === 'reassign') await notifyAssigned(ctx, doc, saved)
  // 002 第七条 亮成效 "及时公布成效及群众满意度": her rating counts on the board at once (counts only)
  if (kind === 'rate') await rebuildBoard(ctx.store, doc.orgId, ctx.clock.now())
  return caseViewFor(ctx, saved, roles)
}
