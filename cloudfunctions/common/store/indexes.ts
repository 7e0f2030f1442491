// Every index the product needs, declared once. The embedded adapter creates them at
// start-up; the cloud ones are created in the cloud console (README, "Indexes").
import type { CollectionName } from './port'

export interface IndexDeclaration {
  collection: CollectionName
  /** fields in order; nedb indexes the first only, the cloud database the compound */
  fields: string[]
  unique?: boolean
  /** why this index exists: which query it serves */
  serves: string
}

export const INDEXES: IndexDeclaration[] = [
  { collection: 'duty_entries', fields: ['orgId', 'memberId', 'date'], serves: 'a member’s 履职 entries since a date, for the 七个一 engine' },
  { collection: 'duty_entries', fields: ['orgId', 'memberId', 'createdAt'], serves: 'a member’s 工作记录册 in one period, paged newest first' },
  { collection: 'committee_meetings', fields: ['orgId', 'startsAt'], serves: 'a federation’s 执委会 by date, newest first (the list, the absence rule, the half-year warning)' },
  { collection: 'nominations', fields: ['orgId', 'createdAt'], serves: 'a federation’s 增替补 nominations, newest first' },
  { collection: 'duty_reports', fields: ['orgId', 'year'], serves: 'a federation’s 书面述职 of one year, for its chair' },
  { collection: 'appraisal_rounds', fields: ['shortId'], serves: 'the 述职评议 round a scanned ballot code names' },
  { collection: 'appraisal_rounds', fields: ['orgId', 'year'], serves: 'a federation’s 述职评议 rounds of a year (the results, the two-year flag)' },
  { collection: 'appraisal_ballots', fields: ['roundId', 'source'], serves: 'the ballots of one 述职评议 round, by who cast them' },
  { collection: 'duty_entries', fields: ['orgId', 'date'], serves: 'a federation’s 履职 entries in one quarter, for the 片区 nobody visited' },
  { collection: 'orgs', fields: ['code'], unique: true, serves: 'find an org by its QR code' },
  { collection: 'boards', fields: ['orgId'], serves: 'an org’s board, when a 履职 write re-publishes its 履职成效' },
  { collection: 'orgs', fields: ['parentId', 'sort'], serves: 'an org’s children on its board' },
  { collection: 'orgs', fields: ['nameGrams'], serves: 'search a federation by part of its name' },
  { collection: 'members', fields: ['orgId', 'status', 'sort'], serves: 'an org’s members when its board is rebuilt' },
  { collection: 'members', fields: ['openid'], serves: 'who the caller is on the staff side' },
  { collection: 'areas', fields: ['orgId', 'sort'], serves: 'an org’s liaison areas' },
  { collection: 'activities', fields: ['orgId', 'date'], serves: 'an org’s activities by date' },
  { collection: 'audit', fields: ['orgId', 'at'], serves: 'an org’s change history, newest first' },
  { collection: 'invites', fields: ['orgId', 'createdAt'], serves: 'an org’s invitations' },
  { collection: 'topics', fields: ['orgId', 'public', 'publishedAt'], serves: 'an org’s public topics, newest first' },
  { collection: 'topics', fields: ['orgId', 'createdAt'], serves: 'an org’s topics for its chair, newest first' },
  { collection: 'topics', fields: ['escalatedToOrgId', 'createdAt'], serves: 'topics escalated to a federation, newest first' },
  { collection: 'meetings', fields: ['orgId', 'startsAt'], serves: 'an org’s meetings by date' },
  { collection: 'topics', fields: ['orgId', 'public', 'updatedAt'], serves: 'an org’s public topics by last change, for its board (议事成果)' },
  { collection: 'topics', fields: ['submitterOpenid', 'createdAt'], serves: 'a person’s own topics (我提的议题), newest first' },
  { collection: 'meetings', fields: ['orgId', 'status', 'startsAt'], serves: 'an org’s meetings to record, or recorded (议事会议)' },
  { collection: 'outbox', fields: ['openid', 'createdAt'], serves: 'a person’s notifications (消息), newest first' },
  { collection: 'invites', fields: ['codeHash'], unique: true, serves: 'redeeming an invitation by its code' },
  { collection: 'requests', fields: ['orgId', 'state', 'queuedAt'], serves: 'a federation’s queue of help requests, by state' },
  { collection: 'requests', fields: ['escalatedToOrgId', 'state', 'queuedAt'], serves: 'help requests escalated to a federation' },
  { collection: 'requests', fields: ['assigneeId', 'state', 'queuedAt'], serves: 'a member’s assigned help requests' },
  { collection: 'requests', fields: ['requesterOpenid', 'createdAt'], serves: 'a woman’s own help requests (我的求助)' },
  { collection: 'requests', fields: ['code'], unique: true, serves: 'a help request by its case code' },
  { collection: 'requests', fields: ['state', 'closedAt'], serves: 'closed help requests past the retention period' },
  { collection: 'requests', fields: ['orgId', 'queuedAt'], serves: 'a federation’s whole queue of help requests, newest first' },
  { collection: 'requests', fields: ['escalatedToOrgId', 'queuedAt'], serves: 'all help requests escalated to a federation, newest first' },
  { collection: 'requests', fields: ['orgAncestorIds'], serves: 'help requests of every federation below one (rolled-up statistics)' },
  { collection: 'request_events', fields: ['caseId', 'seq'], serves: 'a help request’s timeline' },
  { collection: 'topic_seconds', fields: ['orgId', 'rating'], serves: 'an org’s ratings of 议事 outcomes, counted for its board (群众满意度)' },
  { collection: 'orgs', fields: ['ancestorIds'], serves: 'every federation below one, counted for the view from above (下级统计)' },
  { collection: 'org_stats', fields: ['ancestorIds', 'year'], serves: 'the figures of every federation below one in a year (下级统计)' },
  { collection: 'exports', fields: ['expiresAt'], serves: 'generated 台账 files whose links have died, to delete' },
  { collection: 'requests', fields: ['orgId', 'rating.score'], serves: 'an org’s ratings of help given, counted for its board (群众满意度)' },
]
