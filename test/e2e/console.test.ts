// The chair's and the member's journeys in real Chromium against `npm start`: log in
// as demo-chair through 我的, edit a member's phone and photo (a PNG through the file
// chooser) and add an activity, then see both on the public board; invite a member
// and redeem it as a new openid in a second browser; print the poster to PDF (A4 and
// A3: one page each, every member's name on it), saved with a PNG of each.
import fs from 'node:fs'
import path from 'node:path'
import type { Page } from 'playwright-core'
import type { ActionOutput, GetBoardOutput } from '../../types'
import { callApi, devToken } from './support/api'
import { ARTIFACTS, launchPhone, screenshot } from './support/browser'
import { portraitPng } from './support/images'
import { fillKept, shown, withHostAndPhones } from './support/journey'
import { fillToMembers } from './support/members'
import { pdfFacts, pdfText, pdfToPng } from './support/pdf'
import { pollUntil } from './support/poll'

jest.setTimeout(300_000)

const ORG = 'demo-community'
const stage = withHostAndPhones(1)
const [chair] = stage.phones
let orgId = ''

const board = () => callApi<GetBoardOutput>(stage.host.url, 'board', 'get', { code: ORG })

async function openBoard(page: Page): Promise<void> {
  await page.goto(`${stage.host.url}/#/pages/board/index?scene=${ORG}`)
  await shown(page, '.board-members .member-card').first().waitFor({ timeout: 30_000 })
}

/** The board as the chair reaches it from her console (查看公开亮牌). */
async function openBoardFromConsole(page: Page): Promise<void> {
  await openTile(page, 'board', '.board-page')
  await shown(page, '.board-members .member-card').first().waitFor({ timeout: 30_000 })
}

async function openTile(page: Page, tile: string, pageClass: string): Promise<void> {
  await page.goto(`${stage.host.url}/#/staff/pages/org/index?orgId=${orgId}`)
  await shown(page, `.console-tile--${tile}`).first().click()
  await shown(page, pageClass).first().waitFor()
}

test('demo-chair logs in through 我的 and opens her federation’s console', async () => {
  const { page } = chair
  const { board: before } = await board()
  orgId = before.orgId
  await openBoard(page)
  await shown(page, '.board-staff-entry').first().click()
  await shown(page, '.dev-login-option').filter({ hasText: 'demo-chair' }).first().click()
  await shown(page, '.me-place').filter({ hasText: before.name }).first().waitFor()
  await screenshot(page, 'console-me')
  await shown(page, '.me-workbench-button').first().click()
  await shown(page, '.place-card__open').first().click()
  await shown(page, '.console-menu').first().waitFor()
  await expect(shown(page, '.console-role').first().innerText()).resolves.toContain('主席')
  await expect(shown(page, '.console-header__name').first().innerText()).resolves.toBe(before.name)
  await screenshot(page, 'console-home')
})

test('she edits a member’s phone and photo, and the public board shows both', async () => {
  const { page } = chair
  const { board: before } = await board()
  const member = before.members.find((m) => m.post === 'member' && m.photoUrl)
  if (!member) throw new Error('the demo community should have an 执委 with a photo')
  const newPhone = '13912345678'
  await openTile(page, 'members', '.members-page')
  await shown(page, '.console-member').filter({ hasText: member.name }).first().click()
  await shown(page, '.member-form').first().waitFor()
  await fillKept(page, shown(page, '.member-phone-input').first(), newPhone)
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), shown(page, '.form-field--photoUrl .image-upload-button').first().click()])
  await chooser.setFiles({ name: 'portrait.png', mimeType: 'image/png', buffer: portraitPng() })
  const preview = shown(page, '.form-field--photoUrl .image-field__preview').first()
  const uploaded = await pollUntil(
    () =>
      preview
        .locator('img')
        .getAttribute('src')
        .catch(() => member.photoUrl),
    (src) => src !== member.photoUrl,
  )
  expect(uploaded).toMatch(/^\/files\//)
  await screenshot(page, 'console-member-edit')
  await shown(page, '.save-button').first().click()
  await shown(page, '.members-page').first().waitFor()

  const after = (await board()).board.members.find((m) => m.id === member.id)
  expect(after?.phone).toBe(newPhone)
  expect(after?.photoUrl).toMatch(/^\/files\//)
  expect(after?.photoUrl).not.toBe(member.photoUrl)
  await openBoardFromConsole(page)
  const card = shown(page, '.board-members .member-card').filter({ hasText: member.name }).first()
  await expect(card.innerText()).resolves.toContain(newPhone)
  await card.scrollIntoViewIfNeeded()
  // the board loads photos lazily: the src arrives once the card is on screen
  await expect(
    pollUntil(
      () => card.locator('img').first().getAttribute('src'),
      (src) => src !== null,
    ),
  ).resolves.toBe(after?.photoUrl)
  await screenshot(page, 'console-board-after-member-edit')
})

