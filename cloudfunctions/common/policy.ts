// Who may do what: the one place authorisation is decided, read as three tables, all
// keyed by the contract (types/contracts.ts) so a typo or a forgotten action does not
// compile. POLICY: per action, who may call it at all (public / signed in) and what it
// acts on — an org (named in the payload, or the org of a document the payload names)
// or a help request (a case) — and how often one person may do it (a rate limit, and
// which outcomes count toward it; rateLimit.ts). ORG_POLICY: which standings toward that
// org may act (chair here, chair of an org above, member here …; see types/staff.ts).
// CASE_POLICY: which roles toward the case may. `dispatch` (runtime.ts) enforces all
// three before any handler runs, so a handler cannot forget them. Refusals are written
// to the audit (audit.ts says which one by one, and which only counted).
import type * as z from 'zod/mini'
import {
  IMAGE_PURPOSE_LABEL,
  type ActionName,
  type ActivityDoc,
  type CommitteeMeetingDoc,
  type NominationDoc,
  type AppraisalRoundDoc,
  type DutyEntryDoc,
  type AreaDoc,
  type contracts,
  type ErrorCode,
  type FunctionName,
  type InviteDoc,
  type MeetingDoc,
  type MemberDoc,
  type OrgDoc,
  type StaffRole,
  type TopicDoc,
} from '../../types'
import { recordRefusal } from './audit'
import type { ActionCtx, Caller, CaseAccess, Ctx, OrgAccess, OwnedAccess } from './context'
import { AppError } from './errors'
import { BALLOT_FAILURES, REDEEM_FAILURES, REQUEST_SUBMITS, TOPIC_SECONDS, TOPIC_SUBMITS, type ActionLimit, type RateSlot, type WindowLimit } from './rateLimit'
import { membershipsOf, standingToward, type Standing } from './staff'

/** The kinds of caller the first table speaks of. */
export type CallerKind = 'anonymous' | 'signedIn'

export type Rule =
  /** anybody, logged in or not: the public board */
  | 'public'
  /** any caller WeChat (or the dev login) has identified */
  | 'signedIn'

// ---- the vocabulary of the tables, typed against the contract ----

type Contracts = typeof contracts
/** Every action of the contract as "function.action": the key of POLICY. */
export type ActionKey = { [F in FunctionName]: `${F}.${ActionName<F>}` }[FunctionName]

type Parsed<F extends FunctionName, A extends ActionName<F>> = Contracts[F][A] extends { input: infer I extends z.ZodMiniType } ? z.output<I> : never
/** The payload of an action as dispatch hands it over (parsed by the contract). */
export type PayloadOf<K extends ActionKey> = K extends `${infer F extends FunctionName}.${infer A}` ? (A extends ActionName<F> ? Parsed<F, A> : never) : never

type Fields<I> = keyof I & string
/** Payload fields that always hold an id. */
type IdField<I> = { [P in Fields<I>]-?: I[P] extends string ? P : never }[Fields<I>]
/** A word from a fixed set (a contract enum), not free text. */
type Choice<T> = T extends string ? (string extends T ? never : T) : never
type DirectChoice<I> = { [P in Fields<I>]-?: undefined extends I[P] ? never : [Choice<I[P]>] extends [never] ? never : P }[Fields<I>]
/** Payload fields, or fields one level down ("step.kind"), that always hold a word from a fixed set. */
type ChoiceField<I> = DirectChoice<I> | { [P in Fields<I>]-?: I[P] extends object ? `${P}.${DirectChoice<I[P]>}` : never }[Fields<I>]
/** The type at a dotted payload path. */
type At<I, P extends string> = P extends `${infer H}.${infer R}` ? (H extends keyof I ? At<I[H], R> : never) : P extends keyof I ? I[P] : never

/** The documents an org owns that a payload may name; dispatch finds the org through them. */
export interface OwnedDocs {
  members: MemberDoc
  areas: AreaDoc
  activities: ActivityDoc
  invites: InviteDoc
  topics: TopicDoc
  meetings: MeetingDoc
  duty_entries: DutyEntryDoc
  committee_meetings: CommitteeMeetingDoc
  nominations: NominationDoc
  appraisal_rounds: AppraisalRoundDoc
}
export type OwnedCollection = keyof OwnedDocs

/** Where the org comes from; `by` adds a payload word to the ORG_POLICY key (requests.queue.own). */
type OrgSource<I> = ({ from: IdField<I> } | { owned: OwnedCollection; idField: IdField<I> }) & { by?: ChoiceField<I> }

