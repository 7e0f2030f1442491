import ExcelJS from 'exceljs'
import { readWorkbook } from '../../support/xlsx'
import { rosterLedger, type RosterMember } from '../../../cloudfunctions/reports/lib/ledgers/roster'
import { ledger, workbookBytes } from '../../../cloudfunctions/reports/lib/workbook'

async function readBack(bytes: Buffer): Promise<ExcelJS.Workbook> {
  const book = await readWorkbook(bytes)
  return book
}

const rowValues = (sheet: ExcelJS.Worksheet, row: number): unknown[] => (sheet.getRow(row).values as unknown[]).slice(1)

const member = (over: Partial<RosterMember>): RosterMember => ({
  _id: 'm',
  name: '某某',
  post: 'member',
  phone: null,
  officePhone: null,
  specialty: '',
  onDutyMonth: null,
  termStart: null,
  termEnd: null,
  status: 'active',
  departure: null,
  createdAt: '2025-03-01T02:00:00.000Z',
  sort: 9,
  ...over,
})

describe('执委花名册', () => {
  const org = { name: '幸福社区妇联', level: 'community' as const, representativesCount: 36 }
  const members = [
    member({ _id: 'b', name: '李芳', post: 'viceChair', phone: '13800000002', sort: 2, onDutyMonth: 3, specialty: '法律', termStart: '2024-03-15', termEnd: '2029-03-14' }),
    member({ _id: 'a', name: '王敏', post: 'chair', phone: '13800000001', officePhone: '023-61234567', sort: 1, termStart: '2024-03-15', termEnd: '2029-03-14' }),
    member({ _id: 'c', name: '赵兰', status: 'left', departure: { reason: 'jobChange', leftOn: '2026-05-01', note: '调往镇上' } }),
  ]
  const areas = [
    { name: '1栋', kind: 'building' as const, memberId: 'b', backupMemberId: 'a' },
    { name: '第二网格', kind: 'grid' as const, memberId: 'b', backupMemberId: null },
  ]

  test('read back cell by cell: the title, the note, the headers, members in office by post then those who left', async () => {
    const bytes = await workbookBytes([rosterLedger(org, members, areas, new Date('2026-11-30T04:00:00Z'))], { creator: '幸福社区妇联', created: new Date('2026-11-30T04:00:00Z') })
    const book = await readBack(bytes)
    expect(book.worksheets.map((s) => s.name)).toEqual(['执委花名册'])
    const sheet = book.getWorksheet('执委花名册')!
    expect(sheet.getCell('A1').value).toBe('幸福社区妇联执委花名册')
    expect(sheet.getCell('A2').value).toBe('层级：社区，妇女代表：36 名，在任 2 人，制表日期：2026-11-30')
    expect(rowValues(sheet, 3)).toEqual([
      '序号',
      '姓名',
      '职务',
      '层级',
      '联系电话',
      '办公电话',
      '特长',
      '联系片区',
      '轮值月份',
      '任期',
      '任职日期',
      '离任日期',
      '离任原因',
      '状态',
    ])
    expect(rowValues(sheet, 4)).toEqual([
      1,
      '王敏',
      '主席',
      '社区',
      '13800000001',
      '023-61234567',
      '',
      '1栋（楼栋）备用',
      '',
      '2024-03-15 至 2029-03-14',
      '2024-03-15',
      '',
      '',
      '在任',
    ])
    expect(rowValues(sheet, 5)).toEqual([
      2,
      '李芳',
      '副主席',
      '社区',
      '13800000002',
      '',
      '法律',
      '1栋（楼栋）、第二网格（网格）',
      '3月',
      '2024-03-15 至 2029-03-14',
      '2024-03-15',
      '',
      '',
      '在任',
    ])
    expect(rowValues(sheet, 6)).toEqual([3, '赵兰', '执委', '社区', '', '', '', '', '', '', '2025-03-01', '2026-05-01', '工作变动或离开本地', '已离任'])
    expect(sheet.rowCount).toBe(6)
  })

  test('print-ready: A4 landscape, one page wide, the header row repeated and frozen', async () => {
    const book = await readBack(await workbookBytes([rosterLedger(org, members, areas, new Date())], { creator: 'x', created: new Date() }))
    const sheet = book.worksheets[0]
    expect(sheet.pageSetup).toMatchObject({ paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '3:3' })
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 3 })
    expect(sheet.getCell('A3').font?.bold).toBe(true)
  })
})

describe('the workbook', () => {
  test('text that looks like a formula stays text; a link is a link; an empty ledger keeps its title and headers', async () => {
    const rows = [{ t: '=HYPERLINK("http://x","点我")', p: { text: '照片1', link: 'https://example.org/a.jpg' } }]
    const book = await readBack(
      await workbookBytes(
        [
          ledger({
            sheet: '活动',
            title: '活动台账',
            columns: [
              { header: '内容', width: 20, value: (r: (typeof rows)[number]) => r.t },
              { header: '照片', width: 10, value: (r: (typeof rows)[number]) => r.p },
            ],
            rows,
          }),
          ledger({ sheet: '活动', title: '空台账', columns: [{ header: '内容', width: 20, value: () => '' }], rows: [] }),
        ],
        { creator: 'x', created: new Date() },
      ),
    )
    const [first, second] = book.worksheets
    expect(first.getCell('A3').value).toBe('=HYPERLINK("http://x","点我")')
    expect(first.getCell('A3').type).toBe(ExcelJS.ValueType.String)
    expect(first.getCell('B3').value).toEqual({ text: '照片1', hyperlink: 'https://example.org/a.jpg' })
    expect(second.name).toBe('活动(2)')
    expect(rowValues(second, 1)).toEqual(['空台账'])
    expect(rowValues(second, 2)).toEqual(['内容'])
  })

  test('a sheet name drops the characters Excel refuses and keeps to 31 characters', async () => {
    const name = '议事/台账:2026?[全年]*' + '很长'.repeat(20)
    const book = await readBack(await workbookBytes([ledger({ sheet: name, title: 't', columns: [], rows: [] })], { creator: 'x', created: new Date() }))
    expect(book.worksheets[0].name).toBe(name.replace(/[\\/?*[\]:]/g, '').slice(0, 31))
  })
})
