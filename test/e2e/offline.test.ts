// Weak networks, in real Chromium against `npm start`, on one phone whose browser is
// closed and opened again on the same profile (a restart): the board opens from the
// phone's last copy, marked with its time, when the network is gone or has not answered
// in 3 s, and the live board replaces it when the answer comes; a write whose answer is
// lost is sent again with the same requestId and lands once; half-typed topic and member
// forms come back after a restart; and nothing of a help request stays on the phone after
// 快速离开 or after it is sent.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { chromium, type Locator, type Page } from 'playwright-core'
import type { ActionOutput, GetBoardOutput } from '../../types'
import { callApi, devToken } from './support/api'
import { PHONE, screenshot } from './support/browser'
import { freshGoto, logIn, shown, withHostAndPhones, type Phone } from './support/journey'
import { pollUntil } from './support/poll'

jest.setTimeout(300_000)

const ORG = 'demo-community'
const TOPIC_TITLE = '菜市场门口路灯坏了'
const TOPIC_NAME = '菜场旁王阿姨'
const TOPIC_PROBLEM = '晚上买菜回来路口很黑，老人容易摔倒'
const HELP_SECRET = '他昨晚又喝酒砸了家里的东西'
let orgId = ''
const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'liangpai-offline-'))

async function openPhone(): Promise<Phone> {
  const context = await chromium.launchPersistentContext(profile, PHONE)
  return { context, page: context.pages()[0] ?? (await context.newPage()) }
}

const stage = withHostAndPhones(1, { open: openPhone })
const [phone] = stage.phones

/** Closes the browser and opens it again on the same profile: what a phone keeps survives. */
async function restart(): Promise<Page> {
  await phone.context.close()
  Object.assign(phone, await openPhone())
  return phone.page
}

beforeAll(async () => {
  orgId = (await callApi<GetBoardOutput>(stage.host.url, 'board', 'get', { code: ORG })).board.orgId
})

const boardUrl = () => `${stage.host.url}/#/pages/board/index?scene=${ORG}`
const storedText = (page: Page) => page.evaluate(() => JSON.stringify(localStorage) + JSON.stringify(sessionStorage))
/** The value in a form box (the class may sit on the input or on Taro's wrapper around it). */
const valueOf = (box: Locator) =>
  box.evaluate((element) => {
    const field =
      element instanceof HTMLInputElement || element instanceof HTMLTextAreaElement ? element : element.querySelector<HTMLInputElement | HTMLTextAreaElement>('input, textarea')
    return field?.value ?? ''
  })

/** A member of the demo board with a phone, and a chair's change of that phone (the live board then differs from the phone's copy). */
async function changePhone(memberName: string, phoneNumber: string): Promise<void> {
  const token = await devToken(stage.host.url, 'demo-chair')
  const { members } = await callApi<ActionOutput<'org', 'get'>>(stage.host.url, 'org', 'get', { orgId }, token)
  const member = members.find((candidate) => candidate.name === memberName)
  if (!member) throw new Error(`no member ${memberName}`)
  const fields = {
    name: member.name,
    post: member.post,
    phone: phoneNumber,
    photoUrl: member.photoUrl,
    specialty: member.specialty,
    onDutyMonth: member.onDutyMonth,
    termStart: member.termStart,
    termEnd: member.termEnd,
  }
  await callApi(stage.host.url, 'org', 'saveMember', { orgId, memberId: member._id, version: member.version, fields }, token)
}

async function aMemberWithPhone(): Promise<{ name: string; phone: string }> {
  const { board } = await callApi<GetBoardOutput>(stage.host.url, 'board', 'get', { code: ORG })
  const member = board.members.find((candidate) => candidate.phone)
  if (!member?.phone) throw new Error('the demo board should show a member with a phone')
  return { name: member.name, phone: member.phone }
}

