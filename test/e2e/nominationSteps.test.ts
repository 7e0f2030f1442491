// The rest of 增替补 and the 执委会 in real Chromium against `npm start`, as demo-chair of the
// demo community: a 个人自荐 passes 初审 and another fails and is kept as 初审未通过 (002
// 增替补及退出制度第十五条 "经本级妇联组织初审"); a 执委 leaves by 组织劝退 with the 党组织's reply
// photographed — a private 材料照片 the host does not serve — and a 替补 names her, put forward by 24
// women whose signature sheet is photographed the same way; a 执委会 is called off with its reason and
// no longer counts as waiting; and two tabs record the 党组织 approval of one nomination: the second
// is told in the server's words that someone else changed it first, and keeps what she typed.
import type { Page } from 'playwright-core'
import { heldToDuty, type ActionOutput, type GetBoardOutput, type NominationDoc } from '../../types'
import { callApi, devToken } from './support/api'
import { screenshot } from './support/browser'
import { portraitPng } from './support/images'
import { fillKept, freshGoto, logIn, shown, withHostAndPhones } from './support/journey'
import { pollUntil } from './support/poll'

jest.setTimeout(420_000)

const ORG = 'demo-community'
const SELF = '何晓燕'
const SELF_FAILED = '罗春梅'
const SUBSTITUTE = '唐玉兰'
const stage = withHostAndPhones(1)
const [phone] = stage.phones
let orgId = ''

const chairToken = () => devToken(stage.host.url, 'demo-chair')
const api = async <T>(action: string, payload: unknown) => callApi<T>(stage.host.url, 'org', action, payload, await chairToken())
const nominationNamed = async (name: string) => (await api<{ items: NominationDoc[] }>('listNominations', { orgId })).items.find((n) => n.candidate.name === name)
const consoleView = () => api<ActionOutput<'org', 'get'>>('get', { orgId })
const nominationPage = (id: string) => stage.at(`/staff/pages/nomination/index?orgId=${orgId}&nominationId=${id}`)

/** Picks a generated photo for the upload button inside `field`, and waits for its thumbnail, read back through the private read. */
async function uploadDocument(page: Page, field: string, hue: number): Promise<void> {
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), shown(page, `${field} .image-upload-button`).first().click()])
  await chooser.setFiles({ name: 'document.png', mimeType: 'image/png', buffer: portraitPng(900, 1200, hue) })
  const thumb = shown(page, `${field} .document-photo__thumb`).locator('img').first()
  const src = await pollUntil(
    () => thumb.getAttribute('src').catch(() => null),
    (value) => value?.startsWith('data:image/jpeg;base64,') === true,
  )
  expect(src?.startsWith('data:image/jpeg;base64,')).toBe(true)
}

beforeAll(async () => {
  orgId = (await callApi<GetBoardOutput>(stage.host.url, 'board', 'get', { code: ORG })).board.orgId
})

test('个人自荐: she registers a self-nomination, and 初审 passes it on to the 党组织', async () => {
  const { page } = phone
  await logIn(page, stage.host.url, 'demo-chair')
  await freshGoto(page, stage.at(`/staff/pages/nominations/index?orgId=${orgId}`))
  await shown(page, '.nominate-button').first().click()
  await fillKept(page, shown(page, 'input.nomination-name-input').first(), SELF)
  await shown(page, '.nomination-route .choice').filter({ hasText: '个人自荐' }).first().click()
  await shown(page, '.save-button').first().click()
  await page.waitForURL((url) => !url.hash.includes('nomination-new'))
  const saved = await pollUntil(
    () => nominationNamed(SELF),
    (n) => n?.status === 'review',
  )
  expect(saved?.support).toEqual({ route: 'self' })

  await freshGoto(page, stage.at(`/staff/pages/nominations/index?orgId=${orgId}`))
  const row = shown(page, '.nomination-row').filter({ hasText: SELF }).first()
  await expect(row.innerText()).resolves.toContain('待初审')
  await row.click()
  await shown(page, '.review-choice .choice')
    .filter({ hasText: /^通过$/ })
    .first()
    .click()
  await shown(page, '.save-button').filter({ hasText: '保存初审' }).first().click()
  await shown(page, '.nomination-facts').filter({ hasText: '待党组织审议' }).first().waitFor()
  await expect(shown(page, '.nomination-facts').first().innerText()).resolves.toContain('初审：通过（')
  await screenshot(page, 'nomination-steps-review-passed')
  expect(await nominationNamed(SELF)).toMatchObject({ status: 'nominated', review: { passed: true } })
})

