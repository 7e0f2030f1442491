// 下级统计 in real Chromium against `npm start`: demo-street-chair opens it from her console,
// sees one row per federation under 和平街道 as the API counts them, sorts by 履职率 (the order
// on screen is the rows' order by rate, highest first, then turned round), opens a child's
// 台账 from its row and downloads its 年度台账, and back on 下级统计 exports the 统计报表 while
// the page counts the seconds — its 下级汇总 sheet has the page's rows. The charts are drawn;
// 下级组织 leads there too; in 特大字 the table scrolls inside the phone, names held at the left.
// (demo-chair's 执委花名册 download is ledgers.test.ts's first journey.)
import ExcelJS from 'exceljs'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { Page } from 'playwright-core'
import type { GetBoardOutput, OverviewOutput, OverviewRow } from '../../types'
import { readWorkbook, sheetRows } from '../support/xlsx'
import { callApi, devToken } from './support/api'
import { screenshot } from './support/browser'
import { freshGoto, logIn, shown, withHostAndPhones } from './support/journey'

jest.setTimeout(300_000)

const stage = withHostAndPhones(1)
const [phone] = stage.phones
let streetId = ''
let overview: OverviewOutput
const year = Number(new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 4))

beforeAll(async () => {
  streetId = (await callApi<GetBoardOutput>(stage.host.url, 'board', 'get', { code: 'demo-street' })).board.orgId
  overview = await callApi<OverviewOutput>(stage.host.url, 'org', 'overview', { orgId: streetId, year }, await devToken(stage.host.url, 'demo-street-chair'))
})

const childRows = (page: Page) => shown(page, '.overview-page .overview-row:not(.overview-row--total)')
const namesOnScreen = async (page: Page) => (await childRows(page).locator('.overview-row__name').allInnerTexts()).map((name) => name.trim())

/** The rows by 履职率, highest first or lowest first; no 执委 (no rate) last; equal rates as listed. */
function byRate(rows: readonly OverviewRow[], descending: boolean): string[] {
  const rated = rows.filter((row) => row.duty.rate !== null)
  const order = rated.map((row, index) => ({ row, index })).sort((a, b) => (a.row.duty.rate! - b.row.duty.rate!) * (descending ? -1 : 1) || a.index - b.index)
  return [...order.map(({ row }) => row.name), ...rows.filter((row) => row.duty.rate === null).map((row) => row.name)]
}

/** Taps `target` and reads the workbook the browser downloaded. */
async function download(page: Page, target: ReturnType<typeof shown>): Promise<{ name: string; book: ExcelJS.Workbook }> {
  const [file] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), target.click()])
  const saved = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'overview-')), 'file.xlsx')
  await file.saveAs(saved)
  return { name: file.suggestedFilename(), book: await readWorkbook(fs.readFileSync(saved)) }
}

test('demo-street-chair opens 下级统计 from her console: one row per federation under 和平街道, the 合计 last, the charts drawn', async () => {
  const { page } = phone
  await logIn(page, stage.host.url, 'demo-street-chair')
  await page.goto(stage.at(`/staff/pages/org/index?orgId=${streetId}`))
  await shown(page, '.console-tile--overview').first().click()
  await childRows(page).first().waitFor({ timeout: 30_000 })

  expect(overview.rows.length).toBeGreaterThanOrEqual(2)
  expect(await namesOnScreen(page)).toEqual(overview.rows.map((row) => row.name))
  const total = shown(page, '.overview-page .overview-row--total')
  await expect(total.innerText()).resolves.toContain(`共 ${overview.orgCount} 个组织`)
  // each row's cells say what the API counted: 履职率 with who of how many, 求助 in 求助统计's words
  const first = overview.rows[0]!
  const firstRow = childRows(page).first()
  await expect(firstRow.locator('.overview-cell--rate').innerText()).resolves.toContain(first.duty.rate === null ? '—' : `${first.duty.rate}%`)
  await expect(firstRow.locator('.overview-cell--topics .overview-cell__main').innerText()).resolves.toBe(String(first.topics.total))
  // every chart is an image the browser drew, with its figures written under it
  const charts = shown(page, '.overview-page .overview-chart__image img')
  await expect(charts.count()).resolves.toBe(4)
  await page.waitForFunction(() => Array.from(document.querySelectorAll('.overview-chart__image img')).every((img) => (img as HTMLImageElement).naturalWidth > 0))
  await expect(shown(page, '.overview-chart--duty .overview-chart__figure').count()).resolves.toBe(4)
  await expect(shown(page, '.overview-chart--requests-month .overview-chart__figure').count()).resolves.toBe(12)
  await screenshot(page, 'overview')
})

test('she sorts by 履职率: highest first, the head marked ▼ and announced; again, lowest first', async () => {
  const { page } = phone
  const head = shown(page, '.overview-page .overview-head--rate').first()
  await head.click()
  await expect(head.getAttribute('aria-sort')).resolves.toBe('descending')
  await expect(head.innerText()).resolves.toContain('▼')
  await expect(shown(page, '.overview-sort-note').first().innerText()).resolves.toContain('按履职率从高到低排列')
  expect(await namesOnScreen(page)).toEqual(byRate(overview.rows, true))
  // the 合计 stays last whatever the order
  await expect(shown(page, '.overview-page .overview-table__row').last().getAttribute('class')).resolves.toContain('overview-row--total')
  await screenshot(page, 'overview-by-rate')

  await head.click()
  await expect(head.getAttribute('aria-sort')).resolves.toBe('ascending')
  await expect(head.innerText()).resolves.toContain('▲')
  expect(await namesOnScreen(page)).toEqual(byRate(overview.rows, false))
})

