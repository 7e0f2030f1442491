// 统计报表 (reports.exportLedger kind 'stats'): the 下级统计 page's rows and their sum on one
// sheet, every federation below on the next, read back cell by cell; 求助 counts as 求助统计
// publishes them (never a 1), no name of a woman anywhere in the file.
import fs from 'node:fs'
import { readWorkbook, sheetRows } from '../../support/xlsx'
import { unzipEntries } from '../../support/unzip'
import { localDownloads } from '../../../server/downloads'
import { createCaller } from '../../fixtures/caller'
import type { TestServices } from '../../fixtures/services'
import { requestServices, SECRETS, SUBMISSION } from '../requests/fixtures/requestsTree'
import { IDS } from '../org/fixtures/consoleTree'

let services: TestServices
beforeEach(async () => {
  services = await requestServices()
})

const fileAt = (url: string) => fs.readFileSync(localDownloads(services.dataDir).resolve(url.slice('/downloads/'.length))!.file)

test('the 街道 chair’s 统计报表: the page’s rows with their sum, then each federation on its own row, 求助 as 少于5', async () => {
  await createCaller('requests', services, 'resident').submit(SUBMISSION)
  // the page counts and keeps the figures first; the workbook repeats the same rows
  const view = await createCaller('org', services, 'ancestorChair').overview({ orgId: IDS.street, year: 2026 })
  const out = await createCaller('reports', services, 'ancestorChair').exportLedger({ orgId: IDS.street, kind: 'stats', year: 2026 })
  expect(out.fileName).toBe('和平街道妇联2026年下级统计报表.xlsx')
  const bytes = fileAt(out.url)
  const book = await readWorkbook(bytes)
  expect(book.worksheets.map((sheet) => sheet.name)).toEqual(['下级汇总', '全部组织'])
  const summary = sheetRows(book.getWorksheet('下级汇总')!)
  expect(summary[0]?.[0]).toBe('和平街道妇联 2026年 下级妇联统计报表')
  expect(summary[2]).toEqual([
    '组织',
    '类型',
    '含下级组织数',
    '有年度计划',
    '有活动记录',
    '有年度总结',
    '已记录活动',
    '在任执委',
    '第4季度有履职记录的执委',
    '履职率',
    '履职记录（条）',
    '联系妇女（人次）',
    '议题',
    '已立项',
    '已办结',
    '已落实',
    '求助（件）',
    '求助已办结',
    '完整度',
  ])
  const comm = view.rows[0]!
  expect(summary[3]).toEqual(['和平街道幸福社区妇联', '社区', 2, 1, 0, 0, 0, 4, 1, '25%', 1, 3, 0, 0, 0, 0, '少于5', '少于5', `${comm.completeness}%`])
  expect(summary[4]?.slice(0, 10)).toEqual(['和平街道安康社区妇联', '社区', 1, 0, 0, 0, 0, 1, 0, '0%'])
  expect(summary[5]?.slice(0, 3)).toEqual(['和平街道妇联下级合计', '街道', 3])
  expect(summary).toHaveLength(6)
  const each = sheetRows(book.getWorksheet('全部组织')!)
  expect(each.slice(3).map((row) => [row[0], row[1]])).toEqual([
    ['和平街道妇联', '和平街道幸福社区妇联'],
    ['和平街道幸福社区妇联', '幸福社区第一妇女小组'],
    ['和平街道妇联', '和平街道安康社区妇联'],
  ])
  // nothing she wrote, in any cell or anywhere in the raw file
  const raw = [...unzipEntries(bytes).values()].map((part) => part.toString('utf8')).join('\n')
  for (const secret of Object.values(SECRETS)) expect(raw).not.toContain(secret)
})
