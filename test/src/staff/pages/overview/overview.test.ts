import type { OverviewRow } from '../../../../../types/overview'
import type { StatCount } from '../../../../../types/requests'
import {
  ariaSort,
  completenessText,
  exportProgressText,
  ledgerLines,
  LIST_ORDER,
  nextSort,
  overviewCharts,
  rateText,
  requestsText,
  sortHint,
  sortMark,
  sortRows,
  sortSentence,
  statSortValue,
  topicsText,
} from '../../../../../src/staff/pages/overview/overview'

interface RowShape {
  orgCount?: number
  ledger?: [number, number, number]
  rate?: number | null
  executives?: number
  active?: number
  topics?: number
  finished?: number
  requests?: StatCount
  completeness?: number | null
}

function row(name: string, shape: RowShape = {}): OverviewRow {
  const { orgCount = 1, ledger = [0, 0, 0], rate = null, executives = 0, active = 0, topics = 0, finished = 0, requests = 0, completeness = null } = shape
  return {
    orgId: `id-${name}`,
    name,
    level: 'community',
    orgCount,
    ledger: { planned: ledger[0], recorded: ledger[1], summary: ledger[2] },
    activities: 0,
    duty: { executives, activeThisQuarter: active, rate, entries: 0, women: 0 },
    topics: { total: topics, accepted: 0, finished, done: 0 },
    requests: { total: requests, closed: 0 },
    completeness,
  }
}

const names = (rows: OverviewRow[]) => rows.map((r) => r.name)

describe('sorting the table', () => {
  const rows = [
    row('甲', { rate: 50, topics: 3, requests: 'few', completeness: 80, ledger: [1, 0, 0] }),
    row('乙', { rate: null, topics: 7, requests: 12, completeness: null, ledger: [1, 1, 1] }),
    row('丙', { rate: 100, topics: 0, requests: 'hidden', completeness: 95, ledger: [0, 0, 0] }),
    row('丁', { rate: 50, topics: 3, requests: { min: 5, max: 9 }, completeness: 60, ledger: [1, 1, 0] }),
  ]

  test('a new column sorts from the highest first; tapping it again turns it round; 组织 is the list’s own order', () => {
    expect(LIST_ORDER).toEqual({ column: 'name', descending: false })
    expect(nextSort(LIST_ORDER, 'rate')).toEqual({ column: 'rate', descending: true })
    expect(nextSort({ column: 'rate', descending: true }, 'rate')).toEqual({ column: 'rate', descending: false })
    expect(nextSort({ column: 'rate', descending: false }, 'topics')).toEqual({ column: 'topics', descending: true })
    expect(nextSort({ column: 'rate', descending: true }, 'name')).toEqual(LIST_ORDER)
    expect(names(sortRows(rows, LIST_ORDER))).toEqual(['甲', '乙', '丙', '丁'])
    expect(names(sortRows(rows, nextSort(LIST_ORDER, 'name')))).toEqual(['丁', '丙', '乙', '甲'])
  })

  test('履职率: highest first, equal rates keep the list’s order, no 执委 (null) last either way', () => {
    expect(names(sortRows(rows, { column: 'rate', descending: true }))).toEqual(['丙', '甲', '丁', '乙'])
    expect(names(sortRows(rows, { column: 'rate', descending: false }))).toEqual(['甲', '丁', '丙', '乙'])
  })

  test('议事, 完整度 and 台账 sort by their figures', () => {
    expect(names(sortRows(rows, { column: 'topics', descending: true }))).toEqual(['乙', '甲', '丁', '丙'])
    expect(names(sortRows(rows, { column: 'completeness', descending: false }))).toEqual(['丁', '甲', '丙', '乙'])
    expect(names(sortRows(rows, { column: 'ledger', descending: true }))).toEqual(['乙', '丁', '甲', '丙'])
  })

  test('求助 sorts by what is shown: 少于5 between 0 and 5, a range at its middle, — last', () => {
    expect(statSortValue(0)).toBe(0)
    expect(statSortValue('few')).toBeGreaterThan(0)
    expect(statSortValue('few')).toBeLessThan(5)
    expect(statSortValue({ min: 5, max: 9 })).toBe(7)
    expect(statSortValue({ min: 10, max: null })).toBe(10)
    expect(statSortValue('hidden')).toBeNull()
    expect(names(sortRows(rows, { column: 'requests', descending: true }))).toEqual(['乙', '丁', '甲', '丙'])
    expect(names(sortRows(rows, { column: 'requests', descending: false }))).toEqual(['甲', '丁', '乙', '丙'])
  })

  test('the sorted column is marked ▼ or ▲ and said in words, for the eye and for a screen reader', () => {
    const byRate = { column: 'rate', descending: true } as const
    expect(sortMark(byRate, 'rate')).toBe('▼')
    expect(sortMark({ column: 'rate', descending: false }, 'rate')).toBe('▲')
    expect(sortMark(byRate, 'topics')).toBe('')
    expect(ariaSort(byRate, 'rate')).toBe('descending')
    expect(ariaSort({ column: 'rate', descending: false }, 'rate')).toBe('ascending')
    expect(ariaSort(byRate, 'name')).toBe('none')
    expect(ariaSort(LIST_ORDER, 'name')).toBe('other')
    expect(sortSentence(byRate)).toBe('按履职率从高到低排列')
    expect(sortSentence({ column: 'requests', descending: false })).toBe('按求助从少到多排列')
    expect(sortSentence(LIST_ORDER)).toBe('按原来的顺序排列')
    expect(sortHint(byRate, 'rate')).toBe('履职率，现在按履职率从高到低排列，点按改为按履职率从低到高排列')
    expect(sortHint(byRate, 'topics')).toBe('议事，点按改为按议事从多到少排列')
  })
})

