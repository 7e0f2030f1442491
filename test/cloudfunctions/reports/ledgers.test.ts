import { TOPIC_CATEGORY_LABEL } from '../../../types'
import ExcelJS from 'exceljs'
import { readWorkbook } from '../../support/xlsx'
import { activitiesLedger, type LedgerActivity } from '../../../cloudfunctions/reports/lib/ledgers/activities'
import { topicsLedger, type LedgerTopic } from '../../../cloudfunctions/reports/lib/ledgers/topics'
import { workbookBytes, type AnyLedger } from '../../../cloudfunctions/reports/lib/workbook'

async function sheetOf(input: AnyLedger): Promise<ExcelJS.Worksheet> {
  const bytes = await workbookBytes([input], { creator: 'x', created: new Date('2026-11-30T00:00:00Z') })
  const book = await readWorkbook(bytes)
  return book.worksheets[0]
}
const rowValues = (sheet: ExcelJS.Worksheet, row: number): unknown[] => (sheet.getRow(row).values as unknown[]).slice(1)

describe('活动台账', () => {
  const activity = (over: Partial<LedgerActivity>): LedgerActivity => ({
    title: '活动',
    status: 'done',
    date: '2026-01-01',
    place: '',
    summary: '',
    resultText: '',
    photos: [],
    ...over,
  })
  const activities = [
    activity({ title: '三八节茶话会', date: '2026-03-08', place: '妇女之家', summary: '座谈', resultText: '40 人参加', photos: ['/files/a/1.jpg', '/files/a/2.jpg'] }),
    activity({ title: '家风讲堂', date: '2026-11-20', status: 'planned' }),
    activity({ title: '去年的', date: '2025-12-30' }),
    activity({ title: '暑期托管', date: '2026-07-15', status: 'cancelled' }),
  ]

  test('the year only, in date order, by quarter, photos as links that open from outside', async () => {
    const sheet = await sheetOf(activitiesLedger('幸福社区妇联', 2026, activities, (ref) => `https://host.example${ref}`))
    expect(sheet.getCell('A1').value).toBe('幸福社区妇联2026年活动台账')
    expect(sheet.getCell('A2').value).toBe('全年 3 项，已开展 1 项')
    expect(rowValues(sheet, 3)).toEqual(['季度', '日期', '活动名称', '状态', '地点', '活动内容', '活动成效', '照片1', '照片2'])
    expect(rowValues(sheet, 4)).toEqual([
      '第一季度',
      '2026-03-08',
      '三八节茶话会',
      '已开展',
      '妇女之家',
      '座谈',
      '40 人参加',
      { text: '照片1', hyperlink: 'https://host.example/files/a/1.jpg' },
      { text: '照片2', hyperlink: 'https://host.example/files/a/2.jpg' },
    ])
    expect(rowValues(sheet, 5).slice(0, 4)).toEqual(['第三季度', '2026-07-15', '暑期托管', '已取消'])
    expect(rowValues(sheet, 6).slice(0, 4)).toEqual(['第四季度', '2026-11-20', '家风讲堂', '计划'])
    expect(sheet.rowCount).toBe(6)
  })
})

describe('议事台账', () => {
  const outcome = { feedback: '', escalatedTo: [], escalationNote: '', result: '', photos: [], notCarriedReason: '' }
  const topic = (over: Partial<LedgerTopic>): LedgerTopic => ({
    _id: 't',
    title: '议题',
    category: 'environment',
    channel: 'online',
    anonymous: false,
    submitterName: '张三',
    createdAt: '2026-02-01T02:00:00.000Z',
    state: 'accepted',
    meetingId: null,
    record: null,
    outcome,
    secondCount: 0,
    ...over,
  })
  const topics = [
    topic({
      _id: 't1',
      title: '小区路灯坏了',
      channel: 'visit',
      createdAt: '2026-03-01T17:00:00.000Z',
      state: 'done',
      meetingId: 'm1',
      secondCount: 12,
      record: { topicId: 't1', discussion: '大家同意', decision: '请物业修', owner: '李芳', dueDate: '2026-04-30' },
      outcome: { ...outcome, feedback: '已联系物业', escalatedTo: ['villageCommittee'], result: '4 月修好' },
    }),
    topic({
      _id: 't2',
      title: '想办托管班',
      anonymous: true,
      submitterName: '匿名者真名',
      createdAt: '2026-05-02T02:00:00.000Z',
      state: 'notCarriedOut',
      outcome: { ...outcome, notCarriedReason: '场地不够' },
    }),
    topic({ _id: 't3', title: '去年的', createdAt: '2025-12-31T15:59:00.000Z' }),
  ]
  const meetings = [{ _id: 'm1', form: 'plenary' as const, startsAt: '2026-03-10T01:00:00.000Z' }]
  const dates = new Map([
    ['t1', { escalated: '2026-03-12', done: '2026-04-28' }],
    ['t2', { notCarriedOut: '2026-06-01' }],
  ])

  test('the year in Beijing dates, the meeting and its 一事一记, 上报 and 落实 with their dates; an anonymous submitter is not named', async () => {
    const sheet = await sheetOf(topicsLedger('幸福社区妇联', 2026, topics, meetings, dates))
    expect(sheet.getCell('A1').value).toBe('幸福社区妇联2026年议事台账')
    expect(rowValues(sheet, 3)).toEqual([
      '序号',
      '议题',
      '类别',
      '来源',
      '提出人',
      '提出日期',
      '状态',
      '附议人数',
      '议事会议',
      '议事情况',
      '议定事项',
      '承办人',
      '完成时限',
      '反馈',
      '上报',
      '上报日期',
      '落实情况',
      '落实日期',
    ])
    expect(rowValues(sheet, 4)).toEqual([
      1,
      '小区路灯坏了',
      TOPIC_CATEGORY_LABEL.environment,
      '执委走访',
      '张三',
      '2026-03-02',
      '已落实',
      12,
      '2026-03-10 集中议事',
      '大家同意',
      '请物业修',
      '李芳',
      '2026-04-30',
      '已联系物业',
      '村(社区)两委',
      '2026-03-12',
      '4 月修好',
      '2026-04-28',
    ])
    const second = rowValues(sheet, 5)
    expect(second.slice(0, 7)).toEqual([2, '想办托管班', TOPIC_CATEGORY_LABEL.environment, '网上征集', '（不公开姓名）', '2026-05-02', '未落实'])
    expect(second.slice(16)).toEqual(['未落实：场地不够', '2026-06-01'])
    expect(JSON.stringify(rowValues(sheet, 5))).not.toContain('匿名者真名')
    // 2025-12-31 15:59 UTC is 23:59 on the 31st in Beijing: last year's topic, left out
    expect(sheet.rowCount).toBe(5)
  })
})
