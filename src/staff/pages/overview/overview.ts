// What the 下级统计 page shows, as plain functions: the columns of the table and the words of
// each cell, the order the chair sorts the rows in (the sorted column marked and said in
// words), the charts' bars, and what the export says while it builds. 求助 counts are only ever
// shown in the words of 求助统计 (statCountText): never a raw count of 1–4.
import type { OverviewOutput, OverviewRow } from '../../../../types/overview'
import { REQUEST_CATEGORY_LABEL } from '../../../../types/requestModel'
import { type StatCount, statCountText } from '../../../../types/requests'
import type { BarChartSpec, ChartBar } from '../../../lib/barChart'

export const OVERVIEW_COLUMNS = ['name', 'ledger', 'rate', 'topics', 'requests', 'completeness'] as const
export type OverviewColumn = (typeof OVERVIEW_COLUMNS)[number]

export const COLUMN_LABEL: Record<OverviewColumn, string> = {
  name: '组织',
  ledger: '台账',
  rate: '履职率',
  topics: '议事',
  requests: '求助',
  completeness: '完整度',
}

export interface OverviewSort {
  column: OverviewColumn
  descending: boolean
}

/** As the list comes: the federations in the tree's own order. */
export const LIST_ORDER: OverviewSort = { column: 'name', descending: false }

/** A tap on a column's head: a new column sorts from the highest first (组织: the list's own order), the same one turns round. */
export function nextSort(current: OverviewSort, column: OverviewColumn): OverviewSort {
  if (current.column !== column) return { column, descending: column !== 'name' }
  return { column, descending: !current.descending }
}

/** A protected count's place in an order: a number as it is, 少于5 between 0 and 5, a range at its middle; — has none (last). */
export function statSortValue(count: StatCount): number | null {
  if (typeof count === 'number') return count
  if (count === 'few') return 2.5
  if (count === 'hidden') return null
  return count.max === null ? count.min : (count.min + count.max) / 2
}

/** The figure a column sorts by; null sorts last whichever way round. */
export function sortValue(row: OverviewRow, column: Exclude<OverviewColumn, 'name'>): number | null {
  switch (column) {
    case 'ledger':
      return row.orgCount === 0 ? null : (row.ledger.planned + row.ledger.recorded + row.ledger.summary) / (3 * row.orgCount)
    case 'rate':
      return row.duty.rate
    case 'topics':
      return row.topics.total
    case 'requests':
      return statSortValue(row.requests.total)
    case 'completeness':
      return row.completeness
  }
}

/** The rows in the chosen order; equal figures keep the list's order. */
export function sortRows(rows: readonly OverviewRow[], sort: OverviewSort): OverviewRow[] {
  const indexed = rows.map((row, index) => ({ row, index }))
  const { column } = sort
  const direction = sort.descending ? -1 : 1
  if (column === 'name') return indexed.sort((a, b) => direction * (a.index - b.index)).map(({ row }) => row)
  return indexed
    .map((entry) => ({ ...entry, value: sortValue(entry.row, column) }))
    .sort((a, b) => {
      if (a.value === null || b.value === null) return a.value === b.value ? a.index - b.index : a.value === null ? 1 : -1
      return a.value === b.value ? a.index - b.index : direction * (a.value - b.value)
    })
    .map(({ row }) => row)
}

/** ▼ on the column sorted from the highest, ▲ the other way round, nothing on the others. */
export function sortMark(sort: OverviewSort, column: OverviewColumn): string {
  if (sort.column !== column) return ''
  return sort.descending ? '▼' : '▲'
}

/** The column head's aria-sort: the list's own order is neither up nor down. */
export function ariaSort(sort: OverviewSort, column: OverviewColumn): 'ascending' | 'descending' | 'none' | 'other' {
  if (sort.column !== column) return 'none'
  if (column === 'name') return 'other'
  return sort.descending ? 'descending' : 'ascending'
}

const MORE_LESS: Record<Exclude<OverviewColumn, 'name'>, [string, string]> = {
  ledger: ['齐', '缺'],
  rate: ['高', '低'],
  topics: ['多', '少'],
  requests: ['多', '少'],
  completeness: ['高', '低'],
}