test('she adds an activity, and the public board lists it among this quarter’s plans', async () => {
  const { page } = chair
  const title = '家庭教育公益讲座'
  await openTile(page, 'activities', '.activities-page')
  await shown(page, '.add-activity-button').first().click()
  await shown(page, '.activity-form').first().waitFor()
  await fillKept(page, shown(page, '.activity-title-input').first(), title)
  await fillKept(page, shown(page, '.activity-place-input').first(), '和美社区妇女之家')
  await fillKept(page, shown(page, '.activity-summary-input').first(), '邀请心理老师讲亲子沟通，欢迎家长参加。')
  await shown(page, '.save-button').first().click()
  await shown(page, '.console-activity').filter({ hasText: title }).first().waitFor()

  const data = await board()
  expect(data.activities.plans.map((a) => a.title)).toContain(title)
  await openBoardFromConsole(page)
  await shown(page, '.activity__title').filter({ hasText: title }).first().waitFor()
  await screenshot(page, 'console-board-after-activity')
})

test('a field the back end refuses is named next to that field', async () => {
  const { page } = chair
  await openTile(page, 'members', '.members-page')
  await shown(page, '.add-member-button').first().click()
  await shown(page, '.member-form').first().waitFor()
  await fillKept(page, shown(page, '.member-name-input').first(), '新成员')
  await fillKept(page, shown(page, '.member-phone-input').first(), '12345')
  await shown(page, '.save-button').first().click()
  const error = shown(page, '.form-field--phone .field-error').first()
  await expect(error.innerText()).resolves.toMatch(/手机号|座机/)
  await screenshot(page, 'console-invalid-phone')
})

test('when someone else saved the member first, her save is refused with a reload button', async () => {
  const { page } = chair
  const { board: before } = await board()
  const member = before.members.find((m) => m.post === 'member' && m.specialty !== '')
  if (!member) throw new Error('the demo community should have an 执委 with a specialty')
  await openTile(page, 'members', '.members-page')
  await shown(page, '.console-member').filter({ hasText: member.name }).first().click()
  await shown(page, '.member-form').first().waitFor()

  const token = await devToken(stage.host.url, 'demo-street-chair')
  const view = await callApi<ActionOutput<'org', 'get'>>(stage.host.url, 'org', 'get', { orgId }, token)
  const stored = view.members.find((m) => m._id === member.id)
  if (!stored) throw new Error('the console should list the member')
  const { _id, version, orgId: _org, createdAt, updatedAt, status, departure, sort, bound, ...rest } = stored
  const fields = { ...rest, specialty: '社区调解（街道主席刚改）' }
  await callApi(stage.host.url, 'org', 'saveMember', { orgId, memberId: _id, version, fields }, token)

  await fillKept(page, shown(page, '.member-phone-input').first(), '13700001111')
  await shown(page, '.save-button').first().click()
  const notice = shown(page, '.conflict-notice').first()
  await expect(notice.innerText()).resolves.toContain('这条记录刚被别人修改过')
  await screenshot(page, 'console-conflict')
  await shown(page, '.conflict-reload-button').first().click()
  await notice.waitFor({ state: 'hidden' })
  await expect(shown(page, '.form-field--specialty input').first().inputValue()).resolves.toBe(fields.specialty)
  expect((await board()).board.members.find((m) => m.id === member.id)?.phone).toBe(member.phone)
})