describe('the board on a weak network', () => {
  test('with no network it opens from the phone’s last copy, marked with its time; 重新连接 brings the live board back', async () => {
    let page = phone.page
    await page.goto(boardUrl())
    await shown(page, '.board-members .member-card').first().waitFor({ timeout: 30_000 })
    await expect(shown(page, '.board-copy-note').count()).resolves.toBe(0)
    const { board, asOf } = await callApi<GetBoardOutput>(stage.host.url, 'board', 'get', { code: ORG })

    page = await restart()
    await page.route('**/api/**', (route) => route.abort('internetdisconnected'))
    await page.goto(boardUrl())
    const note = shown(page, '.board-copy-note').first()
    await note.waitFor({ timeout: 15_000 })
    await expect(
      pollUntil(
        () => note.innerText(),
        (text) => text.includes('网络不通'),
      ),
    ).resolves.toContain('网络不通')
    const [date = '', time = ''] = new Date(Date.parse(asOf) + 8 * 3600_000).toISOString().slice(0, 16).split('T')
    const [year, month, day] = date.split('-').map(Number)
    await expect(note.innerText()).resolves.toContain(`${year}年${month}月${day}日`)
    expect((await note.innerText()).replace(/\s/g, '')).toMatch(new RegExp(`${time.slice(0, 2)}:\\d\\d`))
    await expect(shown(page, '.board-header__name').first().innerText()).resolves.toBe(board.name)
    // the first few cards paint first, the others a frame later
    const cards = () => shown(page, '.board-members .member-card').count()
    await expect(pollUntil(cards, (count) => count >= board.members.length)).resolves.toBe(board.members.length)
    await screenshot(page, 'offline-board-copy')

    await page.unroute('**/api/**')
    await shown(page, '.board-copy-note__retry').first().click()
    await note.waitFor({ state: 'detached', timeout: 15_000 })
    await expect(shown(page, '.board-members .member-card').count()).resolves.toBe(board.members.length)
  })

  test('when the network has not answered in 3 s the copy shows, and the answer replaces it when it comes', async () => {
    const member = await aMemberWithPhone()
    const newPhone = '13700001111'
    await changePhone(member.name, newPhone)
    const page = await restart()
    await page.route('**/api/board', async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 9_000))
      await route.continue().catch(() => undefined)
    })
    const opened = Date.now()
    await page.goto(boardUrl())
    const note = shown(page, '.board-copy-note').first()
    await note.waitFor({ timeout: 8_000 })
    const waited = Date.now() - opened
    expect(waited).toBeGreaterThanOrEqual(2_500)
    expect(waited).toBeLessThan(8_000)
    await expect(note.innerText()).resolves.toContain('网络较慢')
    const card = shown(page, '.board-members .member-card').filter({ hasText: member.name }).first()
    await expect(card.innerText()).resolves.toContain(member.phone)
    await screenshot(page, 'offline-board-slow')

    await note.waitFor({ state: 'detached', timeout: 20_000 })
    await expect(
      pollUntil(
        () => card.innerText(),
        (text) => text.includes(newPhone),
      ),
    ).resolves.toContain(newPhone)
    await page.unroute('**/api/board')
  })
})

