import ExcelJS from 'exceljs'
import { readWorkbook } from '../../support/xlsx'
import { chronicleLedger, summaryLedger } from '../../../cloudfunctions/reports/lib/ledgers/chronicle'
import { committeesLedger, nominationsLedger, type LedgerCommittee, type LedgerNomination } from '../../../cloudfunctions/reports/lib/ledgers/committee'
import { workbookBytes, type AnyLedger } from '../../../cloudfunctions/reports/lib/workbook'

async function sheetsOf(ledgers: AnyLedger[]): Promise<ExcelJS.Worksheet[]> {
  const bytes = await workbookBytes(ledgers, { creator: 'x', created: new Date('2026-11-30T00:00:00Z') })
  const book = await readWorkbook(bytes)
  return book.worksheets
}
const rowValues = (sheet: ExcelJS.Worksheet, row: number): unknown[] => (sheet.getRow(row).values as unknown[]).slice(1)

test('大事记: the year’s events in date order, the loader’s order within a day', async () => {
  const [sheet] = await sheetsOf([
    chronicleLedger('幸福社区妇联', 2026, [
      { date: '2026-06-01', kind: '活动', text: '六一亲子活动' },
      { date: '2025-12-31', kind: '活动', text: '去年的' },
      { date: '2026-03-10', kind: '执委会', text: '召开执委会全体会议' },
      { date: '2026-03-10', kind: '增补', text: '增补刘洋为执委' },
    ]),
  ])
  expect(sheet!.getCell('A1').value).toBe('幸福社区妇联2026年大事记')
  expect(rowValues(sheet!, 2)).toEqual(['序号', '日期', '类别', '事项'])
  expect(rowValues(sheet!, 3)).toEqual([1, '2026-03-10', '执委会', '召开执委会全体会议'])
  expect(rowValues(sheet!, 4)).toEqual([2, '2026-03-10', '增补', '增补刘洋为执委'])
  expect(rowValues(sheet!, 5)).toEqual([3, '2026-06-01', '活动', '六一亲子活动'])
  expect(sheet!.rowCount).toBe(5)
})

test('年度总结: a paragraph to a row; none written says where to write it', async () => {
  const [written, missing] = await sheetsOf([summaryLedger('幸福社区妇联', 2026, '一、基本情况\n\n二、主要工作  \n'), summaryLedger('幸福社区妇联', 2026, null)])
  expect(rowValues(written!, 2)).toEqual(['总结'])
  expect([rowValues(written!, 3), rowValues(written!, 4)]).toEqual([['一、基本情况'], ['二、主要工作']])
  expect(missing!.getCell('A2').value).toBe('本年度总结尚未填写（请在工作台“年度台账”中填写）')
  expect(missing!.rowCount).toBe(3)
})

test('执委会 records: agenda, who came by name (请假 with her reason), minutes; a cancelled one says why', async () => {
  const names: Record<string, string> = { a: '王敏', b: '李芳', c: '赵兰' }
  const meetings: LedgerCommittee[] = [
    {
      startsAt: '2026-06-20T01:00:00.000Z',
      place: '妇女之家',
      agenda: [
        { kind: 'report', title: '' },
        { kind: 'election', title: '增补一名执委' },
      ],
      status: 'recorded',
      attendance: [
        { memberId: 'a', status: 'present', reason: '' },
        { memberId: 'b', status: 'excused', reason: '住院' },
        { memberId: 'c', status: 'absent', reason: '' },
      ],
      minutes: '听取述职，表决增补',
    },
    {
      startsAt: '2026-12-20T01:00:00.000Z',
      place: '会议室',
      agenda: [{ kind: 'work', title: '' }],
      status: 'cancelled',
      attendance: [],
      minutes: '',
      cancelReason: '与镇里会议冲突',
    },
  ]
  const [sheet] = await sheetsOf([committeesLedger('幸福社区妇联', 2026, meetings, (id) => names[id] ?? id)])
  expect(sheet!.getCell('A2').value).toBe('全年召开 1 次')
  expect(rowValues(sheet!, 4)).toEqual(['2026-06-20', '妇女之家', '已召开', '述职评议；增替补表决：增补一名执委', '王敏', '李芳（住院）', '赵兰', '听取述职，表决增补'])
  expect(rowValues(sheet!, 5)).toEqual(['2026-12-20', '会议室', '已取消', '工作部署', '', '', '', '已取消：与镇里会议冲突'])
})

test('增替补 records: route with its numbers, the approval, the vote as counted', async () => {
  const nominations: LedgerNomination[] = [
    {
      createdAt: '2026-05-01T02:00:00.000Z',
      kind: 'add',
      candidate: { name: '刘洋', phone: null, intro: '' },
      support: { route: 'mass', memberIds: [], women: 23, sheetPhoto: null },
      status: 'elected',
      approval: { by: '幸福社区党委', on: '2026-05-20', documentNo: '幸党〔2026〕3号', photo: null },
      vote: {
        meetingId: 'm',
        expected: 15,
        present: 11,
        yes: 8,
        abstain: 2,
        no: 1,
        quorate: true,
        elected: true,
        reason: '',
        scrutineerNames: [],
        tellers: [],
        at: '2026-06-20T02:00:00.000Z',
      },
    },
  ]
  const [sheet] = await sheetsOf([nominationsLedger('幸福社区妇联', 2026, nominations)])
  expect(rowValues(sheet!, 3)).toEqual([
    '2026-05-01',
    '刘洋',
    '增补',
    '群众推荐（23 名妇女群众签名）',
    '幸福社区党委 2026-05-20 幸党〔2026〕3号',
    '2026-06-20',
    '15/11',
    '8/1/2',
    '已当选',
  ])
})
