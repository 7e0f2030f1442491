// A workbook read back with the same library that wrote it, from the bytes of an .xlsx.
import ExcelJS from 'exceljs'

export async function readWorkbook(bytes: Buffer): Promise<ExcelJS.Workbook> {
  const book = new ExcelJS.Workbook()
  await book.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer)
  return book
}

/** A sheet's rows as plain values, first column first (ExcelJS counts from 1). */
export function sheetRows(sheet: ExcelJS.Worksheet): ExcelJS.CellValue[][] {
  const rows: ExcelJS.CellValue[][] = []
  for (let row = 1; row <= sheet.rowCount; row++) rows.push((sheet.getRow(row).values as ExcelJS.CellValue[]).slice(1))
  return rows
}