/**
 * What a plain member (standing `member`) may do where the chairs may do the whole
 * action: only with a payload field set to one of some words, or — on an action that
 * names a member record — only her own record. Anything else is refused with `refusal`,
 * and audited.
 */
type WordLimit<I> = {
  [P in ChoiceField<I>]: { field: P; only: readonly At<I, P>[]; refusal: string; /** what she tried, for the audit */ tried: (input: I) => string }
}[ChoiceField<I>]
type OwnRecordLimit = { only: 'ownRecord'; refusal: string }

type ActionPolicy<I> = (
  | { rule: Rule }
  | { rule: Rule; org: OrgSource<I>; member?: WordLimit<I> }
  | { rule: Rule; org: { owned: 'members'; idField: IdField<I> }; member: OwnRecordLimit }
  | { rule: Rule; case: { idField: IdField<I>; by?: ChoiceField<I> } }
) & { limit?: ActionLimit }

/** One row per action of the contract: a missing, misspelt or extra action is a type error. */
export type PolicyTable = { [K in ActionKey]: ActionPolicy<PayloadOf<K>> }
/** A row as the runtime reads it, whatever its action. */
export type PolicyRow = { rule: Rule; org?: AnyOrgSource; member?: AnyMemberLimit; case?: { idField: string; by?: string }; limit?: ActionLimit }
export type AnyOrgSource = ({ from: string } | { owned: OwnedCollection; idField: string }) & { by?: string }
export type AnyMemberLimit = OwnRecordLimit | { field: string; only: readonly string[]; refusal: string; tried: (input: never) => string }

const ORG = { from: 'orgId' } as const

/**
 * A limit whose events are the calls that complete, and the refusals named. A handler
 * takes its slot where the event begins — after answering a retry of the same request
 * from its first result, so a retry never uses a second slot, even at the limit.
 */
const counting = (window: WindowLimit, ...refusals: ErrorCode[]): ActionLimit => ({ window, counts: { completed: true, refusals } })

// ---- the first table: who may call, and what each action acts on ----

