// The safety of a woman asking for help, in real Chromium against `npm start`:
// 110 and 12338 sit on the board under 我要求助; quick exit, from every help page, leaves
// no help page behind Back or Forward and nothing in storage; the intake opens and
// shows its consent text and the hotlines with the network gone, and a submission on
// an outdated consent text is refused by name; her case page folds her story away and
// exports it as plain Chinese she sees before it goes anywhere; the member's contact
// log picks no channel for her, shows how she asked to be reached, and warns before a
// call she refused.
import fs from 'node:fs'
import type { Page } from 'playwright-core'
import type { ActionOutput } from '../../types'
import { CONSENT_VERSION } from '../../types'
import { callApi, devToken } from './support/api'
import { screenshot } from './support/browser'
import { freshGoto, logIn, shown, withHostAndPhones, type Phone } from './support/journey'
import { pollUntil } from './support/poll'

jest.setTimeout(300_000)

const ORG = 'demo-community'
const STORY = '丈夫喝醉后打我，孩子也吓坏了，我想先搬出去住'
const NEEDS = '想知道怎样申请人身安全保护令'
const SAFE_TIMES = '工作日上午九点到十一点'
const EXIT_SECRET = '快速离开后这段话不能留下'
const CLIPBOARD_BEFORE = '剪贴板里原来的内容'
const ADDED = '他今天又来找过我，还拿走了我的身份证'

type CaseView = ActionOutput<'requests', 'get'>['case']
const stage = withHostAndPhones(2)
const [resident, staff]: readonly Phone[] = stage.phones
let caseId = ''
let caseCode = ''

const boardUrl = () => `${stage.host.url}/#/pages/board/index?scene=${ORG}`
const getCase = async (openid: string) => (await callApi<{ case: CaseView }>(stage.host.url, 'requests', 'get', { caseId }, await devToken(stage.host.url, openid))).case

/** A new tab of the same phone: its page history holds only the journey about to be walked. */
async function newTab(browser: Phone, url: string): Promise<Page> {
  const tab = await browser.context.newPage()
  await tab.goto(url)
  return tab
}

/** Everything the tab keeps in storage, to look for what she typed. */
const storage = (page: Page) => page.evaluate(() => JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage }))

/** What is on the tab now: its address and whether any page of the help subpackage is in the DOM (shown or kept hidden). */
async function settle(page: Page): Promise<{ url: string; helpPages: number }> {
  await page.waitForTimeout(400)
  return { url: page.url(), helpPages: await page.locator('.help-page').count() }
}

/** Presses Back until the tab can go back no more, then Forward to the end: every stop, and where it ended. */
async function walkHistory(page: Page): Promise<{ url: string; helpPages: number }[]> {
  const stops = [await settle(page)]
  const can = (way: 'canGoBack' | 'canGoForward') => page.evaluate((key) => (window as unknown as { navigation: Record<string, boolean> }).navigation[key], way)
  for (let step = 0; step < 10 && (await can('canGoBack')); step++) {
    await page.goBack({ waitUntil: 'commit' }).catch(() => null)
    stops.push(await settle(page))
  }
  for (let step = 0; step < 10 && (await can('canGoForward')); step++) {
    await page.goForward({ waitUntil: 'commit' }).catch(() => null)
    stops.push(await settle(page))
  }
  return stops
}

/** What she puts in the help form; only what is given is chosen or typed. */
interface IntakeAnswers {
  category?: string
  story: string
  needs?: string
  channel?: string
  doNotCall?: boolean
  safeTimes?: string
}

/** From the board's 我要求助 through the age question and the consent step, then the form filled in its own order (not sent). */
async function fillIntake(tab: Page, answers: IntakeAnswers): Promise<void> {
  await shown(tab, '.help-entry-button').first().click()
  await shown(tab, '.intake-age-option--18to59').first().click()
  await shown(tab, '.consent-checkbox').first().click()
  await shown(tab, '.consent-continue-button').first().click()
  if (answers.category) await shown(tab, '.request-category .choice').filter({ hasText: answers.category }).first().click()
  await shown(tab, 'textarea.request-description-input').first().fill(answers.story)
  if (answers.needs) await shown(tab, 'textarea.request-needs-input').first().fill(answers.needs)
  if (answers.channel) await shown(tab, '.request-contact-channel .choice').filter({ hasText: answers.channel }).first().click()
  if (answers.doNotCall) await shown(tab, '.request-do-not-call').first().click()
  if (answers.safeTimes) await shown(tab, 'input.request-safe-times-input').first().fill(answers.safeTimes)
}

