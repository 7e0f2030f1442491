// 台账 in real Chromium against `npm start`: demo-chair opens 台账 from her console, exports the
// 执委花名册 and the browser downloads an .xlsx under its Chinese name whose rows are her
// members; she writes the year's 总结, exports the 年度台账 and finds it there beside every
// ledger. A member is refused the export; each export is in 变更记录.
import ExcelJS from 'exceljs'
import { readWorkbook } from '../support/xlsx'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { Page } from 'playwright-core'
import type { ActionOutput, GetBoardOutput } from '../../types'
import { callApi, devToken } from './support/api'
import { screenshot } from './support/browser'
import { logIn, shown, withHostAndPhones } from './support/journey'
import { pollUntil } from './support/poll'

jest.setTimeout(300_000)

const stage = withHostAndPhones(1)
const [phone] = stage.phones
let orgId = ''
const year = Number(new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 4))

beforeAll(async () => {
  orgId = (await callApi<GetBoardOutput>(stage.host.url, 'board', 'get', { code: 'demo-community' })).board.orgId
})

/** Taps 导出 beside a ledger and reads the workbook the browser downloaded. */
async function exportAndRead(page: Page, kind: string): Promise<{ name: string; book: ExcelJS.Workbook }> {
  const row = shown(page, `.ledger-row--${kind}`).first()
  const [download] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), row.locator('.ledger-row__export').click()])
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'ledger-')), 'file.xlsx')
  await download.saveAs(file)
  const bytes = fs.readFileSync(file)
  const book = await readWorkbook(bytes)
  return { name: download.suggestedFilename(), book }
}

test('demo-chair exports the 执委花名册 from 台账: an .xlsx under its Chinese name, her members in it', async () => {
  const { page } = phone
  await logIn(page, stage.host.url, 'demo-chair')
  await page.goto(stage.at(`/staff/pages/org/index?orgId=${orgId}`))
  await shown(page, '.console-tile--ledgers').first().click()
  await shown(page, '.ledgers-page .ledger-row').first().waitFor({ timeout: 30_000 })
  await expect(shown(page, '.ledgers-page .ledger-row').count()).resolves.toBe(7)
  await screenshot(page, 'ledgers')

  const { name, book } = await exportAndRead(page, 'roster')
  expect(name).toMatch(/^.+执委花名册（\d{4}-\d{2}-\d{2}）\.xlsx$/)
  const sheet = book.getWorksheet('执委花名册')!
  expect((sheet.getRow(3).values as unknown[]).slice(1, 4)).toEqual(['序号', '姓名', '职务'])
  const console = await callApi<ActionOutput<'org', 'get'>>(stage.host.url, 'org', 'get', { orgId }, await devToken(stage.host.url, 'demo-chair'))
  const inOffice = console.members.filter((m) => m.status === 'active').map((m) => m.name)
  const listed: unknown[] = []
  for (let row = 4; row <= sheet.rowCount; row++) listed.push(sheet.getRow(row).getCell(2).value)
  expect(listed.slice(0, inOffice.length).sort()).toEqual([...inOffice].sort())
})

test('she writes the year’s 总结 and it is in the 年度台账 beside every ledger', async () => {
  const { page } = phone
  const summary = `一、基本情况：本年度执委会按时召开。\n二、主要工作：走访妇女群众，办好妇女之家。`
  await shown(page, '.ledgers-page textarea').first().fill(summary)
  await shown(page, '.ledgers-page .save-button').first().click()
  const token = await devToken(stage.host.url, 'demo-chair')
  const saved = await pollUntil(
    async () => (await callApi<ActionOutput<'org', 'get'>>(stage.host.url, 'org', 'get', { orgId }, token)).org.yearSummaries?.[String(year)],
    (text) => text === summary,
    15_000,
  )
  expect(saved).toBe(summary)

  const { name, book } = await exportAndRead(page, 'annual')
  expect(name).toMatch(new RegExp(`${year}年年度台账\\.xlsx$`))
  expect(book.worksheets.map((s) => s.name)).toEqual(['大事记', '年度总结', '执委花名册', '活动台账', '议事台账', '履职台账', '执委会', '增替补', '求助台账'])
  const written = book.getWorksheet('年度总结')!
  expect([written.getCell('A3').value, written.getCell('A4').value]).toEqual(['一、基本情况：本年度执委会按时召开。', '二、主要工作：走访妇女群众，办好妇女之家。'])

  const { entries } = await callApi<ActionOutput<'org', 'history'>>(stage.host.url, 'org', 'history', { orgId }, token)
  expect(entries.map((e) => e.summary)).toEqual(expect.arrayContaining([expect.stringMatching(/^导出了.+年度台账$/), expect.stringMatching(/^导出了.+执委花名册/)]))
})

test('a member is refused the export (FORBIDDEN), whatever the page offers', async () => {
  const token = await devToken(stage.host.url, 'demo-member')
  await expect(callApi(stage.host.url, 'reports', 'exportLedger', { orgId, kind: 'roster', year }, token)).rejects.toThrow(/FORBIDDEN/)
})