describe('writes and drafts', () => {
  test('a half-typed topic comes back after a restart; sent with its answer lost, it is sent again and lands once', async () => {
    let page = phone.page
    await logIn(page, stage.host.url, 'demo-resident')
    await freshGoto(page, `${stage.host.url}/#/topics/pages/submit/index?orgId=${orgId}`)
    await shown(page, 'input.topic-title-input').first().fill(TOPIC_TITLE)
    await shown(page, 'textarea.topic-problem-input').first().fill(TOPIC_PROBLEM)
    await shown(page, '.topic-category .choice').filter({ hasText: '公共服务' }).first().click()
    await shown(page, 'input.topic-name-input').first().fill(TOPIC_NAME)

    page = await restart()
    await page.goto(`${stage.host.url}/#/topics/pages/submit/index?orgId=${orgId}`)
    await expect(
      pollUntil(
        () => valueOf(shown(page, 'input.topic-title-input').first()),
        (value) => value === TOPIC_TITLE,
      ),
    ).resolves.toBe(TOPIC_TITLE)
    await expect(valueOf(shown(page, 'textarea.topic-problem-input').first())).resolves.toBe(TOPIC_PROBLEM)
    await expect(valueOf(shown(page, 'input.topic-name-input').first())).resolves.toBe(TOPIC_NAME)
    await screenshot(page, 'offline-topic-draft')

    const sent: string[] = []
    await page.route('**/api/topics', async (route) => {
      const body = route.request().postDataJSON() as { action?: string; requestId?: string }
      if (body.action !== 'submit') return route.continue()
      sent.push(String(body.requestId))
      if (sent.length > 1) return route.continue()
      await route.fetch() // it reaches the back end, but its answer is lost on the way back
      return route.abort('connectionreset')
    })
    await shown(page, '.save-button').first().click()
    await shown(page, '.topic-page').first().waitFor({ timeout: 20_000 })
    expect(sent).toHaveLength(2)
    expect(sent[1]).toBe(sent[0])
    const token = await devToken(stage.host.url, 'demo-resident')
    const { topics } = await callApi<ActionOutput<'topics', 'mine'>>(stage.host.url, 'topics', 'mine', { limit: 50 }, token)
    expect(topics.filter((topic) => topic.title === TOPIC_TITLE)).toHaveLength(1)
    expect(await storedText(page)).not.toContain(TOPIC_TITLE)
    await page.unroute('**/api/topics')
  })

  test('a half-edited member comes back after a restart, and is gone from the phone once saved', async () => {
    let page = phone.page
    const member = await aMemberWithPhone()
    const token = await devToken(stage.host.url, 'demo-chair')
    const { members } = await callApi<ActionOutput<'org', 'get'>>(stage.host.url, 'org', 'get', { orgId }, token)
    const memberId = members.find((candidate) => candidate.name === member.name)?._id ?? ''
    const editUrl = `${stage.host.url}/#/staff/pages/member-edit/index?orgId=${orgId}&memberId=${memberId}`
    const typed = '13522223333'
    await logIn(page, stage.host.url, 'demo-chair')
    await freshGoto(page, editUrl)
    await shown(page, '.member-phone-input').first().fill(typed)

    page = await restart()
    await page.goto(editUrl)
    const phoneBox = shown(page, '.member-phone-input').first()
    await expect(
      pollUntil(
        () => valueOf(phoneBox),
        (value) => value === typed,
      ),
    ).resolves.toBe(typed)
    await screenshot(page, 'offline-member-draft')
    await shown(page, '.save-button').first().click()
    await shown(page, '.members-page').first().waitFor({ timeout: 20_000 })
    const board = await callApi<GetBoardOutput>(stage.host.url, 'board', 'get', { code: ORG })
    expect(board.board.members.find((candidate) => candidate.name === member.name)?.phone).toBe(typed)
    expect(await storedText(page)).not.toContain(typed)
  })

  test('nothing of a help request stays on the phone after 快速离开, or after it is sent', async () => {
    const page = phone.page
    await logIn(page, stage.host.url, 'demo-resident')
    const openForm = async () => {
      await freshGoto(page, boardUrl())
      await shown(page, '.help-entry-button').first().click()
      await shown(page, '.intake-age-option--18to59').first().click()
      await shown(page, '.consent-checkbox').first().click()
      await shown(page, '.consent-continue-button').first().click()
      await shown(page, 'textarea.request-description-input').first().fill(HELP_SECRET)
    }
    await openForm()
    await shown(page, '.quick-exit-button').first().click()
    await shown(page, '.tips-page').first().waitFor()
    expect(await storedText(page)).not.toContain(HELP_SECRET)

    await openForm()
    await shown(page, '.request-category .choice').filter({ hasText: '家庭暴力' }).first().click()
    await shown(page, '.request-contact-channel .choice').filter({ hasText: '发短信' }).first().click()
    await shown(page, '.save-button').first().click()
    await shown(page, '.intake-done .case-code').first().waitFor({ timeout: 20_000 })
    expect(await storedText(page)).not.toContain(HELP_SECRET)
    const reopened = await restart()
    await reopened.goto(boardUrl())
    await shown(reopened, '.board-members .member-card').first().waitFor({ timeout: 30_000 })
    expect(await storedText(reopened)).not.toContain(HELP_SECRET)
  })
})
