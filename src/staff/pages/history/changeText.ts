// How one before/after of the change log reads to a village chair: posts, months, states
// and kinds in their Chinese words, pictures as "已上传" (never a file path), lists as
// "1栋、5栋", opening hours in words. The audit keeps the stored values; only the words
// are made here.
import type { OpeningHours } from '../../../../types/documents'
import { ACTIVITY_STATUSES, AREA_KIND_LABEL, AREA_KINDS, PHONE_SHOWN, PHONE_SHOWN_LABEL, POST_LABEL, POSTS } from '../../../../types/enums'
import { REQUEST_STATE_LABEL } from '../../../../types/requestModel'
import { DEPARTURE_REASON_LABEL, type DepartureReason } from '../../../../types/staff'
import { TOPIC_STATE_LABEL } from '../../../../types/topicModel'
import { beijingDateTime } from '../../../lib/dates'
import { ACTIVITY_STATUS_LABEL, fieldLabel, monthLabel } from '../../lib/labels'

export const EMPTY = '（无）'

const isEmpty = (value: unknown): boolean => value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0)

/** A closed vocabulary: the label of a known value, the value itself otherwise. */
function wordOf<K extends string>(keys: readonly K[], labels: Record<K, string>, value: unknown): string {
  return typeof value === 'string' && (keys as readonly string[]).includes(value) ? labels[value as K] : String(value)
}

function hoursText(hours: OpeningHours): string {
  const sessions = hours.sessions.map((s) => `${s.start}–${s.end}`).join('、') || '不定时'
  const parts = [`每天 ${sessions}`, hours.openOnWeekends ? '周末开放' : '周末休息']
  if (hours.closedDates.length) parts.push(`另有 ${hours.closedDates.length} 天闭馆`)
  if (hours.extraOpenDates.length) parts.push(`另有 ${hours.extraOpenDates.length} 天加开`)
  return parts.join('，')
}

function departureText(value: { reason: DepartureReason; leftOn: string; note: string }): string {
  return `${value.leftOn} 离任（${DEPARTURE_REASON_LABEL[value.reason] ?? value.reason}）${value.note ? `：${value.note}` : ''}`
}

function stateText(value: unknown): string {
  if (typeof value !== 'string') return String(value)
  return (TOPIC_STATE_LABEL as Record<string, string>)[value] ?? (REQUEST_STATE_LABEL as Record<string, string>)[value] ?? value
}

const PICTURE_FIELDS = new Set(['photoUrl', 'logoUrl'])

/** One value of `field` in words; `（无）` when there is none. */
export function valueText(field: string, value: unknown): string {
  if (isEmpty(value)) return EMPTY
  if (PICTURE_FIELDS.has(field)) return '已上传图片'
  if (field === 'photos' && Array.isArray(value)) return `${value.length} 张照片`
  if (field === 'post') return wordOf(POSTS, POST_LABEL, value)
  if (field === 'kind') return wordOf(AREA_KINDS, AREA_KIND_LABEL, value)
  if (field === 'phoneShown') return wordOf(PHONE_SHOWN, PHONE_SHOWN_LABEL, value)
  if (field === 'onDutyMonth' && typeof value === 'number') return monthLabel(value)
  if (field === 'status') return value === 'active' ? '在任' : value === 'left' ? '已离任' : wordOf(ACTIVITY_STATUSES, ACTIVITY_STATUS_LABEL, value)
  if (field === 'state') return stateText(value)
  if (field === 'hours' && typeof value === 'object') return hoursText(value as OpeningHours)
  if (field === 'departure' && typeof value === 'object') return departureText(value as Parameters<typeof departureText>[0])
  if (field === 'revokedAt' && typeof value === 'string') return beijingDateTime(value)
  if (typeof value === 'boolean') return field === 'bound' ? (value ? '已绑定' : '未绑定') : value ? '是' : '否'
  if (Array.isArray(value)) return value.map((item) => (typeof item === 'string' ? item : valueText('', item))).join(field === 'duties' ? '；' : '、')
  if (typeof value === 'string' || typeof value === 'number') return String(value)
  return '已修改'
}

/** `name` is a person's 姓名 on a member, 片区名称 on an area; FIELD_LABEL's 名称 otherwise. */
const NAME_LABEL: Record<string, string> = { saveMember: '姓名', recordDeparture: '姓名', saveArea: '片区名称' }

type Change = { field: string; before: unknown; after: unknown }

/**
 * One line of a change: "职务：执委" when it was first filled in, "电话：138… → 139…" when it
 * changed, "照片：已上传图片 → （无）" when it was taken away, "照片：换了一张新的" for a new picture.
 */
export function changeText(change: Change, action = ''): string {
  const label = change.field === 'name' && NAME_LABEL[action] ? NAME_LABEL[action] : fieldLabel(change.field)
  if (PICTURE_FIELDS.has(change.field) && !isEmpty(change.before) && !isEmpty(change.after)) return `${label}：换了一张新的`
  if (isEmpty(change.before)) return `${label}：${valueText(change.field, change.after)}`
  return `${label}：${valueText(change.field, change.before)} → ${valueText(change.field, change.after)}`
}

/** The lines of an entry: a field left empty on a new record says nothing and is left out. */
export function changeLines(entry: { action: string; changes: Change[] }): { field: string; text: string }[] {
  return entry.changes.filter((c) => !(isEmpty(c.before) && isEmpty(c.after))).map((c) => ({ field: c.field, text: changeText(c, entry.action) }))
}
