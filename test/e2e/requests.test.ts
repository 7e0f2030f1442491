// 求助 from intake to an honest closure, in real Chromium against `npm start`:
// demo-resident asks for help from the board through the consent step; demo-chair finds
// it in the queue (no name there), opens it and assigns demo-member; demo-member refers
// it to legal aid and closes it; the resident sees 已办结 and rates the help. Quick exit
// leaves nothing of the form on screen, in storage or in the page history, and a second
// resident who has the first one's case link sees nothing of it.
import fs from 'node:fs'
import path from 'node:path'
import type { Page } from 'playwright-core'
import type { ActionOutput, GetBoardOutput } from '../../types'
import { callApi, devToken } from './support/api'
import { screenshot } from './support/browser'
import { freshGoto, logIn, shown, withHostAndPhones, type Phone } from './support/journey'
import { pollUntil } from './support/poll'

jest.setTimeout(300_000)

const ORG = 'demo-community'
const CALLED = '周女士'
const STORY = '丈夫喝酒后经常动手打我，昨晚又打了我，我不敢回家'
const NEEDS = '想咨询怎样申请人身安全保护令'
const STAFF_NOTE = '内部备注：本人暂住娘家，上门前先发短信'
const CLOSING = '已为您联系司法所法律援助，律师会按您说的时间发短信给您'
const EXIT_SECRET = '这段话快速离开后不应留下'

type CaseView = ActionOutput<'requests', 'get'>['case']
const stage = withHostAndPhones(3)
const [resident, staff, intruder]: readonly Phone[] = stage.phones
let orgId = ''
let caseId = ''
let caseCode = ''

beforeAll(async () => {
  orgId = (await callApi<GetBoardOutput>(stage.host.url, 'board', 'get', { code: ORG })).board.orgId
})

const getCase = async (openid: string) => (await callApi<{ case: CaseView }>(stage.host.url, 'requests', 'get', { caseId }, await devToken(stage.host.url, openid))).case

/** From the board's 我要求助 through the age question and the consent step to the form. */
async function openForm(page: Page): Promise<void> {
  await freshGoto(page, `${stage.host.url}/#/pages/board/index?scene=${ORG}`)
  await shown(page, '.help-entry-button').first().click()
  await shown(page, '.intake-age-option--18to59').first().click()
  await shown(page, '.consent-checkbox').first().click()
  await shown(page, '.consent-continue-button').first().click()
  await shown(page, 'textarea.request-description-input').first().waitFor()
}

/** Picks a step by its exact label (转介 is not 直接转介 or 更新转介进展). */
async function pickStep(page: Page, label: string): Promise<void> {
  await shown(page, '.request-step-kind .choice')
    .filter({ hasText: new RegExp(`^${label}$`) })
    .first()
    .click()
}

test('demo-resident asks for help from the board; consent comes first and is not ticked for her', async () => {
  const { page } = resident
  await logIn(page, stage.host.url, 'demo-resident')
  await page.goto(`${stage.host.url}/#/pages/board/index?scene=${ORG}`)
  await shown(page, '.help-entry-button').first().click()
  for (const selector of ['.call-110', '.call-12338', '.quick-exit-button']) await shown(page, selector).first().waitFor()
  await shown(page, '.intake-age-option--18to59').first().click()

  const consent = shown(page, '.intake-consent').first()
  await expect(consent.innerText()).resolves.toMatch(/主席、副主席和负责跟进的执委[\s\S]*上级妇联[\s\S]*保存 3 年[\s\S]*撤回/)
  const proceed = shown(page, '.consent-continue-button').first()
  await expect(proceed.getAttribute('class')).resolves.toContain('consent-continue-button--disabled')
  await expect(shown(page, '.consent-checkbox').first().getAttribute('aria-checked')).resolves.toBe('false')
  await proceed.click()
  await expect(shown(page, 'textarea.request-description-input').count()).resolves.toBe(0)
  await screenshot(page, 'requests-consent')
  await shown(page, '.consent-checkbox').first().click()
  await expect(proceed.getAttribute('class')).resolves.not.toContain('--disabled')
  await proceed.click()

  await shown(page, '.request-category .choice').filter({ hasText: '家庭暴力' }).first().click()
  await shown(page, 'textarea.request-description-input').first().fill('被打')
  await shown(page, '.request-urgency .choice').filter({ hasText: '紧急' }).first().click()
  await shown(page, '.request-contact-channel .choice').filter({ hasText: '发短信' }).first().click()
  await shown(page, '.request-do-not-call').first().click()
  await shown(page, 'input.request-safe-times-input').first().fill('工作日上午')
  await shown(page, 'input.request-name-input').first().fill(CALLED)
  await shown(page, '.save-button').first().click()
  await expect(shown(page, '.form-field--description .field-error').first().innerText()).resolves.toContain('至少 5 个字')

  await shown(page, 'textarea.request-description-input').first().fill(STORY)
  await shown(page, 'textarea.request-needs-input').first().fill(NEEDS)
  await shown(page, '.save-button').first().click()
  caseCode = (await shown(page, '.intake-done .case-code').first().innerText()).trim()
  expect(caseCode).toMatch(/^QZ-[A-Z0-9]{8}$/)
  await screenshot(page, 'requests-submitted')
  await shown(page, '.open-case-button').first().click()
  await shown(page, '.case-summary').first().waitFor()
  caseId = new URL(page.url().replace('/#/', '/')).searchParams.get('caseId') ?? ''
  expect(caseId).not.toBe('')
  await expect(shown(page, '.my-case-page').first().innerText()).resolves.toContain('已提交')
})

