// One .xlsx workbook of ledgers (台账), each on its own sheet, ready to print: a title row
// naming the federation and the period, a bold header row repeated on every printed page,
// A4 landscape fitted to the page's width, the header frozen on screen. Cells hold text,
// whole numbers, dates as text (YYYY-MM-DD: what a chair types and reads) or a link.
// Text is always written as text, never as a formula, so nothing a user typed can run in
// the spreadsheet program.
import ExcelJS from 'exceljs'

/** A cell: text, a number, a link (照片), or empty. */
export type Cell = string | number | { text: string; link: string } | null

export interface Column<Row> {
  header: string
  /** in characters (a CJK character counts about two) */
  width: number
  value: (row: Row) => Cell
}

export interface Ledger<Row> {
  /** the sheet's tab: at most 31 characters, none of \ / ? * [ ] : */
  sheet: string
  /** the first row: what it is, whose, for when */
  title: string
  /** a line under the title, e.g. 妇女代表 120 名 (optional) */
  note?: string
  columns: readonly Column<Row>[]
  rows: readonly Row[]
}

/** Any ledger, whatever its rows: the workbook only reads them through its own columns. */
export interface AnyLedger {
  sheet: string
  title: string
  note?: string
  headers: string[]
  widths: number[]
  cells: Cell[][]
}

export function ledger<Row>(input: Ledger<Row>): AnyLedger {
  return {
    sheet: input.sheet,
    title: input.title,
    note: input.note,
    headers: input.columns.map((c) => c.header),
    widths: input.columns.map((c) => c.width),
    cells: input.rows.map((row) => input.columns.map((c) => c.value(row))),
  }
}

const FORBIDDEN_IN_SHEET_NAME = /[\\/?*[\]:]/g
const THIN = { style: 'thin' as const }
const BORDER = { top: THIN, left: THIN, bottom: THIN, right: THIN }

/** A sheet name Excel accepts: the forbidden characters dropped, at most 31 characters, unique in the book. */
function sheetName(wanted: string, taken: Set<string>): string {
  const base = wanted.replace(FORBIDDEN_IN_SHEET_NAME, '').slice(0, 31) || '台账'
  let name = base
  for (let n = 2; taken.has(name); n += 1) name = `${base.slice(0, 28)}(${n})`
  taken.add(name)
  return name
}

function writeCell(cell: ExcelJS.Cell, value: Cell): void {
  if (value === null) return
  if (typeof value === 'object') {
    cell.value = { text: value.text, hyperlink: value.link }
    cell.font = { color: { argb: 'FF1F4E99' }, underline: true }
    return
  }
  // a string that looks like a formula stays a string: exceljs writes strings as shared strings, never as formulas
  cell.value = value
}

function addSheet(book: ExcelJS.Workbook, input: AnyLedger, name: string): void {
  const width = Math.max(1, input.headers.length)
  const headerRow = input.note ? 3 : 2
  const sheet = book.addWorksheet(name, {
    views: [{ state: 'frozen', ySplit: headerRow }],
    pageSetup: {
      paperSize: 9,
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      horizontalCentered: true,
      margins: { left: 0.4, right: 0.4, top: 0.5, bottom: 0.5, header: 0.3, footer: 0.3 },
      printTitlesRow: `${headerRow}:${headerRow}`,
    },
    headerFooter: { oddFooter: '第 &P 页，共 &N 页' },
  })
  input.widths.forEach((w, i) => (sheet.getColumn(i + 1).width = w))

  const title = sheet.getRow(1)
  title.getCell(1).value = input.title
  title.getCell(1).font = { bold: true, size: 14 }
  title.getCell(1).alignment = { horizontal: 'center', vertical: 'middle' }
  title.height = 24
  sheet.mergeCells(1, 1, 1, width)
  if (input.note) {
    sheet.getRow(2).getCell(1).value = input.note
    sheet.mergeCells(2, 1, 2, width)
  }

  const header = sheet.getRow(headerRow)
  input.headers.forEach((text, i) => {
    const cell = header.getCell(i + 1)
    cell.value = text
    cell.font = { bold: true }
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true }
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF2F2F2' } }
    cell.border = BORDER
  })

  input.cells.forEach((values, r) => {
    const row = sheet.getRow(headerRow + 1 + r)
    values.forEach((value, c) => {
      const cell = row.getCell(c + 1)
      writeCell(cell, value)
      cell.alignment = { vertical: 'top', wrapText: true }
      cell.border = BORDER
    })
  })
}

/** The workbook's bytes. An empty ledger still has its title and headers: 本期无记录 is an answer too. */
export async function workbookBytes(ledgers: readonly AnyLedger[], meta: { creator: string; created: Date }): Promise<Buffer> {
  const book = new ExcelJS.Workbook()
  book.creator = meta.creator
  book.created = meta.created
  book.modified = meta.created
  const taken = new Set<string>()
  for (const input of ledgers) addSheet(book, input, sheetName(input.sheet, taken))
  const bytes = await book.xlsx.writeBuffer()
  return Buffer.from(bytes as ArrayBuffer)
}