async function quickExit(page: Page): Promise<void> {
  // the page she came from stays in the DOM with its own banner, shown until the new page has
  // come in: a click on that one, caught while it still showed, waited for it to show again
  await pollUntil(
    () => shown(page, '.quick-exit-button').count(),
    (count) => count === 1,
  )
  await shown(page, '.quick-exit-button').first().click()
  await shown(page, '.tips-page').first().waitFor()
  await page.waitForURL((url) => url.hash.includes('pages/tips/index'))
  expect(await page.locator('.help-page').count()).toBe(0)
}

/** No stop of the walk shows a help page or has one in the DOM. */
function expectNoHelpPage(stops: { url: string; helpPages: number }[]): void {
  expect(stops.length).toBeGreaterThan(1)
  for (const stop of stops) expect(stop).toEqual({ url: expect.not.stringContaining('#/help/'), helpPages: 0 })
}

test('110 and 12338 are on the board itself, right under 我要求助', async () => {
  const { page } = resident
  await logIn(page, stage.host.url, 'demo-resident')
  await page.goto(boardUrl())
  const entry = await shown(page, '.help-entry-button').first().boundingBox()
  for (const [selector, number] of [
    ['.board-call-110', '110'],
    ['.board-call-12338', '12338'],
  ]) {
    const call = shown(page, selector).first()
    await expect(call.innerText()).resolves.toContain(number)
    const box = await call.boundingBox()
    expect(box && entry && box.y).toBeGreaterThanOrEqual((entry?.y ?? 0) + (entry?.height ?? 0))
    expect(box && entry && box.y - (entry.y + entry.height)).toBeLessThan(60)
  }
  await screenshot(page, 'help-safety-board-hotlines')
})

test('with the network gone the intake still opens, shows 110, 12338 and the whole consent text, and goes on to the form', async () => {
  const tab = await newTab(resident, boardUrl())
  await shown(tab, '.help-entry-button').first().waitFor()
  await tab.waitForLoadState('networkidle')
  await resident.context.setOffline(true)
  try {
    await expect(shown(tab, '.board-call-110').count()).resolves.toBe(1)
    await shown(tab, '.help-entry-button').first().click()
    await shown(tab, '.intake-page').first().waitFor({ timeout: 10_000 })
    for (const selector of ['.call-110', '.call-12338', '.quick-exit-button']) await shown(tab, selector).first().waitFor()
    await shown(tab, '.intake-age-option--18to59').first().click()
    const consent = await shown(tab, '.intake-consent').first().innerText()
    expect(consent).toMatch(/收集什么[\s\S]*为什么收集[\s\S]*谁能看到[\s\S]*保存 3 年[\s\S]*随时撤回/)
    expect(consent).toContain(`说明版本：${CONSENT_VERSION}`)
    await shown(tab, '.consent-checkbox').first().click()
    await shown(tab, '.consent-continue-button').first().click()
    await shown(tab, 'textarea.request-description-input').first().waitFor()
    await screenshot(tab, 'help-safety-offline-intake')
  } finally {
    await resident.context.setOffline(false)
    await tab.close()
  }
})

test('a submission made on an outdated consent text is refused, naming both versions', async () => {
  const tab = await newTab(resident, boardUrl())
  await tab.route('**/api/requests', async (route) => {
    const body = route.request().postDataJSON()
    if (body?.action !== 'submit') return route.continue()
    await route.continue({ postData: JSON.stringify({ ...body, payload: { ...body.payload, consentVersion: '2025-01' } }) })
  })
  await fillIntake(tab, { category: '家庭暴力', story: STORY, channel: '发短信' })
  await shown(tab, '.save-button').first().click()
  const refusal = shown(tab, '.consent-version-error').first()
  await expect(refusal.innerText()).resolves.toBe(
    `您同意的《个人信息使用说明》是 2025-01 版，现在用的是 ${CONSENT_VERSION} 版。请关闭后重新打开「我要求助」，读过新的说明并同意后再提交`,
  )
  await expect(shown(tab, '.intake-page').first().innerText()).resolves.not.toContain('consentVersion')
  await expect(shown(tab, 'textarea.request-description-input').first().inputValue()).resolves.toBe(STORY)
  await screenshot(tab, 'help-safety-stale-consent')
  await tab.close()
})

test('she submits from the board: nothing of the request stays in storage', async () => {
  const tab = await newTab(resident, boardUrl())
  await fillIntake(tab, { category: '家庭暴力', story: STORY, needs: NEEDS, channel: '发短信', doNotCall: true, safeTimes: SAFE_TIMES })
  await shown(tab, '.save-button').first().click()
  caseCode = (await shown(tab, '.intake-done .case-code').first().innerText()).trim()
  expect(caseCode).toMatch(/^QZ-/)
  const kept = await storage(tab)
  for (const typed of [STORY, NEEDS, SAFE_TIMES]) expect(kept).not.toContain(typed)
  await shown(tab, '.open-case-button').first().click()
  await shown(tab, '.case-summary').first().waitFor()
  caseId = new URL(tab.url().replace('/#/', '/')).searchParams.get('caseId') ?? ''
  expect(caseId).not.toBe('')
  await tab.close()
})

