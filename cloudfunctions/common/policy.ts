// Who may do what: the one place authorisation is decided, read as two tables.
// POLICY: function.action → who may call it at all (public / signed in).
// ORG_POLICY: for actions on one org, which standings toward that org may act
// (chair here, chair of an org above, member here …; see types/staff.ts).
// Every refusal is written to the audit log.
import type { OrgDoc, StaffRole } from '../../types'
import { recordRefusal } from './audit'
import type { Caller, Ctx } from './context'
import { AppError } from './errors'
import { membershipsOf, standingToward, type Standing } from './staff'

/** The kinds of caller the first table speaks of. */
export type CallerKind = 'anonymous' | 'signedIn'

export type Rule =
  /** anybody, logged in or not: the public board */
  | 'public'
  /** any caller WeChat (or the dev login) has identified */
  | 'signedIn'

const ORG_ACTIONS = [
  'mine',
  'get',
  'updateOrg',
  'saveMember',
  'updateMyProfile',
  'recordDeparture',
  'saveArea',
  'removeArea',
  'saveActivity',
  'addChild',
  'createInvite',
  'listInvites',
  'revokeInvite',
  'redeemInvite',
  'history',
  'qrcode',
  'uploadImage',
  'inbox',
] as const

/** 议事 actions that need a signed-in caller (the rest are public reads). */
const TOPIC_SIGNED_IN_ACTIONS = ['submit', 'review', 'second', 'listForChair', 'mine', 'getMeeting', 'listMeetings', 'scheduleMeeting', 'recordMeeting', 'advance'] as const

/** 求助: everything but the consent wording needs a signed-in caller. */
const REQUEST_SIGNED_IN_ACTIONS = ['submit', 'fileOnBehalf', 'listMine', 'get', 'act', 'queue', 'stats', 'exportMine', 'deleteMine'] as const

export const POLICY: Record<string, Rule> = {
  'board.get': 'public',
  'board.search': 'public',
  ...Object.fromEntries(ORG_ACTIONS.map((action) => [`org.${action}`, 'signedIn' as const])),
  /** the public board's 议事 list, and one topic (the handler hides what is not public) */
  'topics.listPublic': 'public',
  'topics.get': 'public',
  ...Object.fromEntries(TOPIC_SIGNED_IN_ACTIONS.map((action) => [`topics.${action}`, 'signedIn' as const])),
  /** what the consent step says: public, so it shows before she signs in */
  'requests.terms': 'public',
  ...Object.fromEntries(REQUEST_SIGNED_IN_ACTIONS.map((action) => [`requests.${action}`, 'signedIn' as const])),
}

/** Chair or vice-chair of this org, or of a federation above it (街道 over 社区). */
const CHAIRS: readonly StaffRole[] = ['chair', 'ancestorChair']
/** Everyone on the org's staff side, including a plain member. */
const STAFF: readonly StaffRole[] = ['chair', 'ancestorChair', 'member']

/** Anybody signed in, whatever her standing toward the org. */
const EVERYONE_SIGNED_IN: readonly StaffRole[] = ['chair', 'ancestorChair', 'member', 'otherStaff', 'resident']

/** org.mine, org.redeemInvite, org.inbox and topics.mine act on no particular org: signed in is enough. */
export const ORG_POLICY: Record<string, readonly StaffRole[]> = {
  'org.get': STAFF,
  'org.updateOrg': CHAIRS,
  'org.saveMember': CHAIRS,
  /** a member edits her own contact details; the handler checks it is her record */
  'org.updateMyProfile': STAFF,
  'org.recordDeparture': CHAIRS,
  'org.saveArea': CHAIRS,
  'org.removeArea': CHAIRS,
  'org.saveActivity': CHAIRS,
  'org.addChild': CHAIRS,
  'org.createInvite': CHAIRS,
  'org.listInvites': CHAIRS,
  'org.revokeInvite': CHAIRS,
  'org.history': CHAIRS,
  'org.qrcode': STAFF,
  /** members upload their own photo */
  'org.uploadImage': STAFF,
  /** 议事: any signed-in resident or member may submit and second (附议) */
  'topics.submit': EVERYONE_SIGNED_IN,
  'topics.second': EVERYONE_SIGNED_IN,
  /** the chair reviews, sees pending topics and anonymous names; the 街道 chair sees escalated ones */
  'topics.review': CHAIRS,
  'topics.listForChair': CHAIRS,
  'topics.scheduleMeeting': CHAIRS,
  'topics.recordMeeting': CHAIRS,
  /** a meeting and the org's list of meetings: what the chair records from */
  'topics.getMeeting': CHAIRS,
  'topics.listMeetings': CHAIRS,
  /** 反馈, 上报, 落实: the chair (or the chair above) */
  'topics.advance': CHAIRS,
  /** 求助: a member (or the chair) files for a woman she visited, or who wrote or called */
  'requests.fileOnBehalf': STAFF,
  /** the federation's own queue: its chair and vice-chairs only (no names in it) */
  'requests.queue.own': ['chair'],
  /** cases the org's children escalated to it (上报): its chair and vice-chairs */
  'requests.queue.escalated': ['chair'],
  /** a member's own assigned cases */
  'requests.queue.assigned': STAFF,
  /** de-identified counts: the org's chair, and rolled up for the federation above */
  'requests.stats.own': CHAIRS,
  'requests.stats.rollup': ['chair'],
}

