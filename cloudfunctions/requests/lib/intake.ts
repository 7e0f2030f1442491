// Filing a case, shared by her own submit and a member filing for her. Under-14s are
// routed to a guardian / hotline instead of being filed. The timeline event
// `<id>.1` is written first and carries the whole case, then the case itself, both
// insert-once: a retry with the same requestId completes a half-done submit and never
// makes a second case.
import { CONSENT_VERSION, type OrgDoc, type RequestDoc, type RequestEventDoc, type RequestPersonal } from '../../../types'
import type { Ctx } from '../../common/context'
import { AppError } from '../../common/errors'
import { freeCode } from './code'
import { notifyChairs } from './notify'
import { audit } from './record'
import { sealPersonal } from './seal'
import { addNewCase, partMark, refreshStats, yearOf } from '../../shared/orgStats'
import { eventId, insertCase } from './transition'
import type { RequestsInput } from './types'

const UNDER_14_MESSAGE = '未满14周岁的孩子遇到困难，请由父母或其他监护人陪同求助，或拨打 12338 妇女维权公益服务热线；遇到危险请立即拨打 110'
/** Names the text she agreed to and the one in force, so she knows why and what to do. */
const oldConsentMessage = (agreed: string): string =>
  `您同意的《个人信息使用说明》是 ${agreed} 版，现在用的是 ${CONSENT_VERSION} 版。请关闭后重新打开「我要求助」，读过新的说明并同意后再提交`

type Fields = RequestsInput<'submit'> | RequestsInput<'fileOnBehalf'>

/** INVALID_INPUT on ageBand, with the guardian / hotline path, before anything is kept. */
export function assertNotUnder14(fields: Pick<Fields, 'ageBand'>): void {
  if (fields.ageBand === 'under14') throw new AppError('INVALID_INPUT', UNDER_14_MESSAGE, [{ field: 'ageBand', message: UNDER_14_MESSAGE }])
}

/**
 * The consent text ships with the page (it must read offline), so the page says which
 * version she agreed to and the server confirms it is the one in force.
 */
export function assertCurrentConsent(version: string): void {
  if (version === CONSENT_VERSION) return
  const message = oldConsentMessage(version)
  throw new AppError('INVALID_INPUT', message, [{ field: 'consentVersion', message }])
}

function personalOf(fields: Fields): RequestPersonal {
  return { name: fields.name, description: fields.description, needs: fields.needs, phone: fields.phone, address: fields.address, safeTimes: fields.contact.safeTimes }
}

/** How the case reached the federation and who speaks for it on the timeline. */
export interface Origin {
  channel: RequestDoc['channel']
  requesterOpenid: string | null
  filedByMemberId: string | null
  consent: RequestDoc['consent']
  actor: RequestEventDoc['actor']
  actorName: string
}

/** What a case that has just entered the queue at `at` carries: nobody has touched it yet. */
export function untouchedSince(at: string) {
  return {
    assigneeId: null,
    backupId: null,
    escalatedToOrgId: null,
    escalatedAt: null,
    queuedAt: at,
    acceptedAt: null,
    firstContactAt: null,
    closedAt: null,
    closure: null,
    referrals: [],
    followUp: null,
    rating: null,
    anonymisedAt: null,
  } satisfies Partial<RequestDoc>
}

async function caseDoc(ctx: Ctx, id: string, fields: Fields, org: OrgDoc, origin: Origin): Promise<RequestDoc> {
  const now = ctx.clock.now().toISOString()
  return {
    _id: id,
    version: 1,
    createdAt: now,
    updatedAt: now,
    code: await freeCode(ctx.store, id),
    orgId: org._id,
    orgAncestorIds: org.ancestorIds,
    state: 'submitted',
    category: fields.category,
    urgency: fields.urgency,
    ageBand: fields.ageBand,
    forWhom: fields.forWhom,
    channel: origin.channel,
    requesterOpenid: origin.requesterOpenid,
    filedByMemberId: origin.filedByMemberId,
    consent: origin.consent,
    contactChannel: fields.contact.channel,
    doNotCall: fields.contact.doNotCall,
    personal: sealPersonal(ctx, personalOf(fields)),
    ...untouchedSince(now),
  }
}

/** What the audit says of a filing: its action and the words under the actor's name. */
export interface FilingNote {
  action: 'submit' | 'fileOnBehalf'
  actorName: string
  summary: string
}

/**
 * What follows a case's filing: the audit line, and the chairs told it waits for them. A retry of
 * the request that filed it (`retried`) does both again, each at most once for the case (keyed by
 * its first timeline event), so a first delivery cut off after the case was kept but before
 * these still reaches the chairs; and it recounts the figures whole, for a first delivery cut
 * off before the case added itself. Once a chair has taken the case up, a late retry tells no one.
 */
export async function announceFiled(ctx: Ctx, doc: RequestDoc, note: FilingNote, retried: boolean): Promise<void> {
  if (retried) await refreshStats(ctx.store, doc.orgId, ctx.clock.now(), ['requests'], [yearOf(new Date(doc.createdAt))])
  const once = eventId(doc._id, 1)
  await audit(ctx, { ...note, orgId: doc.orgId, caseId: doc._id, once })
  if (doc.version === 1) await notifyChairs(ctx, doc.orgId, doc._id, once)
}

/** Files the case `id` (event first, then the case); created is false when a retry found it there. */
export async function fileCase(ctx: Ctx, id: string, fields: Fields, org: OrgDoc, origin: Origin): Promise<{ doc: RequestDoc; created: boolean }> {
  const doc = await caseDoc(ctx, id, fields, org, origin)
  // the figures' marks before the case is kept: its add is made only if no recount came since
  const mark = await partMark(ctx.store, org._id, yearOf(new Date(doc.createdAt)), 'requests')
  const event: RequestEventDoc = {
    _id: eventId(id, 1),
    caseId: id,
    orgId: org._id,
    seq: 1,
    at: doc.createdAt,
    step: 'submit',
    from: null,
    to: 'submitted',
    actor: origin.actor,
    actorName: origin.actorName,
    visibleToRequester: true,
    text: '',
    patch: doc,
  }
  let filed = event
  try {
    await ctx.store.insert('request_events', event)
  } catch (error) {
    const earlier = error instanceof AppError && error.code === 'CONFLICT' ? await ctx.store.getById<RequestEventDoc>('request_events', event._id) : null
    if (!earlier) throw error
    filed = earlier
  }
  const filedCase = await insertCase(ctx.store, filed.patch as RequestDoc)
  // counted for the view from above at once: the new case adds itself; a retry recounts the
  // case's year whole, so a first delivery cut off before its add is put right
  if (filedCase.created) await addNewCase(ctx.store, org, filedCase.doc, ctx.clock.now(), mark)
  else await refreshStats(ctx.store, org, ctx.clock.now(), ['requests'], [yearOf(new Date(filedCase.doc.createdAt))])
  return filedCase
}
