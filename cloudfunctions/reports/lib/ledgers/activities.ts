// 活动台账 (001 3.6 "做到年初有计划，活动有记录"): the year's activities by quarter — what was
// planned, what was held and what came of it, with the date, the place and the photos as
// links (a spreadsheet cannot hold the pictures a chair printed; the link opens each one).
import type { ActivityDoc, ActivityStatus } from '../../../../types'
import { ledger, type AnyLedger, type Cell } from '../workbook'

export type LedgerActivity = Pick<ActivityDoc, 'title' | 'status' | 'date' | 'place' | 'summary' | 'resultText' | 'photos'>

const STATUS_LABEL: Record<ActivityStatus, string> = { planned: '计划', done: '已开展', cancelled: '已取消' }
/** At most this many photo columns (an activity holds at most 9 photos). */
const MAX_PHOTO_COLUMNS = 9

const quarterOf = (date: string): string => `第${'一二三四'[Math.floor((Number(date.slice(5, 7)) - 1) / 3)]}季度`

/** `linkOf`: the address a photo opens at from outside the product (the host's, or a temporary cloud link). */
export function activitiesLedger(orgName: string, year: number, activities: readonly LedgerActivity[], linkOf: (ref: string) => string): AnyLedger {
  const rows = activities
    .filter((a) => a.date.startsWith(`${year}-`))
    .slice()
    .sort((a, b) => a.date.localeCompare(b.date))
  const photoColumns = Math.min(MAX_PHOTO_COLUMNS, Math.max(1, ...rows.map((a) => a.photos.length)))
  const held = rows.filter((a) => a.status === 'done').length
  return ledger({
    sheet: '活动台账',
    title: `${orgName}${year}年活动台账`,
    note: `全年 ${rows.length} 项，已开展 ${held} 项`,
    columns: [
      { header: '季度', width: 9, value: (a: LedgerActivity) => quarterOf(a.date) },
      { header: '日期', width: 12, value: (a) => a.date },
      { header: '活动名称', width: 20, value: (a) => a.title },
      { header: '状态', width: 8, value: (a) => STATUS_LABEL[a.status] },
      { header: '地点', width: 16, value: (a) => a.place },
      { header: '活动内容', width: 30, value: (a) => a.summary },
      { header: '活动成效', width: 30, value: (a) => a.resultText },
      ...Array.from({ length: photoColumns }, (_, i) => ({
        header: `照片${i + 1}`,
        width: 8,
        value: (a: LedgerActivity): Cell => (a.photos[i] ? { text: `照片${i + 1}`, link: linkOf(a.photos[i]) } : null),
      })),
    ],
    rows,
  })
}