/**
 * How a caller stands toward one help request (a case). Only the first four may read
 * it (DESIGN.md, Privacy): the woman who filed it, the assigned member or backup, the
 * chair / vice-chairs of its org, and — once escalated — the chairs of the org it was
 * escalated to. Everyone else is told NOT_FOUND, and the attempt is audited.
 */
export const CASE_ROLES = ['requester', 'assignee', 'chair', 'upperChair', 'orgMember', 'otherStaff', 'resident', 'anonymous'] as const
export type CaseRole = (typeof CASE_ROLES)[number]

const CASE_STAFF: readonly CaseRole[] = ['chair', 'upperChair', 'assignee']
const CASE_LEADS: readonly CaseRole[] = ['chair', 'upperChair']

/** requests.<action> or requests.act.<step> → the case roles that may do it. */
export const CASE_POLICY: Record<string, readonly CaseRole[]> = {
  'requests.get': ['requester', ...CASE_STAFF],
  'requests.deleteMine': ['requester'],
  'requests.act.addInfo': ['requester'],
  'requests.act.withdraw': ['requester'],
  'requests.act.rate': ['requester'],
  /** 受理, assigning, referring on at intake and reopening are the chairs' */
  'requests.act.accept': CASE_LEADS,
  'requests.act.referOn': CASE_LEADS,
  'requests.act.reassign': CASE_LEADS,
  'requests.act.reopen': CASE_LEADS,
  /** the work on a case: the assigned member, or the chairs */
  'requests.act.contact': CASE_STAFF,
  'requests.act.note': CASE_STAFF,
  'requests.act.message': CASE_STAFF,
  'requests.act.refer': CASE_STAFF,
  'requests.act.updateReferral': CASE_STAFF,
  'requests.act.close': CASE_STAFF,
  'requests.act.scheduleFollowUp': CASE_STAFF,
  'requests.act.recordFollowUp': CASE_STAFF,
  /** 上报 goes one level up, from the case's own org */
  'requests.act.escalate': ['chair', 'assignee'],
}

/** May a caller holding `roles` toward a case do `key` (e.g. "requests.act.close")? */
export function caseAllows(key: string, roles: readonly CaseRole[]): boolean {
  const allowed = CASE_POLICY[key] ?? []
  return roles.some((role) => allowed.includes(role))
}

export function callerKind(caller: Caller): CallerKind {
  return caller.openid ? 'signedIn' : 'anonymous'
}

export function isAllowed(rule: Rule, kind: CallerKind): boolean {
  switch (rule) {
    case 'public':
      return true
    case 'signedIn':
      return kind !== 'anonymous'
  }
}

/** Throws UNAUTHENTICATED / FORBIDDEN (audited) unless the caller may call `fn.action`. */
export async function authorize(fn: string, action: string, ctx: Ctx): Promise<void> {
  const rule = POLICY[`${fn}.${action}`]
  const kind = callerKind(ctx.caller)
  if (rule && isAllowed(rule, kind)) return
  await recordRefusal(ctx, { fn, action, orgId: null, target: null, summary: `拒绝：${fn}.${action}（${kind === 'anonymous' ? '未登录' : '无权限'}）` })
  if (kind === 'anonymous' && rule) throw new AppError('UNAUTHENTICATED', '请先登录')
  throw new AppError('FORBIDDEN', '没有权限进行这项操作')
}

/**
 * The caller's standing toward `org`, if ORG_POLICY lets that standing do `fn.action`;
 * otherwise the refusal is audited and FORBIDDEN thrown.
 */
export async function authorizeForOrg(ctx: Ctx, fn: string, action: string, org: Pick<OrgDoc, '_id' | 'ancestorIds' | 'name'>): Promise<Standing> {
  const allowed = ORG_POLICY[`${fn}.${action}`] ?? []
  const standing = standingToward(org, ctx.caller, await membershipsOf(ctx.store, ctx.caller))
  if (allowed.includes(standing.role)) return standing
  await recordRefusal(ctx, {
    fn,
    action,
    orgId: org._id,
    target: { collection: 'orgs', id: org._id },
    summary: `拒绝：${fn}.${action}（${standing.role}）于 ${org.name}`,
  })
  throw new AppError('FORBIDDEN', '您没有管理这个妇联的权限')
}