test('quick exit from the intake: Back and Forward never show a help page again, and what she typed is gone', async () => {
  const tab = await newTab(resident, boardUrl())
  await fillIntake(tab, { story: EXIT_SECRET })
  await quickExit(tab)
  expect(await storage(tab)).not.toContain(EXIT_SECRET)
  const stops = await walkHistory(tab)
  expectNoHelpPage(stops)
  expect(stops.some((stop) => stop.url.includes('pages/board/index'))).toBe(true)
  expect(await tab.content()).not.toContain(EXIT_SECRET)
  await tab.close()
})

test('quick exit from 我的求助 (opened from 我的): no help page behind Back or Forward', async () => {
  const tab = await newTab(resident, `${stage.host.url}/#/pages/me/index`)
  await shown(tab, '.me-help-button').first().click()
  await shown(tab, '.my-request-row').filter({ hasText: caseCode }).first().waitFor()
  await quickExit(tab)
  const stops = await walkHistory(tab)
  expectNoHelpPage(stops)
  for (const stop of stops) expect(stop.url).not.toContain('help/pages/mine')
  await tab.close()
})

test('quick exit from a case (我的 → 我的求助 → the case): Back shows 我的, never her list or her case', async () => {
  const tab = await newTab(resident, `${stage.host.url}/#/pages/me/index`)
  await shown(tab, '.me-help-button').first().click()
  await shown(tab, '.my-request-row').filter({ hasText: caseCode }).first().click()
  await shown(tab, '.case-summary').first().waitFor()
  await quickExit(tab)
  const stops = await walkHistory(tab)
  expectNoHelpPage(stops)
  expect(stops[1].url).toContain('pages/me/index')
  expect(await tab.content()).not.toContain(caseCode)
  await screenshot(tab, 'help-safety-case-exit-back')
  await tab.close()
})

test('quick exit on a tab opened straight on 我的求助 (a link): the help entries are overwritten, none shows or renders again', async () => {
  const tab = await newTab(resident, `${stage.host.url}/#/help/pages/mine/index`)
  await shown(tab, '.my-request-row').filter({ hasText: caseCode }).first().click()
  await shown(tab, '.case-summary').first().waitFor()
  const rendered: string[] = []
  await tab.exposeFunction('noteHelpRender', (url: string) => rendered.push(url))
  await tab.evaluate(() => {
    const note = (window as unknown as { noteHelpRender: (url: string) => void }).noteHelpRender
    new MutationObserver(() => {
      const onScreen = (page: Element) => {
        const box = page.getBoundingClientRect()
        return page.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true }) && box.right > 0 && box.left < innerWidth && box.bottom > 0 && box.top < innerHeight
      }
      if (Array.from(document.querySelectorAll('.my-requests-page')).some(onScreen)) note(location.href)
    }).observe(document.body, { childList: true, subtree: true })
  })
  await quickExit(tab)
  expect(rendered).toEqual([])
  const stops = await walkHistory(tab)
  expectNoHelpPage(stops)
  expect(await tab.content()).not.toContain(caseCode)
  await tab.close()
})

test('her case page keeps her story, and what she added later, folded until she taps it', async () => {
  const her = await devToken(stage.host.url, 'demo-resident')
  const { version } = await getCase('demo-resident')
  await callApi(stage.host.url, 'requests', 'act', { caseId, version, step: { kind: 'addInfo', text: ADDED } }, her)
  const tab = await newTab(resident, `${stage.host.url}/#/help/pages/case/index?caseId=${caseId}`)
  await shown(tab, '.case-my-words').first().waitFor()
  await shown(tab, '.case-timeline').filter({ hasText: '补充' }).first().waitFor()
  const page = await shown(tab, '.my-case-page').first().innerText()
  for (const secret of [STORY, NEEDS, SAFE_TIMES, ADDED]) expect(page).not.toContain(secret)
  await screenshot(tab, 'help-safety-case-folded')
  await shown(tab, '.my-words-show-button').first().click()
  const words = await shown(tab, '.case-my-words').first().innerText()
  for (const secret of [STORY, NEEDS, SAFE_TIMES, ADDED]) expect(words).toContain(secret)
  await shown(tab, '.my-words-hide-button').first().click()
  await expect(shown(tab, '.case-my-words').first().innerText()).resolves.not.toContain(STORY)
  await tab.close()
})