test('demo-chair sees it in her queue without a name, opens it and assigns demo-member', async () => {
  const { page } = staff
  await logIn(page, stage.host.url, 'demo-chair')
  await freshGoto(page, `${stage.host.url}/#/staff/pages/home/index`)
  await shown(page, '.request-queue-entry').first().click()
  const row = shown(page, '.request-row').filter({ hasText: caseCode }).first()
  const rowText = await row.innerText()
  expect(rowText).toContain('家庭暴力')
  expect(rowText).toContain('紧急')
  for (const secret of [CALLED, STORY, NEEDS]) expect(await shown(page, '.requests-console-page').first().innerText()).not.toContain(secret)
  await screenshot(page, 'requests-queue')

  await row.click()
  await expect(shown(page, '.request-audit-note').first().innerText()).resolves.toContain('查看记录会留存')
  const personal = await shown(page, '.request-personal').first().innerText()
  expect(personal).toContain(STORY)
  expect(personal).toContain('不要给她打电话')
  const memberToken = await devToken(stage.host.url, 'demo-member')
  const memberId = (await callApi<ActionOutput<'org', 'mine'>>(stage.host.url, 'org', 'mine', {}, memberToken)).places[0].memberId
  const chairToken = await devToken(stage.host.url, 'demo-chair')
  const orgView = await callApi<ActionOutput<'org', 'get'>>(stage.host.url, 'org', 'get', { orgId }, chairToken)
  const memberName = orgView.members.find((member) => member._id === memberId)?.name ?? ''
  expect(memberName).not.toBe('')
  await pickStep(page, '受理')
  await shown(page, '.assignee-choice .choice').filter({ hasText: memberName }).first().click()
  await screenshot(page, 'requests-accept')
  await shown(page, '.request-step-button').first().click()
  const accepted = await pollUntil(
    () => getCase('demo-chair'),
    (view) => view.state === 'accepted',
  )
  expect(accepted.kind === 'staff' && accepted.assignee?.id).toBe(memberId)
  // the page shows the step once its own reload answers, which may come after the poll above
  await shown(page, '.request-facts').filter({ hasText: memberName }).first().waitFor({ timeout: 15_000 })
})

test('demo-member refers it to legal aid, keeps a staff-only note and closes it', async () => {
  const { page } = staff
  await logIn(page, stage.host.url, 'demo-member')
  await freshGoto(page, `${stage.host.url}/#/staff/pages/home/index`)
  await shown(page, '.assigned-requests-entry').first().click()
  await shown(page, '.request-row').filter({ hasText: caseCode }).first().click()
  await shown(page, '.request-step-kind').first().waitFor()

  await pickStep(page, '转介')
  await shown(page, '.referral-body-choice .choice').filter({ hasText: '法律援助' }).first().click()
  await shown(page, 'textarea.step-text-input').first().fill('已电话联系司法所，约定本周内由法律援助律师对接')
  await shown(page, '.request-step-button').first().click()
  await pollUntil(
    () => getCase('demo-member'),
    (view) => view.kind === 'staff' && view.referrals.length === 1,
  )

  await pickStep(page, '记录内部备注')
  await expect(shown(page, '.step-audience').first().innerText()).resolves.toBe('仅工作人员可见')
  await shown(page, 'textarea.step-text-input').first().fill(STAFF_NOTE)
  await shown(page, '.request-step-button').first().click()
  await shown(page, '.case-timeline').filter({ hasText: STAFF_NOTE }).first().waitFor()

  await pickStep(page, '办结')
  await shown(page, '.close-reason-choice .choice').filter({ hasText: '已转介' }).first().click()
  await expect(shown(page, '.step-audience').first().innerText()).resolves.toBe('她能看到')
  await shown(page, 'textarea.step-text-input').first().fill(CLOSING)
  await shown(page, '.request-step-button').first().click()
  const closed = await pollUntil(
    () => getCase('demo-member'),
    (view) => view.state === 'closed',
  )
  expect(closed.state).toBe('closed')
  await shown(page, '.request-fact--closure').first().waitFor()
  await screenshot(page, 'requests-closed-by-member')
})

