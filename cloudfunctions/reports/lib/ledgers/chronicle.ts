// 大事记: the year's events in date order — decisions taken at 议事, 执委会 held, members
// elected or gone, the main activities held — one line each, as a chair writes them into
// the year's 台账 (001 3.6 "年终有总结，每年将工作资料进行归档整理"). The loader says what
// happened; this only orders and lays it out.
import { ledger, type AnyLedger } from '../workbook'

export interface ChronicleEvent {
  /** YYYY-MM-DD, Beijing */
  date: string
  /** 议事 / 执委会 / 增补 / 替补 / 离任 / 活动 … */
  kind: string
  text: string
}

export function chronicleLedger(orgName: string, year: number, events: readonly ChronicleEvent[]): AnyLedger {
  const rows = events
    .filter((e) => e.date.startsWith(`${year}-`))
    .map((e, i) => ({ e, i }))
    // date order; the loader's order within a day
    .sort((a, b) => a.e.date.localeCompare(b.e.date) || a.i - b.i)
    .map(({ e }, n) => ({ e, n: n + 1 }))
  return ledger({
    sheet: '大事记',
    title: `${orgName}${year}年大事记`,
    columns: [
      { header: '序号', width: 6, value: ({ n }) => n },
      { header: '日期', width: 12, value: ({ e }) => e.date },
      { header: '类别', width: 10, value: ({ e }) => e.kind },
      { header: '事项', width: 70, value: ({ e }) => e.text },
    ],
    rows,
  })
}

/** The year's 总结 as the chair wrote it, a paragraph to a row so it prints across pages. */
export function summaryLedger(orgName: string, year: number, text: string | null): AnyLedger {
  const paragraphs = (text ?? '')
    .split(/\n+/)
    .map((p) => p.trim())
    .filter((p) => p !== '')
  return ledger({
    sheet: '年度总结',
    title: `${orgName}${year}年工作总结`,
    note: paragraphs.length === 0 ? '本年度总结尚未填写（请在工作台“年度台账”中填写）' : undefined,
    columns: [{ header: '总结', width: 110, value: (p: string) => p }],
    rows: paragraphs,
  })
}
