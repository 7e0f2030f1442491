// An edit of a member, area or activity, the same way every time: the record must
// belong to the org the caller acts in, she must send the version she saw (a stale one
// is CONFLICT, never a silent overwrite), nothing is written when nothing changed, and
// a write is audited under her name and shown on the board at once. The handler adds
// only its own checks.
import type { ActivityDoc, AreaDoc, MemberDoc } from '../../../types'
import { diffFields, type FieldChange } from '../../common/audit'
import type { Ctx, OrgAccess } from '../../common/context'
import { invalid } from '../../common/invalid'
import { assertVersion, updateVersioned } from '../../common/writes'
import { describeFields, recordAndPublish } from './changeLog'
import { loadInOrg } from './load'

/** The record each save edits. */
interface Edited {
  saveMember: MemberDoc
  saveArea: AreaDoc
  saveActivity: ActivityDoc
}

/** Where each record is kept, and what messages call it. */
const EDITED = {
  saveMember: { collection: 'members', noun: '成员' },
  saveArea: { collection: 'areas', noun: '片区' },
  saveActivity: { collection: 'activities', noun: '活动' },
} as const

/** An activity is named by its title, a member or an area by its name. */
const nameOf = (doc: MemberDoc | AreaDoc | ActivityDoc): string => ('title' in doc ? doc.title : doc.name)

export interface VersionedEdit<T> {
  id: string
  /** the version the caller saw; an edit without one is refused */
  version: number | undefined
  fields: Partial<T>
  /** the fields whose before and after the audit keeps */
  audited: readonly string[]
}

/** What the handler's own checks make of the edit: the changes to audit, and any follow-up write. */
export interface EditPlan {
  /** none: nothing is written */
  changes: FieldChange[]
  /** after the record is written, before the audit and the board rebuild */
  afterWrite?: () => Promise<void>
}

/**
 * Applies the edit and returns the record as stored (unchanged when nothing changed).
 * `plan` runs on the loaded record at the caller's version, with the audited fields'
 * changes; without it those changes are the edit.
 */
export async function editVersioned<A extends keyof Edited>(
  ctx: Ctx,
  access: OrgAccess,
  action: A,
  edit: VersionedEdit<Edited[A]>,
  plan?: (doc: Edited[A], fieldChanges: FieldChange[]) => Promise<EditPlan>,
): Promise<Edited[A]> {
  const { collection, noun } = EDITED[action]
  const doc = await loadInOrg<Edited[A]>(ctx, collection, edit.id, access.org._id)
  if (edit.version === undefined) throw invalid('version', `修改${noun}时需要带上版本号`)
  assertVersion(doc, edit.version)
  const fieldChanges = diffFields(doc, { ...doc, ...edit.fields }, edit.audited)
  const { changes, afterWrite } = plan ? await plan(doc, fieldChanges) : { changes: fieldChanges, afterWrite: undefined }
  if (changes.length === 0) return doc
  const saved = await updateVersioned<Edited[A]>(ctx, collection, doc, edit.version, edit.fields)
  await afterWrite?.()
  await recordAndPublish(ctx, access, {
    action,
    target: { collection, id: doc._id },
    summary: `修改了${noun} ${nameOf(doc)} 的${describeFields(changes)}`,
    changes,
  })
  return saved
}
