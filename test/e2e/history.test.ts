// The chair's 变更记录 in real Chromium against `npm start`: a stranger's refused calls
// do not push her real entries off the page; ticking 显示被拒绝的操作 shows them, marked
// 【被拒绝】, and unticking hides them again.
import type { ActionOutput, GetBoardOutput } from '../../types'
import { callApi, devToken } from './support/api'
import { screenshot } from './support/browser'
import { freshGoto, logIn, shown, withHostAndPhones } from './support/journey'
import { pollUntil } from './support/poll'

jest.setTimeout(300_000)

const ORG = 'demo-community'
const INTRO = '妇女之家每周三下午开放议事接待'
const stage = withHostAndPhones(1)
const [phone] = stage.phones
let orgId = ''

beforeAll(async () => {
  orgId = (await callApi<GetBoardOutput>(stage.host.url, 'board', 'get', { code: ORG })).board.orgId
})

test('a stranger’s refused attempts stay off her 变更记录 until she ticks 显示被拒绝的操作', async () => {
  const chair = await devToken(stage.host.url, 'demo-chair')
  const { org } = await callApi<ActionOutput<'org', 'get'>>(stage.host.url, 'org', 'get', { orgId }, chair)
  await callApi(stage.host.url, 'org', 'updateOrg', { orgId, version: org.version, changes: { intro: INTRO } }, chair)
  const stranger = await devToken(stage.host.url, 'e2e-stranger')
  for (let i = 0; i < 40; i++) await expect(callApi(stage.host.url, 'org', 'history', { orgId }, stranger)).rejects.toThrow(/FORBIDDEN/)

  const { page } = phone
  await logIn(page, stage.host.url, 'demo-chair')
  await freshGoto(page, `${stage.host.url}/#/staff/pages/history/index?orgId=${orgId}`)
  await shown(page, '.history-entry').filter({ hasText: INTRO }).first().waitFor()
  expect(await shown(page, '.history-entry--refused').count()).toBe(0)
  await screenshot(page, 'history-without-refusals')

  await shown(page, '.history-page__refusals').first().click()
  await shown(page, '.history-entry--refused').first().waitFor()
  await expect(shown(page, '.history-entry--refused').first().innerText()).resolves.toContain('【被拒绝】')
  await screenshot(page, 'history-with-refusals')

  await shown(page, '.history-page__refusals').first().click()
  await shown(page, '.history-entry').filter({ hasText: INTRO }).first().waitFor()
  expect(
    await pollUntil(
      () => shown(page, '.history-entry--refused').count(),
      (n) => n === 0,
    ),
  ).toBe(0)
})
