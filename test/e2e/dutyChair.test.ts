// The chair's 履职情况 in real Chromium against `npm start` and the demo's 履职 year:
// demo-chair opens it from her console and sees 黄美玲 behind and 胡素珍 flagged "超过一年没有履职"
// with the seed's words (手册 六（八）) and that the flag only proposes; she records an entry for
// 徐丽萍 (代为记一笔) and sees it counted, marked as entered by the chair; the 街道's chair sees
// each federation under her as counts and opens one, where she reads and records nothing.
import type { Page } from 'playwright-core'
import type { ActionOutput } from '../../types'
import { callApi, devToken } from './support/api'
import { screenshot } from './support/browser'
import { logIn, shown, withHostAndPhones } from './support/journey'

jest.setTimeout(300_000)

const COMMUNITY = 'org-demo-community'
const STREET = 'org-demo-street'
const stage = withHostAndPhones(1)
const [phone] = stage.phones

const memberRow = (page: Page, name: string) => shown(page, '.duty-member').filter({ hasText: name }).first()

async function openDutyTeam(page: Page, orgId: string): Promise<void> {
  await page.goto(stage.at(`/staff/pages/org/index?orgId=${orgId}`))
  await shown(page, '.console-tile--duty-team').first().click()
  await shown(page, '.duty-team-page .duty-member').first().waitFor({ timeout: 30_000 })
}

test('demo-chair opens 履职情况: one member behind, one flagged with the seed’s words, both first', async () => {
  const { page } = phone
  await logIn(page, stage.host.url, 'demo-chair')
  await openDutyTeam(page, COMMUNITY)
  await expect(shown(page, '.duty-team__summary').first().innerText()).resolves.toContain('执委 12 人，落后 1 人，超过一年没有履职 1 人')
  const names = await shown(page, '.duty-member__name').allInnerTexts()
  expect(names.slice(0, 2)).toEqual(['胡素珍', '黄美玲'])
  await expect(memberRow(page, '黄美玲').locator('.duty-member__badge').innerText()).resolves.toBe('落后')
  await expect(memberRow(page, '黄美玲').locator('.duty-chip--behind').count()).resolves.toBeGreaterThan(0)
  const flag = await memberRow(page, '胡素珍').locator('.silent-year').innerText()
  expect(flag).toContain('超过一年没有履职的')
  expect(flag).toContain('《基层妇联执委工作手册》六（八）')
  expect(flag).toContain('本提示不会自动取消执委资格')
  expect(flag).toContain('由推荐单位提出建议，经执委会通过决定终止其执委资格')
  // nobody else is behind or flagged
  await expect(shown(page, '.duty-member--behind').count()).resolves.toBe(2)
  await expect(shown(page, '.silent-year').count()).resolves.toBe(1)
  const coverage = await shown(page, '.duty-coverage').first().innerText()
  expect(coverage).toContain('人次')
  expect(coverage).toContain('每位执委至少联系1个妇女小组和微家、10名妇女群众')
  await screenshot(page, 'duty-chair-team')
})

test('she records an entry for a member without a smartphone (代为记一笔) and sees it counted', async () => {
  const { page } = phone
  const before = await memberRow(page, '徐丽萍').locator('.duty-chip--contact').innerText()
  expect(before).toContain('一次联系 0/1 · 待完成')
  await memberRow(page, '徐丽萍').locator('.duty-member__record').click()
  await shown(page, '.proxy-entry').first().waitFor()
  await expect(shown(page, '.duty-member-view-page .duty-chip--contact').first().innerText()).resolves.toContain('待完成')
  await shown(page, '.proxy-entry__women').first().fill('4')
  await shown(page, '.proxy-entry__note').first().fill('上门看望5栋两户，了解孩子托管困难')
  await shown(page, '.proxy-entry .save-button').first().click()
  await expect(shown(page, '.duty-member-view-page .duty-chip--contact').filter({ hasText: '已完成' }).first().innerText()).resolves.toContain('一次联系 1/1')
  await screenshot(page, 'duty-chair-proxy-entry')

  await openDutyTeam(page, COMMUNITY)
  await expect(memberRow(page, '徐丽萍').locator('.duty-chip--contact').innerText()).resolves.toContain('一次联系 1/1 · 已完成')
  const token = await devToken(stage.host.url, 'demo-chair')
  const entries = await callApi<ActionOutput<'org', 'listDutyEntries'>>(
    stage.host.url,
    'org',
    'listDutyEntries',
    { orgId: COMMUNITY, memberId: 'demo-community-m06', period: 'quarter', limit: 50 },
    token,
  )
  const logged = entries.items.find((entry) => entry.note === '上门看望5栋两户，了解孩子托管困难')
  expect(logged).toMatchObject({ kind: 'contact', womenCount: 4, enteredBy: 'chair' })
  await expect(memberRow(page, '徐丽萍').innerText()).resolves.toContain(`最近一次记录：${logged?.date}`)
})

test('the 街道 chair sees each federation under her as counts, and opens one without recording for it', async () => {
  const { page } = phone
  await logIn(page, stage.host.url, 'demo-street-chair', { fresh: true })
  await openDutyTeam(page, STREET)
  const children = shown(page, '.duty-child')
  await children.first().waitFor()
  await expect(children.count()).resolves.toBe(3)
  const community = children.filter({ hasText: '和美社区妇联' }).first()
  await expect(community.innerText()).resolves.toContain('执委 12 人 · 落后 1 人 · 超过一年没有履职 1 人')
  // counts only: no member of a child is named on the 街道's page
  await expect(shown(page, '.duty-children').first().innerText()).resolves.not.toContain('黄美玲')
  await screenshot(page, 'duty-street-children')
  await community.click()
  await memberRow(page, '黄美玲').waitFor()
  await expect(shown(page, '.duty-team__title').first().innerText()).resolves.toBe('和美社区妇联')
  await expect(shown(page, '.duty-member__record').count()).resolves.toBe(0)
  await screenshot(page, 'duty-street-opens-community')
})
