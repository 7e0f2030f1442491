// Loading what a topics handler acts on: the topic or meeting first (missing: NOT_FOUND),
// then its org, then the policy's verdict for the caller (ORG_POLICY "topics.*").
import type { MeetingDoc, OrgDoc, TopicDoc } from '../../../types'
import type { Ctx } from '../../common/context'
import { AppError } from '../../common/errors'
import { authorizeForOrg } from '../../common/policy'
import { membershipsOf, standingToward, type Standing } from '../../common/staff'

export interface OrgAccess {
  org: OrgDoc
  standing: Standing
  actorName: string
}

export async function loadOrg(ctx: Ctx, orgId: string): Promise<OrgDoc> {
  const org = await ctx.store.getById<OrgDoc>('orgs', orgId)
  if (!org) throw new AppError('NOT_FOUND', '没有找到这个妇联组织')
  return org
}

export async function loadTopic(ctx: Ctx, topicId: string): Promise<TopicDoc> {
  const topic = await ctx.store.getById<TopicDoc>('topics', topicId)
  if (!topic) throw new AppError('NOT_FOUND', '没有找到这个议题')
  return topic
}

export async function loadMeeting(ctx: Ctx, meetingId: string): Promise<MeetingDoc> {
  const meeting = await ctx.store.getById<MeetingDoc>('meetings', meetingId)
  if (!meeting) throw new AppError('NOT_FOUND', '没有找到这次议事')
  return meeting
}

/** The org and the caller's standing there, if ORG_POLICY lets her do `action`. */
export async function accessOrg(ctx: Ctx, action: string, orgId: string): Promise<OrgAccess> {
  const org = await loadOrg(ctx, orgId)
  const standing = await authorizeForOrg(ctx, 'topics', action, org)
  return { org, standing, actorName: standing.membership?.name ?? '居民' }
}

/** How the caller stands toward an org, without asking the policy (for public reads). */
export async function standingIn(ctx: Ctx, org: Pick<OrgDoc, '_id' | 'ancestorIds'>): Promise<Standing> {
  return standingToward(org, ctx.caller, await membershipsOf(ctx.store, ctx.caller))
}

/** Chairs of the org or of a federation above it see pending topics and every name. */
export const seesAll = (standing: Standing) => standing.role === 'chair' || standing.role === 'ancestorChair'
