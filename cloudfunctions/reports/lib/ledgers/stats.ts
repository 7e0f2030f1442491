// 统计报表 (000 §四(三)): the view from above as a workbook — the same rows as the 下级统计 page
// (shared/overviewRows.ts), then every federation below on its own row. 求助 counts are as
// 求助统计 publishes them: 少于5, — (withheld), or the range a sum of those leaves open.
import { ORG_LEVEL_LABEL, statCountText, type OverviewOutput, type OverviewRow, type StatCount } from '../../../../types'
import { ledger, type AnyLedger, type Column } from '../workbook'

/** A protected count as a cell: the number, 少于5, — , or its range (5–9, 至少 5). */
export const statCell = (count: StatCount): string | number => (typeof count === 'number' ? count : statCountText(count))

const percent = (value: number | null) => (value === null ? '—' : `${value}%`)

function columns(quarter: number): Column<OverviewRow>[] {
  return [
    { header: '组织', width: 26, value: (row) => row.name },
    { header: '类型', width: 8, value: (row) => ORG_LEVEL_LABEL[row.level] },
    { header: '含下级组织数', width: 10, value: (row) => row.orgCount },
    { header: '有年度计划', width: 10, value: (row) => row.ledger.planned },
    { header: '有活动记录', width: 10, value: (row) => row.ledger.recorded },
    { header: '有年度总结', width: 10, value: (row) => row.ledger.summary },
    { header: '已记录活动', width: 10, value: (row) => row.activities },
    { header: '在任执委', width: 9, value: (row) => row.duty.executives },
    { header: `第${quarter}季度有履职记录的执委`, width: 14, value: (row) => row.duty.activeThisQuarter },
    { header: '履职率', width: 8, value: (row) => percent(row.duty.rate) },
    { header: '履职记录（条）', width: 12, value: (row) => row.duty.entries },
    { header: '联系妇女（人次）', width: 12, value: (row) => row.duty.women },
    { header: '议题', width: 7, value: (row) => row.topics.total },
    { header: '已立项', width: 8, value: (row) => row.topics.accepted },
    { header: '已办结', width: 8, value: (row) => row.topics.finished },
    { header: '已落实', width: 8, value: (row) => row.topics.done },
    { header: '求助（件）', width: 10, value: (row) => statCell(row.requests.total) },
    { header: '求助已办结', width: 10, value: (row) => statCell(row.requests.closed) },
    { header: '完整度', width: 8, value: (row) => percent(row.completeness) },
  ]
}

const NOTE = '数字来自各级妇联在系统里的记录。履职率：本季度有履职记录的在任执委占在任执委的比例。求助件数按求助统计的规则保护：少于5件的写“少于5”，能推算出它的数字写“—”。'

/** The two sheets: the rows of the page with their sum, and every federation below on its own row. */
export function statsLedgers(orgName: string, view: Omit<OverviewOutput, 'asOf' | 'uncounted'>, each: readonly (OverviewRow & { parentName: string })[]): AnyLedger[] {
  const cols = columns(view.quarter)
  return [
    ledger({ sheet: '下级汇总', title: `${orgName} ${view.year}年 下级妇联统计报表`, note: NOTE, columns: cols, rows: [...view.rows, view.total] }),
    ledger({
      sheet: '全部组织',
      title: `${orgName} ${view.year}年 下级妇联统计报表（逐个组织，共 ${each.length} 个）`,
      note: NOTE,
      columns: [{ header: '上级', width: 22, value: (row: OverviewRow & { parentName: string }) => row.parentName }, ...cols],
      rows: each,
    }),
  ]
}