test('she taps a child’s 「台账」 and downloads its 年度台账', async () => {
  const { page } = phone
  const child = overview.rows[0]!
  const row = childRows(page).filter({ hasText: child.name }).first()
  await row.locator('.overview-row__ledgers').click()
  await page.waitForURL((url) => url.hash.includes('/staff/pages/ledgers/index') && url.hash.includes(child.orgId), { timeout: 30_000 })
  await shown(page, '.ledgers-page .ledger-row').first().waitFor({ timeout: 30_000 })
  await screenshot(page, 'overview-child-ledgers')

  const { name, book } = await download(page, shown(page, '.ledger-row--annual .ledger-row__export').first())
  expect(name).toBe(`${child.name}${year}年年度台账.xlsx`)
  expect(book.worksheets.map((sheet) => sheet.name)).toEqual(expect.arrayContaining(['大事记', '年度总结', '执委花名册']))
})

test('back on 下级统计 she exports the 统计报表: the page counts the seconds, and the 下级汇总 sheet has the page’s rows', async () => {
  const { page } = phone
  await page.goBack()
  await childRows(page).first().waitFor({ timeout: 30_000 })
  // the list's own order again, as the workbook lists them
  await shown(page, '.overview-page .overview-head--name').first().click()
  const names = await namesOnScreen(page)
  expect(names).toEqual(overview.rows.map((row) => row.name))

  // the local host answers a small tree at once: hold the answer back so the running time shows
  await page.route('**/api/reports', async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 4_000))
    await route.continue()
  })
  // it starts at 0 秒 and counts up while the answer is held back
  const progress = shown(page, '.overview-export__progress').filter({ hasText: new RegExp(`^正在生成，已用 [23] 秒（共 ${overview.orgCount} 个组织）$`) })
  const exported = download(page, shown(page, '.overview-export__button').first())
  await progress.first().waitFor({ timeout: 10_000 })
  await screenshot(page, 'overview-exporting')
  const { name, book } = await exported
  await page.unroute('**/api/reports')
  await expect(shown(page, '.overview-export__progress').count()).resolves.toBe(0)

  expect(name).toBe(`${overview.total.name.replace(/下级合计$/, '')}${year}年下级统计报表.xlsx`)
  const summary = sheetRows(book.getWorksheet('下级汇总')!)
  expect(summary[2]?.[0]).toBe('组织')
  expect(summary.slice(3, 3 + names.length).map((row) => row[0])).toEqual(names)
  expect(summary[3 + names.length]?.[0]).toBe(overview.total.name)
})

test('下级组织 leads to 下级统计 too', async () => {
  const { page } = phone
  await page.goto(stage.at(`/staff/pages/children/index?orgId=${streetId}`))
  await shown(page, '.children-overview-link').first().click()
  await childRows(page).first().waitFor({ timeout: 30_000 })
  expect(await namesOnScreen(page)).toEqual(overview.rows.map((row) => row.name))
})

test('in 特大字 the page does not run off the phone: the table scrolls sideways inside it, the names held at the left', async () => {
  const { page } = phone
  await freshGoto(page, stage.at('/pages/me/index'))
  await shown(page, '.me-font-scale .choice')
    .filter({ hasText: /^特大字$/ })
    .first()
    .click()
  await shown(page, '.me-font-scale .choice--on')
    .filter({ hasText: /^特大字$/ })
    .first()
    .waitFor()
  await page.goto(stage.at(`/staff/pages/overview/index?orgId=${streetId}`))
  await childRows(page).first().waitFor({ timeout: 30_000 })
  const scroller = shown(page, '.overview-page .overview-table-scroll').first()
  const fit = await scroller.evaluate((element) => {
    const viewport = document.documentElement.clientWidth
    const box = element.getBoundingClientRect()
    return { viewport, pageWidth: document.documentElement.scrollWidth, right: box.right, scrolls: element.scrollWidth > element.clientWidth }
  })
  expect(fit.pageWidth).toBeLessThanOrEqual(fit.viewport)
  expect(fit.right).toBeLessThanOrEqual(fit.viewport)
  expect(fit.scrolls).toBe(true)
  const nameAt = async () => (await childRows(page).first().locator('.overview-cell--name').boundingBox())!.x
  const before = await nameAt()
  await scroller.evaluate((element) => element.scrollTo({ left: element.scrollWidth }))
  await page.waitForFunction(() => document.querySelector('.overview-table-scroll')!.scrollLeft > 0)
  expect(Math.abs((await nameAt()) - before)).toBeLessThan(1)
  // the last column came into view beside the names
  const lastColumn = (await childRows(page).first().locator('.overview-cell--completeness').boundingBox())!
  expect(lastColumn.x + lastColumn.width).toBeLessThanOrEqual(fit.right)
  await screenshot(page, 'overview-large-font')
})