test('an invitation redeemed by a new openid gives her the member console', async () => {
  const { page } = chair
  await openTile(page, 'invites', '.invites-page')
  const choice = shown(page, '.invite-member-choices .choice')
    .filter({ has: page.locator('.choice__note', { hasText: /^执委$/ }) })
    .first()
  const memberName = (await choice.locator('.choice__label').innerText()).trim()
  await choice.click()
  await shown(page, '.save-button').first().click()
  const code = (await shown(page, '.invite-code').first().innerText()).trim()
  expect(code).toMatch(/^[A-HJ-NP-Z2-9]{12}$/)
  await expect(shown(page, '.invite-qr').first().isVisible()).resolves.toBe(true)
  await screenshot(page, 'console-invite-created')

  const newcomer = await launchPhone()
  try {
    const other = newcomer.page
    await other.goto(`${stage.host.url}/#/staff/pages/redeem/index?code=${code}`)
    await fillKept(other, shown(other, '.dev-login-input').first(), 'e2e-new-member')
    await shown(other, '.dev-login-submit').first().click()
    await expect(shown(other, '.redeem-code-input').first().inputValue()).resolves.toBe(code)
    await shown(other, '.save-button').first().click()
    await shown(other, '.console-menu').first().waitFor({ timeout: 30_000 })
    await expect(shown(other, '.console-role').first().innerText()).resolves.toContain('执委')
    await shown(other, '.console-tile--profile').first().waitFor()
    await expect(shown(other, '.console-tile--invites').count()).resolves.toBe(0)
    await screenshot(other, 'console-member-view')
    const token = await devToken(stage.host.url, 'e2e-new-member')
    const mine = await callApi<ActionOutput<'org', 'mine'>>(stage.host.url, 'org', 'mine', {}, token)
    expect(mine.places.map((p) => p.code)).toEqual([ORG])

    await shown(other, '.console-tile--profile').first().click()
    await shown(other, '.profile-form').first().waitFor()
    await fillKept(other, shown(other, '.member-phone-input').first(), '13655556666')
    await shown(other, '.save-button').first().click()
    const phoneOnBoard = async () => (await board()).board.members.find((m) => m.name === memberName)?.phone
    await expect(pollUntil(phoneOnBoard, (phone) => phone === '13655556666')).resolves.toBe('13655556666')
  } finally {
    await newcomer.context.close()
  }
  await openTile(page, 'invites', '.invites-page')
  await shown(page, '.invite-item').filter({ hasText: memberName }).filter({ hasText: '已绑定' }).first().waitFor()
})

describe.each(['A4', 'A3'] as const)('the %s poster', (size) => {
  const expected = { A4: [595, 842], A3: [842, 1191] }[size]

  test('prints to exactly one page carrying every member’s name, the QR code and the date', async () => {
    if (size === 'A4') await fillToMembers(stage.host.url, orgId, 29)
    const { page } = chair
    const data = await board()
    expect(data.board.members.length).toBeGreaterThanOrEqual(29)
    await page.goto(`${stage.host.url}/#/staff/pages/poster/index?orgId=${orgId}&size=${size}`)
    await shown(page, `.poster-sheet--${size}[data-ready="true"]`).first().waitFor({ timeout: 60_000 })
    await screenshot(page, `console-poster-${size}-screen`)
    fs.mkdirSync(ARTIFACTS, { recursive: true })
    const pdf = path.join(ARTIFACTS, `poster-${size}.pdf`)
    await page.pdf({ path: pdf, preferCSSPageSize: true, printBackground: true })

    const facts = pdfFacts(pdf)
    expect(facts.pages).toBe(1)
    expect(Math.round(facts.widthPt)).toBe(expected[0])
    expect(Math.round(facts.heightPt)).toBe(expected[1])
    const text = pdfText(pdf)
    for (const member of data.board.members) expect(text).toContain(member.name)
    expect(text).toContain(data.board.name)
    expect(text).toMatch(/制作日期\d{4}-\d{2}-\d{2}/)
    expect(text).toContain('年执委轮值')
    expect(text).toContain(data.asOf.slice(0, 4))
    const png = pdfToPng(pdf, path.join(ARTIFACTS, `poster-${size}`))
    expect(fs.statSync(png).size).toBeGreaterThan(20_000)
  })
})
