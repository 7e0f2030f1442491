// 履职台账 (附件2 妇联执委“七个一”联系制度): per 执委, each of the 七个一 in every period of the year —
// done against the minimum the federation goes by — and her year's entries and women reached.
// A period not yet over reads as it stands; one she joined part-way through is never 未完成,
// and one before she joined reads 未任职
// (the engine's rule: cadence.ts progressOf). The 工作记录册 itself stays the printable page.
import { SEVEN_DUTIES, type DutyMinimums, type DutyPeriod, type SevenDuty } from '../../../../types'
import { doneIn, minimumOf, spanOf, type CadenceEntry } from '../../../shared/duty/cadence'
import { ledger, type AnyLedger, type Cell } from '../workbook'

export interface DutyLedgerMember {
  name: string
  postLabel: string
  joinedOn: string
  entries: readonly CadenceEntry[]
}

/** The year's periods as columns: four quarters, two halves, the year. */
const PERIOD_COLUMNS: readonly { header: string; period: DutyPeriod; firstDay: string }[] = [
  { header: '第一季度', period: 'quarter', firstDay: '01-01' },
  { header: '第二季度', period: 'quarter', firstDay: '04-01' },
  { header: '第三季度', period: 'quarter', firstDay: '07-01' },
  { header: '第四季度', period: 'quarter', firstDay: '10-01' },
  { header: '上半年', period: 'halfYear', firstDay: '01-01' },
  { header: '下半年', period: 'halfYear', firstDay: '07-01' },
  { header: '全年', period: 'year', firstDay: '01-01' },
]

interface Row {
  member: DutyLedgerMember
  duty: SevenDuty
  first: boolean
}

function periodCell(row: Row, year: number, column: (typeof PERIOD_COLUMNS)[number], today: string, minimums: DutyMinimums | null): Cell {
  if (row.duty.period !== column.period) return null
  const span = spanOf(`${year}-${column.firstDay}`, column.period)
  if (span.first > today) return ''
  if (row.member.joinedOn > span.last) return '未任职'
  const minimum = minimumOf(row.duty, minimums)
  const done = doneIn(row.duty, row.member.entries, span)
  const tally = `${done}/${minimum}`
  if (done >= minimum) return `完成 ${tally}`
  if (span.last >= today) return `进行中 ${tally}`
  if (row.member.joinedOn > span.first) return `中途任职 ${tally}`
  return `未完成 ${tally}`
}

export function dutyLedger(orgName: string, year: number, members: readonly DutyLedgerMember[], minimums: DutyMinimums | null, today: string): AnyLedger {
  const rows: Row[] = members.flatMap((member) => SEVEN_DUTIES.map((duty, i) => ({ member, duty, first: i === 0 })))
  const inYear = (e: CadenceEntry) => e.date.startsWith(`${year}-`)
  return ledger({
    sheet: '履职台账',
    title: `${orgName}${year}年执委履职台账（七个一）`,
    note: `“完成 1/1”：完成次数/最低次数；截至 ${today < `${year}-12-31` ? today : `${year}-12-31`}`,
    columns: [
      { header: '执委', width: 10, value: (r: Row) => (r.first ? r.member.name : null) },
      { header: '职务', width: 8, value: (r) => (r.first ? r.member.postLabel : null) },
      { header: '全年记录', width: 8, value: (r) => (r.first ? r.member.entries.filter(inYear).length : null) },
      { header: '联系妇女', width: 8, value: (r) => (r.first ? r.member.entries.filter(inYear).reduce((n, e) => n + e.womenCount, 0) : null) },
      { header: '七个一', width: 10, value: (r) => r.duty.title },
      ...PERIOD_COLUMNS.map((column) => ({ header: column.header, width: 11, value: (r: Row) => periodCell(r, year, column, today, minimums) })),
    ],
    rows,
  })
}
