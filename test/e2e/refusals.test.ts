// Every refusal reaches her in the server's own words, in real Chromium against `npm
// start`. For every error code of the contract the back end's answer to a save is
// replaced (at the browser's network layer) by a refusal with its own Chinese reason, and
// the page must show exactly that reason where that kind of form shows refusals: on a
// console form (the chair's 议事 record) a CONFLICT in the reload notice, refused fields
// under their fields, anything else in a dialog; on a resident's form (提议题) in the notice
// above the button — a sign-in refusal with where to sign in after the reason.
import type { Page, Route } from 'playwright-core'
import { ERROR_CODES, HTTP_STATUS, type ErrorCode, type GetBoardOutput } from '../../types'
import { acceptedTopic, callApi, devToken } from './support/api'
import { screenshot } from './support/browser'
import { freshGoto, logIn, shown, withHostAndPhones } from './support/journey'

jest.setTimeout(300_000)

const ORG = 'demo-community'
const stage = withHostAndPhones(1)
const [phone] = stage.phones
let orgId = ''
let meetingId = ''

/** A reason no page could make up by itself: each code gets its own. */
const reasonFor = (code: ErrorCode) => `服务器的原因：${ERROR_CODES.indexOf(code) + 1} 号拒绝，请照此办理`
const FIELD_REASON = '议定事项：服务器要求写清楚由谁落实'

/** Answers `fn.action` with a refusal of `code`; every other call goes to the host. */
async function refuseNext(page: Page, fn: string, action: string, code: ErrorCode): Promise<void> {
  const issues = code === 'INVALID_INPUT' ? [{ field: 'records.0.decision', message: FIELD_REASON }] : undefined
  await page.unroute(`**/api/${fn}`)
  await page.route(`**/api/${fn}`, async (route: Route) => {
    const body = route.request().postDataJSON() as { action?: string }
    if (body.action !== action) return route.continue()
    return route.fulfill({ status: HTTP_STATUS[code], contentType: 'application/json', body: JSON.stringify({ ok: false, error: { code, message: reasonFor(code), issues } }) })
  })
}

/** A meeting with one accepted topic on it, so the record form is on screen. */
async function scheduledMeeting(): Promise<string> {
  const chair = await devToken(stage.host.url, 'demo-chair')
  const topic = await acceptedTopic(stage.host.url, orgId, 'demo-resident', '路灯维修', '5号楼前的路灯坏了一个月，晚上很黑')
  const meeting = {
    orgId,
    form: 'plenary',
    startsAt: new Date(Date.now() - 3600_000).toISOString(),
    place: '妇女之家',
    host: '王秀英',
    invitedMemberIds: [],
    representatives: [],
    guests: [],
    topicIds: [topic._id],
  }
  return (await callApi<{ meeting: { _id: string } }>(stage.host.url, 'topics', 'scheduleMeeting', meeting, chair)).meeting._id
}

beforeAll(async () => {
  orgId = (await callApi<GetBoardOutput>(stage.host.url, 'board', 'get', { code: ORG })).board.orgId
  meetingId = await scheduledMeeting()
  await logIn(phone.page, stage.host.url, 'demo-chair', { fresh: true })
  await freshGoto(phone.page, stage.at(`/staff/pages/meeting-record/index?orgId=${orgId}&meetingId=${meetingId}`))
  await shown(phone.page, 'textarea.record-decision-input').first().fill('请物业一周内修好')
})

describe('a console form (议事记录)', () => {
  test.each(ERROR_CODES.map((code) => [code]))('%s: she reads the server’s reason', async (code) => {
    const { page } = phone
    await refuseNext(page, 'topics', 'recordMeeting', code)
    await shown(page, '.save-button').filter({ hasText: '保存议事记录' }).first().click()
    if (code === 'INVALID_INPUT') {
      await expect(shown(page, '.form-field--records-0-decision .field-error').first().innerText()).resolves.toBe(FIELD_REASON)
      await screenshot(page, 'refusals-console-field')
    } else if (code === 'CONFLICT') {
      const notice = shown(page, '.conflict-notice').first()
      await expect(shown(page, '.conflict-notice__title').first().innerText()).resolves.toBe(reasonFor(code))
      await screenshot(page, 'refusals-console-conflict')
      await expect(notice.innerText()).resolves.not.toContain('别人修改过')
    } else {
      await expect(shown(page, '.taro-modal__text').first().innerText()).resolves.toBe(reasonFor(code))
      if (code === 'FORBIDDEN') await screenshot(page, 'refusals-console-dialog')
      await shown(page, '.taro-model__confirm').first().click()
      await shown(page, '.taro-modal__text').first().waitFor({ state: 'hidden' })
    }
  })
})

describe('a resident’s form (提议题)', () => {
  beforeAll(async () => {
    await logIn(phone.page, stage.host.url, 'demo-resident', { fresh: true })
    await freshGoto(phone.page, stage.at(`/topics/pages/submit/index?orgId=${orgId}`))
    await shown(phone.page, 'input.topic-title-input').first().fill('楼下垃圾桶不够用')
  })

  test.each(ERROR_CODES.filter((code) => code !== 'INVALID_INPUT').map((code) => [code]))('%s: the notice says the server’s reason', async (code) => {
    const { page } = phone
    await refuseNext(page, 'topics', 'submit', code)
    await shown(page, '.save-button').filter({ hasText: '提交议题' }).first().click()
    const notice = shown(page, '.submit-notice').first()
    const expected = code === 'UNAUTHENTICATED' ? `${reasonFor(code)}。登录在「我的」页面。` : reasonFor(code)
    await expect(notice.innerText()).resolves.toBe(expected)
    if (code === 'RATE_LIMITED') await screenshot(page, 'refusals-resident-notice')
  })
})
