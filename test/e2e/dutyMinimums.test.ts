// 七个一要求 in real Chromium against `npm start`: demo-chair opens it from her console, reads each
// duty's seed minimum and the rule "只能提高，不能降低" (附件2), raises 宣讲 to 2 a quarter and saves;
// demo-member's 我的履职 then counts her 宣讲 against 2. Lowering 一次联系 below the seed's 1 is
// refused by the server, and its Chinese reason shows at that duty; nothing is stored.
import type { ActionOutput, GetBoardOutput } from '../../types'
import { callApi, devToken } from './support/api'
import { screenshot } from './support/browser'
import { logIn, shown, withHostAndPhones } from './support/journey'

jest.setTimeout(300_000)

const stage = withHostAndPhones(1)
const [phone] = stage.phones
let orgId = ''

const consoleOf = async (openid: string) => callApi<ActionOutput<'org', 'get'>>(stage.host.url, 'org', 'get', { orgId }, await devToken(stage.host.url, openid))

beforeAll(async () => {
  orgId = (await callApi<GetBoardOutput>(stage.host.url, 'board', 'get', { code: 'demo-community' })).board.orgId
})

test('demo-chair opens 七个一要求 from her console: each duty with its period, the seed’s minimum and words, raise only', async () => {
  const { page } = phone
  await logIn(page, stage.host.url, 'demo-chair')
  await page.goto(stage.at(`/staff/pages/org/index?orgId=${orgId}`))
  await shown(page, '.console-tile--duty-minimums').first().click()
  await shown(page, '.duty-minimums-page .duty-minimum').first().waitFor({ timeout: 30_000 })
  await expect(shown(page, '.duty-minimums-page .duty-minimum').count()).resolves.toBe(7)
  await expect(shown(page, '.duty-minimums__rule').first().innerText()).resolves.toContain('只能提高，不能降低')
  await expect(shown(page, '.duty-minimums__rule').first().innerText()).resolves.toContain('附件2')
  const talk = shown(page, '.duty-minimum--talk').first()
  await expect(talk.innerText()).resolves.toContain('附件2：每季度至少1次')
  await expect(talk.innerText()).resolves.toContain('执委每季度向联系的妇女群众开展1次宣讲活动')
  await expect(shown(page, '.duty-minimum--survey').first().innerText()).resolves.toContain('附件2：每半年至少1次')
  await expect(shown(page, '.duty-minimum--help').first().innerText()).resolves.toContain('附件2：每年至少1次')
  await expect(talk.locator('.minimum-stepper__count').inputValue()).resolves.toBe('1')
})

test('she raises 宣讲 to 2 a quarter; 我的履职 of demo-member counts her 宣讲 against 2', async () => {
  const { page } = phone
  const talk = shown(page, '.duty-minimum--talk').first()
  await talk.locator('.minimum-stepper__more').click()
  await expect(talk.locator('.minimum-stepper__count').inputValue()).resolves.toBe('2')
  await expect(talk.locator('.duty-minimum__own').innerText()).resolves.toBe('本会要求：每季度2次（已提高）')
  await shown(page, '.duty-minimums-page .save-button').first().click()
  await shown(page, '.duty-minimums-page .save-button').filter({ hasText: '没有修改' }).first().waitFor({ timeout: 15_000 })
  expect((await consoleOf('demo-chair')).org.dutyMinimums).toEqual({ talk: 2 })
  await screenshot(page, 'duty-minimums-raised')

  // what the back end counts for her, to compare with what her page shows
  const memberToken = await devToken(stage.host.url, 'demo-member')
  const { summary } = await callApi<ActionOutput<'org', 'dutySummary'>>(stage.host.url, 'org', 'dutySummary', { orgId }, memberToken)
  const done = summary.duties.find((duty) => duty.key === 'talk')?.done ?? -1
  expect(done).toBeGreaterThanOrEqual(0)
  await logIn(page, stage.host.url, 'demo-member', { fresh: true })
  await page.goto(stage.at(`/staff/pages/duty/index?orgId=${orgId}`))
  const row = shown(page, '.duty-row--talk').first()
  await row.waitFor({ timeout: 30_000 })
  await expect(row.locator('.duty-row__count').innerText()).resolves.toBe(`${done}/2`)
  if (done < 2) await expect(row.innerText()).resolves.not.toContain('已完成')
  await expect(row.locator('.duty-row__raised').innerText()).resolves.toBe('本会要求每季度2次（附件2 为1次）')
  await expect(shown(page, '.duty-row--contact .duty-row__raised').count()).resolves.toBe(0)
  // the others keep the seed's one
  await expect(shown(page, '.duty-row--contact .duty-row__count').first().innerText()).resolves.toMatch(/^\d+\/1$/)
  await screenshot(page, 'duty-minimums-member')
})

test('lowering 一次联系 below the seed’s 1 is refused, and the server’s reason shows at that duty', async () => {
  const { page } = phone
  await logIn(page, stage.host.url, 'demo-chair', { fresh: true })
  await page.goto(stage.at(`/staff/pages/duty-minimums/index?orgId=${orgId}`))
  const contact = shown(page, '.duty-minimum--contact').first()
  await contact.waitFor({ timeout: 30_000 })
  // the raise saved before is what the page shows now
  await expect(shown(page, '.duty-minimum--talk .minimum-stepper__count').first().inputValue()).resolves.toBe('2')
  await contact.locator('.minimum-stepper__less').click()
  await expect(contact.locator('.minimum-stepper__count').inputValue()).resolves.toBe('0')
  await shown(page, '.duty-minimums-page .save-button').first().click()
  const error = contact.locator('.form-field__error')
  await error.waitFor({ timeout: 15_000 })
  await expect(error.innerText()).resolves.toBe('一次联系每季度至少1次，只能提高，不能降低')
  await expect(shown(page, '.duty-minimum--talk .form-field__error').count()).resolves.toBe(0)
  expect((await consoleOf('demo-chair')).org.dutyMinimums).toEqual({ talk: 2 })
  await screenshot(page, 'duty-minimums-refused')
})