describe('the words of each cell', () => {
  test('台账 of one federation is ✓ or —; of many, how many of them have each', () => {
    expect(ledgerLines(row('甲', { ledger: [1, 0, 1] }))).toEqual(['计划 ✓', '记录 —', '总结 ✓'])
    expect(ledgerLines(row('乙', { orgCount: 3, ledger: [2, 1, 0] }))).toEqual(['计划 2/3', '记录 1/3', '总结 0/3'])
  })

  test('履职率 with who of how many; — where there is no 执委', () => {
    expect(rateText(row('甲', { rate: 25, executives: 4, active: 1 }))).toEqual({ main: '25%', sub: '1/4人' })
    expect(rateText(row('乙'))).toEqual({ main: '—', sub: '没有执委' })
  })

  test('议事 with 已办结; 完整度 rounded, — when not kept yet', () => {
    expect(topicsText(row('甲', { topics: 6, finished: 2 }))).toEqual({ main: '6', sub: '已办结 2' })
    expect(completenessText(row('甲', { completeness: 66.6 }))).toEqual({ main: '67%' })
    expect(completenessText(row('乙'))).toEqual({ main: '—' })
  })

  test('求助 is never a raw small count: it is said as 求助统计 says it', () => {
    expect(requestsText(row('甲', { requests: 'few' }))).toEqual({ main: '少于5' })
    expect(requestsText(row('乙', { requests: 'hidden' }))).toEqual({ main: '—' })
    expect(requestsText(row('丙', { requests: { min: 5, max: 9 } }))).toEqual({ main: '5–9' })
    expect(requestsText(row('丁', { requests: { min: 0, max: 4 } }))).toEqual({ main: '少于5' })
    expect(requestsText(row('戊', { requests: 12 }))).toEqual({ main: '12' })
  })

  test('the export says how long it has been building and how many federations it counts', () => {
    expect(exportProgressText(7, 3000)).toBe('正在生成，已用 7 秒（共 3000 个组织）')
  })
})

test('the four charts: quarters, categories and months labelled in Chinese; a protected count has no height', () => {
  const charts = overviewCharts({
    year: 2026,
    charts: {
      dutyByQuarter: [3, 0, 5, 1],
      topicsByQuarter: [1, 2, 0, 0],
      requestsByCategory: [
        { category: 'domesticViolence', count: 'few' },
        { category: 'legal', count: 7 },
        { category: 'other', count: 'hidden' },
      ],
      requestsByMonth: [
        { month: '2026-01', count: 0 },
        { month: '2026-02', count: { min: 5, max: 9 } },
      ],
      requestsByState: [],
    },
  })
  expect(charts.map((c) => c.key)).toEqual(['duty', 'topics', 'requests-category', 'requests-month'])
  expect(charts[0]!.chart.title).toBe('2026年各季度履职记录')
  expect(charts[0]!.chart.bars).toEqual([
    { label: '1季度', value: 3, text: '3' },
    { label: '2季度', value: 0, text: '0' },
    { label: '3季度', value: 5, text: '5' },
    { label: '4季度', value: 1, text: '1' },
  ])
  expect(charts[2]!.chart.bars).toEqual([
    { label: '家庭暴力', value: null, text: '少于5' },
    { label: '法律咨询', value: 7, text: '7' },
    { label: '其他', value: null, text: '—' },
  ])
  expect(charts[3]!.chart.bars).toEqual([
    { label: '1月', value: 0, text: '0' },
    { label: '2月', value: null, text: '5–9' },
  ])
})
