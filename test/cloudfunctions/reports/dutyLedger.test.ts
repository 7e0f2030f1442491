import ExcelJS from 'exceljs'
import { readWorkbook } from '../../support/xlsx'
import { dutyLedger } from '../../../cloudfunctions/reports/lib/ledgers/duty'
import { workbookBytes } from '../../../cloudfunctions/reports/lib/workbook'

const rowValues = (sheet: ExcelJS.Worksheet, row: number): unknown[] => {
  const values = (sheet.getRow(row).values as unknown[]).slice(1)
  return Array.from({ length: 12 }, (_, i) => values[i] ?? null)
}

describe('履职台账 (附件2 七个一)', () => {
  const entries = [
    { kind: 'contact' as const, date: '2026-02-10', womenCount: 3 },
    { kind: 'contact' as const, date: '2026-05-10', womenCount: 2 },
    { kind: 'survey' as const, date: '2026-03-01', womenCount: 5 },
    { kind: 'talk' as const, date: '2026-11-01', womenCount: 20 },
    { kind: 'contact' as const, date: '2025-12-30', womenCount: 9 },
  ]
  const members = [
    { name: '李芳', postLabel: '副主席', joinedOn: '2024-03-15', entries },
    { name: '新来的', postLabel: '执委', joinedOn: '2026-08-20', entries: [] },
  ]

  test('each duty in each period of the year: 完成 / 未完成 / 进行中 / 中途任职, the minimum the federation raised, nothing after today', async () => {
    const bytes = await workbookBytes([dutyLedger('幸福社区妇联', 2026, members, { talk: 2 }, '2026-11-30')], { creator: 'x', created: new Date() })
    const book = await readWorkbook(bytes)
    const sheet = book.worksheets[0]
    expect(sheet.getCell('A1').value).toBe('幸福社区妇联2026年执委履职台账（七个一）')
    expect(rowValues(sheet, 3)).toEqual(['执委', '职务', '全年记录', '联系妇女', '七个一', '第一季度', '第二季度', '第三季度', '第四季度', '上半年', '下半年', '全年'])
    expect(rowValues(sheet, 4)).toEqual(['李芳', '副主席', 4, 30, '一次联系', '完成 1/1', '完成 1/1', '未完成 0/1', '进行中 0/1', null, null, null])
    expect(rowValues(sheet, 5)).toEqual([null, null, null, null, '一次宣讲', '未完成 0/2', '未完成 0/2', '未完成 0/2', '进行中 1/2', null, null, null])
    expect(rowValues(sheet, 6)).toEqual([null, null, null, null, '一次调研', null, null, null, null, '完成 1/1', '进行中 0/1', null])
    expect(rowValues(sheet, 10)).toEqual([null, null, null, null, '一本记录', null, null, null, null, null, null, '完成 4/1'])
    // she joined on 20 August: the quarters before are 未任职, the third is not held against her
    expect(rowValues(sheet, 11).slice(0, 9)).toEqual(['新来的', '执委', 0, 0, '一次联系', '未任职', '未任职', '中途任职 0/1', '进行中 0/1'])
    expect(sheet.rowCount).toBe(3 + 14)
  })

  test('a period that has not begun is left blank', async () => {
    const bytes = await workbookBytes([dutyLedger('幸福社区妇联', 2026, [{ ...members[0]!, entries: entries.filter((e) => e.date <= '2026-05-01') }], null, '2026-05-01')], {
      creator: 'x',
      created: new Date(),
    })
    const book = await readWorkbook(bytes)
    expect(rowValues(book.worksheets[0], 4).slice(5, 9)).toEqual(['完成 1/1', '进行中 0/1', '', ''])
  })
})