test('the resident sees 已办结 with the reason, not the staff note, and rates the help', async () => {
  const { page } = resident
  await freshGoto(page, `${stage.host.url}/#/help/pages/mine/index`)
  const row = shown(page, '.my-request-row').filter({ hasText: caseCode }).first()
  await expect(row.innerText()).resolves.toContain('已办结')
  await row.click()
  await shown(page, '.case-rate').first().waitFor()
  const text = await shown(page, '.my-case-page').first().innerText()
  expect(text).toContain('已转介')
  expect(text).toContain(CLOSING)
  expect(text).not.toContain(STAFF_NOTE)
  await shown(page, '.rating-star').nth(3).click()
  await shown(page, 'textarea.rate-comment-input').first().fill('执委很耐心，谢谢')
  await shown(page, '.rate-button').first().click()
  await shown(page, '.case-rating').first().waitFor()
  const rated = await getCase('demo-resident')
  expect(rated.rating?.score).toBe(4)
  await screenshot(page, 'requests-rated')

  // The local host keeps notifications in `outbox`: she was told of each step, never what it was about.
  const outbox = await pollUntil(
    async () =>
      // a log collection: a folder of JSON-lines files (server/logStore.ts)
      fs
        .readdirSync(path.join(stage.host.dataDir, 'outbox'))
        .filter((name) => name.endsWith('.jsonl'))
        .flatMap((name) => fs.readFileSync(path.join(stage.host.dataDir, 'outbox', name), 'utf8').split('\n'))
        .filter(Boolean)
        .map((line) => JSON.parse(line)),
    (docs) => docs.filter((doc) => doc.openid === 'demo-resident' && String(doc.page).includes(caseId)).length >= 2,
  )
  const hers = outbox.filter((doc) => doc.openid === 'demo-resident' && String(doc.page).includes(caseId))
  expect(hers.map((doc) => doc.data.phrase)).toEqual(expect.arrayContaining(['已受理', '已办结']))
  for (const secret of [STORY, NEEDS, CALLED, CLOSING, '家庭暴力']) expect(JSON.stringify(hers)).not.toContain(secret)
})

test('quick exit leaves nothing of the form on screen, in storage or in the page history', async () => {
  const { page } = resident
  await openForm(page)
  await shown(page, 'textarea.request-description-input').first().fill(EXIT_SECRET)
  await shown(page, 'input.request-name-input').first().fill(CALLED)
  await shown(page, '.quick-exit-button').first().click()
  await shown(page, '.tips-page').first().waitFor()
  expect(page.url()).toContain('pages/tips/index')
  await expect(page.title()).resolves.toBe('生活小贴士')
  const leftovers = async () => `${await page.content()}${await page.evaluate(() => JSON.stringify(localStorage) + JSON.stringify(sessionStorage))}`
  expect(await leftovers()).not.toContain(EXIT_SECRET)
  expect(await leftovers()).not.toContain(CALLED)
  expect(await page.locator('.intake-page').count()).toBe(0)
  await screenshot(page, 'requests-quick-exit')

  await page.goBack()
  await page.waitForURL((url) => !url.hash.includes('pages/tips/index'))
  expect(page.url()).not.toContain('help/pages/intake')
  await shown(page, '.board-page').first().waitFor()
  expect(await page.locator('.request-description-input').count()).toBe(0)
  expect(await leftovers()).not.toContain(EXIT_SECRET)
  await screenshot(page, 'requests-quick-exit-back')
})

test('a second resident with the first one’s case link sees 没有找到 and nothing of the case', async () => {
  const { page } = intruder
  // not a demo identity: typed into the panel's box
  await logIn(page, stage.host.url, 'e2e-other-resident', { typed: true })
  await freshGoto(page, `${stage.host.url}/#/help/pages/case/index?caseId=${caseId}`)
  await expect(shown(page, '.state-error').first().innerText()).resolves.toContain('没有找到')
  const text = await shown(page, '.my-case-page').first().innerText()
  for (const secret of [caseCode, STORY, NEEDS, CALLED, CLOSING, '家庭暴力']) expect(text).not.toContain(secret)
  await screenshot(page, 'requests-not-found')
  await expect(callApi(stage.host.url, 'requests', 'get', { caseId }, await devToken(stage.host.url, 'e2e-other-resident'))).rejects.toThrow(/NOT_FOUND/)
})
