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
  { collection: 'orgs', fields: ['code'], unique: true, serves: 'find an org by its QR code' },
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
  { collection: 'invites', fields: ['codeHash'], unique: true, serves: 'redeeming an invitation by its code' },
]