export const POLICY = {
  'board.get': { rule: 'public' },
  'board.search': { rule: 'public' },

  /** where she works, redeeming an invitation and her own messages: no particular org */
  'org.mine': { rule: 'signedIn' },
  /**
   * Only failures count: 5 wrong codes an hour. The slot is taken before the code is
   * looked up (so parallel guesses cannot overrun it) and given back when the code
   * works, or the member could not be bound (CONFLICT: not a guess).
   */
  'org.redeemInvite': { rule: 'signedIn', limit: { window: REDEEM_FAILURES, counts: { completed: false, refusals: ['NOT_FOUND'] } } },
  'org.inbox': { rule: 'signedIn' },
  /** the subscription messages she accepted: counted for her own openid, no org */
  'org.subscribe': { rule: 'signedIn' },
  'org.get': { rule: 'signedIn', org: ORG },
  'org.updateOrg': { rule: 'signedIn', org: ORG },
  'org.saveMember': { rule: 'signedIn', org: ORG },
  /** a member edits her own contact details; the chairs anyone's */
  'org.updateMyProfile': { rule: 'signedIn', org: { owned: 'members', idField: 'memberId' }, member: { only: 'ownRecord', refusal: '只能修改自己的资料' } },
  'org.recordDeparture': { rule: 'signedIn', org: { owned: 'members', idField: 'memberId' } },
  'org.saveArea': { rule: 'signedIn', org: ORG },
  'org.removeArea': { rule: 'signedIn', org: { owned: 'areas', idField: 'areaId' } },
  'org.saveActivity': { rule: 'signedIn', org: ORG },
  'org.addChild': { rule: 'signedIn', org: ORG },
  'org.createInvite': { rule: 'signedIn', org: ORG },
  'org.listInvites': { rule: 'signedIn', org: ORG },
  'org.revokeInvite': { rule: 'signedIn', org: { owned: 'invites', idField: 'inviteId' } },
  'org.history': { rule: 'signedIn', org: ORG },
  'org.qrcode': { rule: 'signedIn', org: ORG },
  /** members upload their own photo; the logo and activity photos are the chairs' */
  'org.uploadImage': {
    rule: 'signedIn',
    org: ORG,
    member: { field: 'purpose', only: ['photo'], refusal: '成员只能上传自己的照片', tried: (input) => `上传${IMAGE_PURPOSE_LABEL[input.purpose]}` },
  },
  /** a private document photo (a signature sheet, a 党组织's reply): read by the chairs, every read audited */
  'org.viewDocumentPhoto': { rule: 'signedIn', org: ORG },
  /**
   * 执委履职: a member her own entries, the chair and vice-chairs every member's of their
   * federation (the handler's assertMayTouch, audited); a chair above reads counts only.
   */
  'org.logDutyEntry': { rule: 'signedIn', org: ORG },
  'org.updateDutyEntry': { rule: 'signedIn', org: { owned: 'duty_entries', idField: 'entryId' } },
  'org.deleteDutyEntry': { rule: 'signedIn', org: { owned: 'duty_entries', idField: 'entryId' } },
  'org.listDutyEntries': { rule: 'signedIn', org: ORG },
  'org.dutySummary': { rule: 'signedIn', org: ORG },
  'org.dutyOverview': { rule: 'signedIn', org: ORG },
  'org.overview': { rule: 'signedIn', org: ORG },
  'org.dutyCounts': { rule: 'signedIn', org: ORG },
  /** 执委会全体会议: called, recorded and called off by the chairs; its members read the list */
  'org.scheduleCommittee': { rule: 'signedIn', org: ORG },
  'org.recordCommittee': { rule: 'signedIn', org: { owned: 'committee_meetings', idField: 'meetingId' } },
  'org.cancelCommittee': { rule: 'signedIn', org: { owned: 'committee_meetings', idField: 'meetingId' } },
  'org.listCommittees': { rule: 'signedIn', org: ORG },
  'org.getCommittee': { rule: 'signedIn', org: { owned: 'committee_meetings', idField: 'meetingId' } },
  /** 增替补: nominated, reviewed, approved by the 党组织 and voted on at a 执委会, all recorded by the chairs */
  'org.nominate': { rule: 'signedIn', org: ORG },
  'org.reviewNomination': { rule: 'signedIn', org: { owned: 'nominations', idField: 'nominationId' } },
  'org.approveNomination': { rule: 'signedIn', org: { owned: 'nominations', idField: 'nominationId' } },
  'org.recordVote': { rule: 'signedIn', org: { owned: 'committee_meetings', idField: 'meetingId' } },
  'org.listNominations': { rule: 'signedIn', org: ORG },
  'org.getNomination': { rule: 'signedIn', org: { owned: 'nominations', idField: 'nominationId' } },
  /** 书面述职: she drafts and files her own (the caller's record, never a payload's); the chairs read all, a chair above reads */
  'org.dutyReportDraft': { rule: 'signedIn', org: ORG },
  'org.fileDutyReport': { rule: 'signedIn', org: ORG },
  'org.getDutyReport': { rule: 'signedIn', org: { owned: 'members', idField: 'memberId' }, member: { only: 'ownRecord', refusal: '只能查看自己的述职' } },
  'org.listDutyReports': { rule: 'signedIn', org: ORG },
  /** 述职评议: opened, shown, closed and paper ballots typed by the chairs; the members rate each other and read their own result */
  'org.openAppraisal': { rule: 'signedIn', org: { owned: 'committee_meetings', idField: 'meetingId' } },
  'org.appraisalCodes': { rule: 'signedIn', org: { owned: 'appraisal_rounds', idField: 'roundId' } },
  'org.appraisalCodeImage': { rule: 'signedIn', org: { owned: 'appraisal_rounds', idField: 'roundId' } },
  'org.closeAppraisal': { rule: 'signedIn', org: { owned: 'appraisal_rounds', idField: 'roundId' } },
  'org.enterPaperBallot': { rule: 'signedIn', org: { owned: 'appraisal_rounds', idField: 'roundId' } },
  'org.rateColleagues': { rule: 'signedIn', org: { owned: 'appraisal_rounds', idField: 'roundId' } },
  'org.listAppraisals': { rule: 'signedIn', org: ORG },
  'org.appraisalResults': { rule: 'signedIn', org: ORG },
  /**
   * A 妇女代表 rates on her phone with the chair's one-time code, no account: public, the code is
   * her right (the handler checks it). Only wrong codes count: the slot is taken before the code
   * is looked up and given back unless the code was not one.
   */
  'org.ballotForm': { rule: 'public', limit: { window: BALLOT_FAILURES, counts: { completed: false, refusals: ['NOT_FOUND'] } } },
  'org.castBallot': { rule: 'public', limit: { window: BALLOT_FAILURES, counts: { completed: false, refusals: ['NOT_FOUND'] } } },

  /** the public board's 议事 list; one topic (the handler hides what is not public, and shows chairs every name) */
  'topics.listPublic': { rule: 'public' },
  'topics.get': { rule: 'public', org: { owned: 'topics', idField: 'topicId' } },
  'topics.mine': { rule: 'signedIn' },
  /**
   * 5 a day. Text the content check refuses counts too, so the filter cannot be probed
   * freely; a check that could not run (INTERNAL) does not, nor does a payload the
   * contract refuses (it never reaches the handler).
   */
  'topics.submit': { rule: 'signedIn', org: ORG, limit: counting(TOPIC_SUBMITS, 'CONTENT_REJECTED') },
  /** 30 an hour; seconding a topic she already seconded is no new event */
  'topics.second': { rule: 'signedIn', org: { owned: 'topics', idField: 'topicId' }, limit: counting(TOPIC_SECONDS) },
  'topics.rateOutcome': { rule: 'signedIn', org: { owned: 'topics', idField: 'topicId' } },
  'topics.review': { rule: 'signedIn', org: { owned: 'topics', idField: 'topicId' } },
  'topics.listForChair': { rule: 'signedIn', org: ORG },
  'topics.getMeeting': { rule: 'signedIn', org: { owned: 'meetings', idField: 'meetingId' } },
  'topics.listMeetings': { rule: 'signedIn', org: ORG },
  'topics.scheduleMeeting': { rule: 'signedIn', org: ORG },
  'topics.updateMeeting': { rule: 'signedIn', org: { owned: 'meetings', idField: 'meetingId' } },
  'topics.cancelMeeting': { rule: 'signedIn', org: { owned: 'meetings', idField: 'meetingId' } },
  'topics.recordMeeting': { rule: 'signedIn', org: { owned: 'meetings', idField: 'meetingId' } },
  'topics.advance': { rule: 'signedIn', org: { owned: 'topics', idField: 'topicId' } },

  /** what the consent step says: public, so it shows before she signs in */
  'requests.terms': { rule: 'public' },
  /**
   * Her own requests: she files, lists, exports them as herself. Filing: 5 an hour (the
   * refusal points to 110 / 12338); only a filed case counts — an under-14 routed to a
   * guardian or an outdated consent step is refused before any slot is taken.
   */
  'requests.submit': { rule: 'signedIn', limit: counting(REQUEST_SUBMITS) },
  'requests.listMine': { rule: 'signedIn' },
  'requests.exportMine': { rule: 'signedIn' },
  'requests.fileOnBehalf': { rule: 'signedIn', org: ORG },
  'requests.queue': { rule: 'signedIn', org: { ...ORG, by: 'scope' } },
  'requests.stats': { rule: 'signedIn', org: { ...ORG, by: 'scope' } },
  'requests.get': { rule: 'signedIn', case: { idField: 'caseId' } },
  'requests.act': { rule: 'signedIn', case: { idField: 'caseId', by: 'step.kind' } },
  'requests.deleteMine': { rule: 'signedIn', case: { idField: 'caseId' } },

  /** 台账: who may export depends on what is in it (ORG_POLICY, by kind); every export is audited */
  'reports.exportLedger': { rule: 'signedIn', org: { ...ORG, by: 'kind' } },
} as const satisfies PolicyTable