test('导出 shows her case in plain Chinese first; the clipboard is untouched until she taps 复制; it saves as a file and prints alone', async () => {
  await resident.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: stage.host.url })
  const tab = await newTab(resident, `${stage.host.url}/#/help/pages/case/index?caseId=${caseId}`)
  await tab.evaluate((text) => navigator.clipboard.writeText(text), CLIPBOARD_BEFORE)
  await shown(tab, '.export-button').first().click()
  const record = await shown(tab, '.case-export__text').first().innerText()
  for (const words of [caseCode, '类别：家庭暴力', '发短信，不要打电话', SAFE_TIMES, STORY, '提交时间：', '已提交']) expect(record).toContain(words)
  expect(record).toMatch(/导出时间：\d{4}年\d{1,2}月\d{1,2}日 \d{2}:\d{2}/)
  for (const code of ['domesticViolence', 'sms', 'submitted', '{', '"']) expect(record).not.toContain(code)
  await expect(tab.evaluate(() => navigator.clipboard.readText())).resolves.toBe(CLIPBOARD_BEFORE)
  await screenshot(tab, 'help-safety-export')

  const [download] = await Promise.all([tab.waitForEvent('download'), shown(tab, '.export-save-button').first().click()])
  expect(download.suggestedFilename()).toMatch(new RegExp(`^求助记录-${caseCode}-\\d{4}-\\d{2}-\\d{2}\\.txt$`))
  const saved = fs.readFileSync((await download.path()) ?? '', 'utf8')
  expect(saved).toContain('类别：家庭暴力')
  expect(saved).not.toContain('domesticViolence')
  await expect(tab.evaluate(() => navigator.clipboard.readText())).resolves.toBe(CLIPBOARD_BEFORE)

  await tab.emulateMedia({ media: 'print' })
  await expect(tab.locator('.case-export__text').first().isVisible()).resolves.toBe(true)
  for (const hidden of ['.safety-banner', '.case-summary', '.case-my-words', '.export-save-button']) await expect(tab.locator(hidden).first().isVisible()).resolves.toBe(false)
  await tab.emulateMedia({ media: 'screen' })

  await shown(tab, '.export-copy-button').first().click()
  await pollUntil(
    () => tab.evaluate(() => navigator.clipboard.readText()),
    (text) => text.includes(caseCode),
  )
  await tab.close()
})

test('the contact log picks no channel, shows how she asked to be reached, and warns before a call she refused', async () => {
  const chair = await devToken(stage.host.url, 'demo-chair')
  const memberId = (await callApi<ActionOutput<'org', 'mine'>>(stage.host.url, 'org', 'mine', {}, await devToken(stage.host.url, 'demo-member'))).places[0].memberId
  const before = await getCase('demo-chair')
  await callApi(stage.host.url, 'requests', 'act', { caseId, version: before.version, step: { kind: 'accept', assigneeId: memberId, backupId: null } }, chair)

  const { page } = staff
  await logIn(page, stage.host.url, 'demo-member')
  await freshGoto(page, `${stage.host.url}/#/staff/pages/request/index?caseId=${caseId}`)
  await shown(page, '.request-step-kind .choice')
    .filter({ hasText: /^记录联系$/ })
    .first()
    .click()
  await expect(shown(page, '.contact-how-choice .choice--on').count()).resolves.toBe(0)
  const wishes = await shown(page, '.contact-wishes').first().innerText()
  expect(wishes).toContain('发短信')
  expect(wishes).toContain(SAFE_TIMES)
  expect(wishes).toContain('不要给她打电话')

  await shown(page, 'textarea.step-text-input').first().fill('她上午打来电话，约好下次发短信')
  await shown(page, '.request-step-button').first().click()
  await expect(shown(page, '.form-field--step-how .field-error').first().innerText()).resolves.toContain('请选择方式')

  await shown(page, '.contact-how-choice .choice').filter({ hasText: '打电话' }).first().click()
  await expect(shown(page, '.contact-refused-call').first().innerText()).resolves.toContain('首次联系')
  await screenshot(page, 'help-safety-contact-warning')
  await shown(page, '.request-step-button').first().click()
  await expect(shown(page, '.taro-modal__content').first().innerText()).resolves.toContain('她要求不要打电话')
  await shown(page, '.taro-model__cancel').first().click()
  await page.waitForTimeout(500)
  expect((await getCase('demo-member')).state).toBe('accepted')

  await shown(page, '.request-step-button').first().click()
  await shown(page, '.taro-model__confirm').first().click()
  const contacted = await pollUntil(
    () => getCase('demo-member'),
    (view) => view.state === 'inProgress',
  )
  expect(contacted.kind === 'staff' && contacted.firstContactAt).toBeTruthy()
})
