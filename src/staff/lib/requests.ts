// Words the console shows for help requests: a queue row without any personal detail,
// the deadline it waits on and the time left ("剩 2 天", "已超期 3 小时"), the overdue
// flags, de-identified statistics ("少于5", "—" for a withheld count, a roll-up's range)
// and how long things took.
import { statCountText, type QueueItem, type StatCount } from '../../../types/requests'
import { AGE_BAND_LABEL, REQUEST_CATEGORY_LABEL, URGENCY_LABEL } from '../../../types/requestModel'
import { beijingDateTime } from '../../lib/dates'

/** 逾期未受理 / 逾期未联系, or '' when the case is on time. */
export function overdueLabel(overdue: { accept: boolean; contact: boolean }): string {
  if (overdue.accept) return '逾期未受理'
  if (overdue.contact) return '逾期未联系'
  return ''
}

/** The lines of a queue row: category, urgency and age band, then when and where it stands. */
export function queueLines(item: QueueItem): string[] {
  const tags = [item.escalated ? '下级上报' : '', item.assigned ? '已分派' : '未分派'].filter(Boolean).join(' · ')
  return [
    `${REQUEST_CATEGORY_LABEL[item.category]} · ${URGENCY_LABEL[item.urgency]} · ${AGE_BAND_LABEL[item.ageBand]}`,
    `${item.orgName} · 收到 ${beijingDateTime(item.queuedAt)} · ${tags}`,
  ]
}

/** A statistic as published: a number; 少于5; — for one withheld so that a 少于5 cannot be worked out; a roll-up's range. */
export const countText = (count: StatCount): string => statCountText(count)

/** 5.5 → "5.5 小时"; 50 → "约 2.1 天"; null → "数据不足". */
export function durationText(hours: number | null): string {
  if (hours === null) return '数据不足'
  if (hours < 48) return `${Math.round(hours * 10) / 10} 小时`
  return `约 ${Math.round((hours / 24) * 10) / 10} 天`
}

/** "2026-03" → "2026年3月" */
export const monthText = (month: string): string => `${month.slice(0, 4)}年${Number(month.slice(5, 7))}月`

const MINUTE_MS = 60 * 1000
const DUE_LABEL = { accept: '受理期限', contact: '联系期限' } as const

/** How long until `by`, or how long past it: 剩 45 分钟, 剩 5 小时, 剩 2 天, 已超期 3 小时. Days from two days on. */
export function timeLeftText(by: string, nowMs: number): string {
  const minutes = Math.round((Date.parse(by) - nowMs) / MINUTE_MS)
  const span = Math.abs(minutes)
  const words = span >= 48 * 60 ? `${Math.floor(span / (24 * 60))} 天` : span >= 60 ? `${Math.floor(span / 60)} 小时` : `${Math.max(1, span)} 分钟`
  return minutes >= 0 ? `剩 ${words}` : `已超期 ${words}`
}

/** Is the deadline the case waits on past, at `nowMs`? */
export const isLate = (due: NonNullable<QueueItem['due']>, nowMs: number): boolean => Date.parse(due.by) < nowMs

/** "受理期限 2026-03-05 16:20" (Beijing time), or '' when the case waits on no deadline; the time left is its badge. */
export function dueLine(item: QueueItem): string {
  return item.due ? `${DUE_LABEL[item.due.kind]} ${beijingDateTime(item.due.by)}` : ''
}