type Policy = typeof POLICY
type Keyed<K extends ActionKey, S> = S extends { by: infer B extends string } ? `${K}.${At<PayloadOf<K>, B> & string}` : K
/** ORG_POLICY's keys: every action that acts on an org, split by its `by` word. */
export type OrgPolicyKey = { [K in ActionKey]: Policy[K] extends { org: infer O } ? Keyed<K, O> : never }[ActionKey]
/** CASE_POLICY's keys: every action on a case, split by its `by` word (requests.act.close). */
export type CasePolicyKey = { [K in ActionKey]: Policy[K] extends { case: infer C } ? Keyed<K, C> : never }[ActionKey]

/** What dispatch hands the handler of `K` as `ctx.access`. */
export type AccessOf<K extends ActionKey> = Policy[K] extends { org: { owned: infer C extends OwnedCollection } }
  ? OwnedAccess<OwnedDocs[C]>
  : Policy[K] extends { org: object }
    ? OrgAccess
    : Policy[K] extends { case: object }
      ? CaseAccess
      : undefined
/** What dispatch adds for an action POLICY limits: its slot in the window (`ctx.limit`). */
export type LimitOf<K extends ActionKey> = Policy[K] extends { limit: object } ? { limit: RateSlot } : unknown
/** The ctx of the handler of `K`. */
export type CtxOf<K extends ActionKey> = ActionCtx<AccessOf<K>> & LimitOf<K>

