// What a 履职 entry produced, written back on the entry by the function that made it: a 建议
// submitted as a 议事 topic (topics.submit) and a 帮扶 / 报告 filed as a help request on the
// woman's behalf (requests.fileOnBehalf). Shared so both functions check and write the link the
// same way: only the member who logged the entry may use it, once, and only from the kinds that
// produce that thing; the link moves the entry's version and is audited like any edit.
import type { DutyEntryDoc, DutyEntryKind, DutyEntryLinks } from '../../../types'
import { DUTY_ENTRY_KIND_LABELS } from '../../../types'
import { recordChange } from '../../common/audit'
import type { Ctx, OrgAccess } from '../../common/context'
import { AppError } from '../../common/errors'
import { invalid } from '../../common/invalid'
import { updateVersioned } from '../../common/writes'

export type DutyLinkField = Exclude<keyof DutyEntryLinks, 'activityId'>

interface LinkRule {
  kinds: readonly DutyEntryKind[]
  /** what the entry produces, for the refusals */
  produces: string
}

/**
 * A 建议 goes to the federation as a topic — 002 附件2 四 一次建议:
 * “根据收到的妇女需求，每半年向本级妇联提出1次切实可行的建议意见。”
 * A 帮扶 or 报告 becomes a help request — 000 五 “报”:
 * “通过看、听、问，发现威胁妇女儿童生命安全的言语行为或侵权隐患、违法线索以及凭借自己力量无法解决的求助时，应当及时向党委政府及相关部门和上级妇联报告。”
 */
export const DUTY_LINK_RULES: Record<DutyLinkField, LinkRule> = {
  topicId: { kinds: ['proposal'], produces: '议题' },
  requestId: { kinds: ['help', 'report'], produces: '求助' },
}

/**
 * The entry the caller names, checked before anything is made from it: in this federation,
 * logged for the caller herself, of a kind that produces this link, and not linked yet. Each
 * refusal names the `dutyEntryId` field in Chinese.
 */
export async function claimDutyEntry(ctx: Ctx, access: OrgAccess, entryId: string, field: DutyLinkField): Promise<DutyEntryDoc> {
  const entry = await ctx.store.getById<DutyEntryDoc>('duty_entries', entryId)
  if (entry?.orgId !== access.org._id) throw invalid('dutyEntryId', '没有找到这笔履职记录')
  const own = access.standing.membership?.orgId === access.org._id ? access.standing.membership.memberId : null
  if (entry.memberId !== own) throw invalid('dutyEntryId', '只能用自己的履职记录')
  const rule = DUTY_LINK_RULES[field]
  if (!rule.kinds.includes(entry.kind)) {
    throw invalid(
      'dutyEntryId',
      `这笔履职记录是${DUTY_ENTRY_KIND_LABELS[entry.kind]}，只有${rule.kinds.map((kind) => DUTY_ENTRY_KIND_LABELS[kind]).join('、')}记录能转为${rule.produces}`,
    )
  }
  if (entry.links[field] !== null) throw invalid('dutyEntryId', `这笔履职记录已经转为${rule.produces}了`)
  return entry
}

/** How many times a link is tried again when an edit of the entry got in between. */
const LINK_ATTEMPTS = 3

/**
 * Writes the link on the entry, versioned and audited in the calling function. The topic or
 * case exists by now, so an edit of the entry that got in between (CONFLICT) does not lose the
 * link: the entry is read again and the link written on what it is now, unless it already names
 * something. Writing the link it already has is a no-op (a retried request).
 */
export async function linkDutyEntry(
  ctx: Ctx,
  by: { fn: string; action: string },
  access: OrgAccess,
  entry: DutyEntryDoc,
  field: DutyLinkField,
  targetId: string,
): Promise<DutyEntryDoc | null> {
  let current: DutyEntryDoc | null = entry
  for (let attempt = 0; attempt < LINK_ATTEMPTS && current?.links[field] === null; attempt += 1) {
    try {
      const saved = await updateVersioned(ctx, 'duty_entries', current, current.version, { links: { ...current.links, [field]: targetId } })
      await recordChange(ctx, {
        ...by,
        orgId: current.orgId,
        target: { collection: 'duty_entries', id: current._id },
        summary: `把 ${current.date} 的${DUTY_ENTRY_KIND_LABELS[current.kind]}记录转为${DUTY_LINK_RULES[field].produces}`,
        changes: [{ field: `links.${field}`, before: null, after: targetId }],
        actorName: access.actorName,
      })
      return saved
    } catch (error) {
      if (!(error instanceof AppError && error.code === 'CONFLICT')) throw error
      current = await ctx.store.getById<DutyEntryDoc>('duty_entries', entry._id)
    }
  }
  return current
}