test('a second 自荐 fails 初审 with its reason, and is kept in the list as 初审未通过', async () => {
  const { page } = phone
  const { nomination } = await api<{ nomination: NominationDoc }>('nominate', {
    orgId,
    kind: 'add',
    replacesMemberId: null,
    candidate: { name: SELF_FAILED, phone: null, intro: '' },
    support: { route: 'self' },
  })
  await freshGoto(page, nominationPage(nomination._id))
  await shown(page, '.review-choice .choice').filter({ hasText: '不通过' }).first().click()
  await fillKept(page, shown(page, 'textarea.review-note-input').first(), '户籍和居住地都不在本社区')
  await shown(page, '.save-button').filter({ hasText: '保存初审' }).first().click()
  await shown(page, '.nomination-facts').filter({ hasText: '初审未通过' }).first().waitFor()
  await expect(shown(page, '.nomination-facts').first().innerText()).resolves.toContain('户籍和居住地都不在本社区')
  await expect(shown(page, '.nomination-approval').count()).resolves.toBe(0)

  await freshGoto(page, stage.at(`/staff/pages/nominations/index?orgId=${orgId}`))
  const row = shown(page, '.nomination-row').filter({ hasText: SELF_FAILED }).first()
  await expect(row.innerText()).resolves.toContain('初审未通过')
  await screenshot(page, 'nomination-steps-review-failed')
  expect(await nominationNamed(SELF_FAILED)).toMatchObject({ status: 'rejected', review: { passed: false, note: '户籍和居住地都不在本社区' } })
})

let leftId = ''
let leftName = ''

test('组织劝退 with the 党组织’s reply photographed: the photo is private — the host answers 404 — and the chair sees it on her record', async () => {
  const { page } = phone
  const leaving = (await consoleView()).members.find((m) => m.status === 'active' && m.post === 'member' && heldToDuty(m.post))
  if (!leaving) throw new Error('the demo community should have a 执委')
  leftId = leaving._id
  leftName = leaving.name
  await freshGoto(page, stage.at(`/staff/pages/member-edit/index?orgId=${orgId}&memberId=${leftId}`))
  await shown(page, '.departure-entry__link').first().click()
  await shown(page, '.departure-form .choice').filter({ hasText: '组织劝退' }).first().click()
  await fillKept(page, shown(page, '.form-field--approval-by input').first(), '和美社区党委')
  await uploadDocument(page, '.form-field--approval-photo', 10)
  await screenshot(page, 'nomination-steps-departure-photo')
  await shown(page, '.departure-submit').first().click()
  await shown(page, '.taro-modal__text').first().waitFor()
  await shown(page, '.taro-model__confirm').first().click()
  const left = await pollUntil(
    async () => (await consoleView()).members.find((m) => m._id === leftId),
    (m) => m?.status === 'left',
  )
  const photo = left?.departure?.approval?.photo ?? ''
  expect(left?.departure).toMatchObject({ reason: 'persuaded', approval: { by: '和美社区党委', documentNo: '' } })
  expect(photo).toMatch(/^\/private\/[A-Za-z0-9_-]+\/[0-9a-f]{32}\.jpg$/)
  expect((await fetch(`${stage.host.url}${photo}`)).status).toBe(404)

  await freshGoto(page, stage.at(`/staff/pages/member-edit/index?orgId=${orgId}&memberId=${leftId}`))
  await shown(page, '.document-photo__open').first().click()
  const large = shown(page, '.document-photo__large img').first()
  await large.waitFor()
  expect((await large.getAttribute('src'))?.startsWith('data:image/jpeg;base64,')).toBe(true)
  await screenshot(page, 'nomination-steps-departure-reply-large')
  await shown(page, '.document-photo__large').first().click()
  await shown(page, '.document-photo__large').first().waitFor({ state: 'hidden' })
})