// ---- the second table: standings toward an org ----

/** Chair or vice-chair of this org, or of a federation above it (街道 over 社区). */
const CHAIRS: readonly StaffRole[] = ['chair', 'ancestorChair']
/** Everyone on the org's staff side, including a plain member. */
const STAFF: readonly StaffRole[] = ['chair', 'ancestorChair', 'member']
/** Anybody signed in, whatever her standing toward the org. */
const EVERYONE_SIGNED_IN: readonly StaffRole[] = ['chair', 'ancestorChair', 'member', 'otherStaff', 'resident']

export const ORG_POLICY: Record<OrgPolicyKey, readonly StaffRole[]> = {
  'org.get': STAFF,
  'org.updateOrg': CHAIRS,
  'org.saveMember': CHAIRS,
  /** a member, for her own record only (POLICY's member limit) */
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
  /** a member, for her own photo only (POLICY's member limit) */
  'org.uploadImage': STAFF,
  /** signature sheets carry hundreds of women's names, a 党组织's reply is a personnel document: the chairs only */
  'org.viewDocumentPhoto': CHAIRS,
  /** 记一笔 and her own records: the member for herself, the chair for anyone (not a chair above: assertMayTouch) */
  'org.logDutyEntry': ['chair', 'member'],
  'org.updateDutyEntry': ['chair', 'member'],
  'org.deleteDutyEntry': ['chair', 'member'],
  'org.listDutyEntries': ['chair', 'member'],
  'org.dutySummary': ['chair', 'member'],
  /** 履职情况: statuses of every member, no entry — the federation's chairs, and a chair above opening it */
  'org.dutyOverview': CHAIRS,
  'org.overview': CHAIRS,
  /** counts only: the chairs here and above (the 街道 sees each child's figures) */
  'org.dutyCounts': CHAIRS,
  'org.scheduleCommittee': CHAIRS,
  'org.recordCommittee': CHAIRS,
  'org.cancelCommittee': CHAIRS,
  /** the committee's members see its meetings; a resident does not */
  'org.listCommittees': STAFF,
  'org.getCommittee': STAFF,
  'org.nominate': CHAIRS,
  'org.reviewNomination': CHAIRS,
  'org.approveNomination': CHAIRS,
  'org.recordVote': CHAIRS,
  /** the candidates' phones are on them: the chairs only */
  'org.listNominations': CHAIRS,
  'org.getNomination': CHAIRS,
  /** 书面述职 (002 《重庆市基层妇联执委履职制度》第八条): a 执委 of this federation drafts and files her own; a chair above only reads */
  'org.dutyReportDraft': ['chair', 'member'],
  'org.fileDutyReport': ['chair', 'member'],
  /** a member her own only (POLICY's member limit); the chairs here and above any member's */
  'org.getDutyReport': STAFF,
  'org.listDutyReports': CHAIRS,
  /** 述职评议 is the federation's own: its chairs run it (not a chair above) */
  'org.openAppraisal': ['chair'],
  'org.appraisalCodes': ['chair'],
  'org.appraisalCodeImage': ['chair'],
  'org.closeAppraisal': ['chair'],
  'org.enterPaperBallot': ['chair'],
  /** a 执委 of the round (the handler checks she is one of it), the chairs included */
  'org.rateColleagues': ['chair', 'member'],
  'org.listAppraisals': ['chair', 'member'],
  /** 结果只给本人和主席看: the chairs every member's, a member her own (the handler) */
  'org.appraisalResults': ['chair', 'member'],
  /** anybody may open a topic; her standing decides how much she sees */
  'topics.get': [...EVERYONE_SIGNED_IN, 'anonymous'],
  /** 议事: any signed-in resident or member may submit and second (附议) */
  'topics.submit': EVERYONE_SIGNED_IN,
  'topics.second': EVERYONE_SIGNED_IN,
  /** 群众满意度: anyone signed in reaches the handler, which lets only those who seconded the topic rate it, once */
  'topics.rateOutcome': EVERYONE_SIGNED_IN,
  /** the chair reviews, sees pending topics and anonymous names; the 街道 chair sees escalated ones */
  'topics.review': CHAIRS,
  'topics.listForChair': CHAIRS,
  'topics.scheduleMeeting': CHAIRS,
  'topics.updateMeeting': CHAIRS,
  'topics.cancelMeeting': CHAIRS,
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
  /** 台账 of the federation's own records: its chairs, and the chairs above (who already read them on the console) */
  'reports.exportLedger.roster': CHAIRS,
  'reports.exportLedger.activities': CHAIRS,
  'reports.exportLedger.topics': CHAIRS,
  'reports.exportLedger.duty': CHAIRS,
  'reports.exportLedger.committee': CHAIRS,
  /** case by case, even de-identified: the federation's own chairs, as its queue (requests.queue.own) */
  'reports.exportLedger.requests': ['chair'],
  /** the year's workbook: a chair above gets the 求助台账's totals, not its cases (the handler) */
  'reports.exportLedger.annual': CHAIRS,
  // 000 §四(三) 统计报表: the view from above, counts only (求助 protected as 求助统计)
  'reports.exportLedger.stats': CHAIRS,
}

