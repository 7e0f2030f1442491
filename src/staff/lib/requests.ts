// Words the console shows for help requests: a queue row without any personal detail,
// the overdue flags, de-identified statistics ("少于5", "—" for a withheld count, a
// roll-up's range) and how long things took.
import type { QueueItem, StatCount } from '../../../types/requests'
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
export function countText(count: StatCount): string {
  if (typeof count === 'number') return String(count)
  if (count === 'few') return '少于5'
  if (count === 'hidden') return '—'
  if (count.max === null) return `至少 ${count.min}`
  return count.max < 5 ? '少于5' : `${count.min}–${count.max}`
}

/** 5.5 → "5.5 小时"; 50 → "约 2.1 天"; null → "数据不足". */
export function durationText(hours: number | null): string {
  if (hours === null) return '数据不足'
  if (hours < 48) return `${Math.round(hours * 10) / 10} 小时`
  return `约 ${Math.round((hours / 24) * 10) / 10} 天`
}

/** "2026-03" → "2026年3月" */
export const monthText = (month: string): string => `${month.slice(0, 4)}年${Number(month.slice(5, 7))}月`