test('替补 names the 执委 who left, put forward by 24 women whose signature sheet is photographed privately', async () => {
  const { page } = phone
  await freshGoto(page, stage.at(`/staff/pages/nominations/index?orgId=${orgId}`))
  await shown(page, '.nominate-button').first().click()
  await shown(page, '.nomination-kind .choice').filter({ hasText: '替补' }).first().click()
  await shown(page, '.nomination-replaces .choice').filter({ hasText: leftName }).first().click()
  await fillKept(page, shown(page, 'input.nomination-name-input').first(), SUBSTITUTE)
  await shown(page, '.nomination-route .choice').filter({ hasText: '群众推荐' }).first().click()
  await fillKept(page, shown(page, 'input.nomination-women-input').first(), '24')
  await uploadDocument(page, '.form-field--support-sheetPhoto', 40)
  await shown(page, '.save-button').first().click()
  await page.waitForURL((url) => !url.hash.includes('nomination-new'))
  const saved = await pollUntil(
    () => nominationNamed(SUBSTITUTE),
    (n) => n !== undefined,
  )
  expect(saved).toMatchObject({ kind: 'replace', replacesMemberId: leftId, status: 'nominated', support: { route: 'mass', women: 24 } })
  const sheet = saved?.support.route === 'mass' ? (saved.support.sheetPhoto ?? '') : ''
  expect(sheet).toMatch(/^\/private\//)
  expect((await fetch(`${stage.host.url}${sheet}`)).status).toBe(404)

  await freshGoto(page, nominationPage(saved?._id ?? ''))
  const facts = shown(page, '.nomination-facts').first()
  await facts.waitFor()
  await expect(facts.innerText()).resolves.toContain(`替补（接替离任的 ${leftName}）`)
  await expect(facts.innerText()).resolves.toContain('24 名妇女签名推荐（有签名表照片）')
  const thumb = shown(page, '.nomination-facts .document-photo__thumb').locator('img').first()
  await pollUntil(
    () => thumb.getAttribute('src').catch(() => null),
    (src) => src?.startsWith('data:image/jpeg;base64,') === true,
  )
  await screenshot(page, 'nomination-steps-substitute')
})

test('a 执委会 called off with its reason shows 已取消 and the reason, and no longer counts as waiting on the console', async () => {
  const { page } = phone
  const tile = () => shown(page, '.console-tile--committees').first()
  const tileText = async () => {
    await freshGoto(page, stage.at(`/staff/pages/org/index?orgId=${orgId}`))
    await tile()
      .filter({ hasText: /上次|还没有记录过/ })
      .waitFor({ timeout: 60_000 })
    return tile().innerText()
  }
  const before = await tileText()
  const members = (await consoleView()).members.filter((m) => m.status === 'active' && heldToDuty(m.post)).map((m) => m._id)
  const startsAt = new Date(Date.now() + 10 * 86_400_000).toISOString()
  await api('scheduleCommittee', { orgId, startsAt, place: '社区会议室（改期前）', agenda: [{ kind: 'work', title: '' }], invitedMemberIds: members })
  const waiting = await tileText()
  expect(waiting).not.toBe(before)
  expect(waiting).toContain('待召开')

  await tile().click()
  await shown(page, '.committee-row').filter({ hasText: '社区会议室（改期前）' }).first().click()
  await fillKept(page, shown(page, 'textarea.committee-cancel-reason-input').first(), '主席外出培训，改到下月')
  await shown(page, '.save-button').filter({ hasText: '取消这次执委会' }).first().click()
  await shown(page, '.committee-cancel-reason').filter({ hasText: '取消的原因：主席外出培训，改到下月' }).first().waitFor()
  await expect(shown(page, '.committee-header').first().innerText()).resolves.toContain('已取消')
  await screenshot(page, 'nomination-steps-committee-cancelled')
  expect(await tileText()).toBe(before)
})

test('two tabs record the 党组织 approval of one nomination: the second is told someone else changed it first, and keeps her input', async () => {
  const { page } = phone
  const nomination = await nominationNamed(SELF)
  if (!nomination) throw new Error('the 自荐 of the first test should be there')
  const second = await phone.context.newPage()
  try {
    await freshGoto(page, nominationPage(nomination._id))
    await freshGoto(second, nominationPage(nomination._id))
    for (const tab of [page, second]) await shown(tab, 'input.approval-by-input').first().waitFor()

    await fillKept(page, shown(page, 'input.approval-by-input').first(), '和美社区党委')
    await fillKept(page, shown(page, 'input.approval-number-input').first(), '和社党〔2026〕21号')
    await shown(page, '.save-button').filter({ hasText: '登记党组织批准' }).first().click()
    await shown(page, '.nomination-facts').filter({ hasText: '待执委会表决' }).first().waitFor()

    await fillKept(second, shown(second, 'input.approval-by-input').first(), '和美社区党总支')
    await fillKept(second, shown(second, 'input.approval-number-input').first(), '和社党〔2026〕22号')
    await shown(second, '.save-button').filter({ hasText: '登记党组织批准' }).first().click()
    const notice = shown(second, '.conflict-notice__title').first()
    await notice.waitFor()
    await expect(notice.innerText()).resolves.toBe('这条记录刚被别人修改过，请刷新后再改')
    await expect(shown(second, 'input.approval-by-input').first().inputValue()).resolves.toBe('和美社区党总支')
    await expect(shown(second, 'input.approval-number-input').first().inputValue()).resolves.toBe('和社党〔2026〕22号')
    await screenshot(second, 'nomination-steps-conflict')
    expect((await nominationNamed(SELF))?.approval).toMatchObject({ by: '和美社区党委', documentNo: '和社党〔2026〕21号' })
  } finally {
    await second.close()
  }
})