// ---- the third table: roles toward one help request ----

/**
 * How a caller stands toward one help request (a case). A request is sensitive personal
 * information, so only the first four may read it: the woman who filed it, the assigned
 * member or backup, the chair / vice-chairs of its org, and — once escalated — the
 * chairs of the org it was escalated to. Everyone else is told NOT_FOUND, and the
 * attempt is audited.
 */
export const CASE_ROLES = ['requester', 'assignee', 'chair', 'upperChair', 'orgMember', 'otherStaff', 'resident', 'anonymous'] as const
export type CaseRole = (typeof CASE_ROLES)[number]

const CASE_STAFF: readonly CaseRole[] = ['chair', 'upperChair', 'assignee']
const CASE_LEADS: readonly CaseRole[] = ['chair', 'upperChair']

export const CASE_POLICY: Record<CasePolicyKey, readonly CaseRole[]> = {
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

// ---- decisions ----

/** May a caller holding `roles` toward a case do `key` (e.g. "requests.act.close")? */
export function caseAllows(key: CasePolicyKey, roles: readonly CaseRole[]): boolean {
  const allowed: readonly CaseRole[] = CASE_POLICY[key] ?? []
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

/** A table key as the audit names it: "requests.queue.own" → fn "requests", action "queue.own". */
export function splitKey(key: string): { fn: string; action: string } {
  const dot = key.indexOf('.')
  return { fn: key.slice(0, dot), action: key.slice(dot + 1) }
}

/** The row of `fn.action`, if the table has one. */
export function policyRow(fn: string, action: string): PolicyRow | undefined {
  return Object.prototype.hasOwnProperty.call(POLICY, `${fn}.${action}`) ? (POLICY as Record<string, PolicyRow>)[`${fn}.${action}`] : undefined
}

/**
 * Throws UNAUTHENTICATED / FORBIDDEN (audited) unless `row` lets the caller call
 * `fn.action`. An action without a row is refused, never allowed by default.
 */
export async function authorize(fn: string, action: string, ctx: Ctx, row: PolicyRow | undefined): Promise<void> {
  const kind = callerKind(ctx.caller)
  if (row && isAllowed(row.rule, kind)) return
  await recordRefusal(ctx, { fn, action, orgId: null, target: null, summary: `拒绝：${fn}.${action}（${kind === 'anonymous' ? '未登录' : '无权限'}）` })
  if (kind === 'anonymous' && row) throw new AppError('UNAUTHENTICATED', '请先登录')
  throw new AppError('FORBIDDEN', '没有权限进行这项操作')
}

/**
 * The caller's standing toward `org`, if ORG_POLICY lets that standing do `key`
 * (e.g. "org.get", "requests.queue.own"); otherwise the refusal is audited and FORBIDDEN thrown.
 */
export async function authorizeForOrg(ctx: Ctx, key: OrgPolicyKey, org: Pick<OrgDoc, '_id' | 'ancestorIds' | 'name'>): Promise<Standing> {
  const allowed: readonly StaffRole[] = ORG_POLICY[key] ?? []
  const standing = standingToward(org, ctx.caller, await membershipsOf(ctx.store, ctx.caller))
  if (allowed.includes(standing.role)) return standing
  await recordRefusal(ctx, {
    ...splitKey(key),
    orgId: org._id,
    target: { collection: 'orgs', id: org._id },
    summary: `拒绝：${key}（${standing.role}）于 ${org.name}`,
  })
  throw new AppError('FORBIDDEN', '您没有管理这个妇联的权限')
}