/** The order in words, said when it changes: 按履职率从高到低排列. */
export function sortSentence(sort: OverviewSort): string {
  if (sort.column === 'name') return sort.descending ? '按原来的顺序倒过来排列' : '按原来的顺序排列'
  const [more, less] = MORE_LESS[sort.column]
  return sort.descending ? `按${COLUMN_LABEL[sort.column]}从${more}到${less}排列` : `按${COLUMN_LABEL[sort.column]}从${less}到${more}排列`
}

/** What a tap on the column's head does, for a screen reader. */
export function sortHint(sort: OverviewSort, column: OverviewColumn): string {
  const next = nextSort(sort, column)
  const now = sort.column === column ? `，现在${sortSentence(sort)}` : ''
  return `${COLUMN_LABEL[column]}${now}，点按改为${sortSentence(next)}`
}

export interface CellText {
  main: string
  sub?: string
}

/** 台账 of one federation: ✓ or —; of many: how many of them have it, of how many. */
export function ledgerLines(row: OverviewRow): string[] {
  const parts: [string, number][] = [
    ['计划', row.ledger.planned],
    ['记录', row.ledger.recorded],
    ['总结', row.ledger.summary],
  ]
  if (row.orgCount === 1) return parts.map(([label, count]) => `${label} ${count > 0 ? '✓' : '—'}`)
  return parts.map(([label, count]) => `${label} ${count}/${row.orgCount}`)
}

export function rateText(row: OverviewRow): CellText {
  if (row.duty.rate === null) return { main: '—', sub: '没有执委' }
  return { main: `${row.duty.rate}%`, sub: `${row.duty.activeThisQuarter}/${row.duty.executives}人` }
}

export const topicsText = (row: OverviewRow): CellText => ({ main: String(row.topics.total), sub: `已办结 ${row.topics.finished}` })

export const requestsText = (row: OverviewRow): CellText => ({ main: statCountText(row.requests.total) })

export const completenessText = (row: OverviewRow): CellText => ({ main: row.completeness === null ? '—' : `${Math.round(row.completeness)}%` })

/** What the page says while the 统计报表 builds: honest about the time gone and the size of the job. */
export const exportProgressText = (seconds: number, orgCount: number): string => `正在生成，已用 ${seconds} 秒（共 ${orgCount} 个组织）`

const countBar = (label: string, value: number): ChartBar => ({ label, value, text: String(value) })
/** A protected count is drawn with no height (statCountText says it); an exact one as it is. */
const statBar = (label: string, count: StatCount): ChartBar => ({ label, value: typeof count === 'number' ? count : null, text: statCountText(count) })
const quarterLabel = (index: number) => `${index + 1}季度`
const monthLabel = (month: string) => `${Number(month.slice(5, 7))}月`

/** The four charts of the page, each with its figures. */
export function overviewCharts(data: Pick<OverviewOutput, 'year' | 'charts'>): { key: string; chart: BarChartSpec }[] {
  const { year, charts } = data
  return [
    { key: 'duty', chart: { title: `${year}年各季度履职记录`, xAxis: '季度', yAxis: '条', bars: charts.dutyByQuarter.map((n, i) => countBar(quarterLabel(i), n)) } },
    { key: 'topics', chart: { title: `${year}年各季度议题`, xAxis: '季度', yAxis: '个', bars: charts.topicsByQuarter.map((n, i) => countBar(quarterLabel(i), n)) } },
    {
      key: 'requests-category',
      chart: { title: `${year}年求助类别`, xAxis: '类别', yAxis: '件', bars: charts.requestsByCategory.map((row) => statBar(REQUEST_CATEGORY_LABEL[row.category], row.count)) },
    },
    {
      key: 'requests-month',
      chart: { title: `${year}年各月求助`, xAxis: '月份', yAxis: '件', bars: charts.requestsByMonth.map((row) => statBar(monthLabel(row.month), row.count)) },
    },
  ]
}
