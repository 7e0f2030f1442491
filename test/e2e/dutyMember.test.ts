// 执委履职, the member's journey in real Chromium against `npm start`: demo-member opens 我的履职
// from her 工作台, logs three entries with 记一笔 (a 联系, a 宣讲, a 建议) and sees her 七个一 move
// (002 附件2); turns the 建议 into a 议事 topic in one tap (the topic exists, channel 执委走访, and
// the entry records it); files a help request from a 帮扶 entry (代为登记求助, the existing
// consent step; the entry records the case); opens 一本记录 and prints it (print media: the
// entries are on the page, the toolbar is not); and at 特大字 (1.6×) 我的履职 and 记一笔 still fit
// the phone, no button's text cut.
import type { Page } from 'playwright-core'
import type { GetBoardOutput } from '../../types'
import { callApi, devToken } from './support/api'
import { screenshot } from './support/browser'
import { freshGoto, logIn, shown, withHostAndPhones } from './support/journey'
import { pollUntil } from './support/poll'

jest.setTimeout(300_000)

const ORG = 'demo-community'
const NOTES = {
  contact: '走访5栋三户，了解带娃妈妈的难处',
  talk: '在妇女之家讲家庭教育促进法',
  proposal: '5栋的妈妈们希望社区服务中心设一间母婴室，方便带孩子办事',
  help: '看望6栋生病的李大姐一家，送去米和油',
} as const
const stage = withHostAndPhones(1)
const [member] = stage.phones
let orgId = ''

interface Entry {
  _id: string
  kind: string
  note: string
  date: string
  links: { topicId: string | null; requestId: string | null }
}

beforeAll(async () => {
  orgId = (await callApi<GetBoardOutput>(stage.host.url, 'board', 'get', { code: ORG })).board.orgId
  await logIn(member.page, stage.host.url, 'demo-member')
})

/** "done/minimum" of one duty on 我的履职, once the summary is shown. */
async function doneOf(page: Page, key: string): Promise<number> {
  const text = await shown(page, `.duty-row--${key} .duty-row__count`).first().innerText()
  return Number(text.split('/')[0])
}

async function logEntry(page: Page, kind: string, note: string, women: string): Promise<void> {
  await shown(page, '.duty-log-button').first().click()
  await shown(page, '.duty-kind .choice').filter({ hasText: kind }).first().click()
  await shown(page, '.duty-way .choice').filter({ hasText: '入户走访' }).first().click()
  await shown(page, '.duty-women-input').first().fill(women)
  await shown(page, '.duty-note-input').first().fill(note)
  await shown(page, '.save-button').first().click()
  // back on 我的履职, the new entry in this quarter's list
  await shown(page, '.duty-entry-row').filter({ hasText: note }).first().waitFor()
}

const myEntries = async () =>
  (await callApi<{ items: Entry[] }>(stage.host.url, 'org', 'listDutyEntries', { orgId, period: 'quarter', limit: 50 }, await devToken(stage.host.url, 'demo-member'))).items

test('demo-member logs three entries from 我的履职 and sees her 七个一 change', async () => {
  const { page } = member
  await page.goto(`${stage.host.url}/#/staff/pages/home/index`)
  await shown(page, '.place-card__duty').first().click()
  await shown(page, '.duty-row--talk').first().waitFor()
  const before = { contact: await doneOf(page, 'contact'), talk: await doneOf(page, 'talk'), proposal: await doneOf(page, 'proposal'), record: await doneOf(page, 'record') }

  await logEntry(page, '联系/走访谈心', NOTES.contact, '3')
  await logEntry(page, '宣讲', NOTES.talk, '12')
  await logEntry(page, '建议', NOTES.proposal, '4')

  await pollUntil(
    () => doneOf(page, 'talk'),
    (talk) => talk === before.talk + 1,
  )
  expect(await doneOf(page, 'contact')).toBe(before.contact + 1)
  expect(await doneOf(page, 'proposal')).toBe(before.proposal + 1)
  expect(await doneOf(page, 'record')).toBe(before.record + 3)
  await expect(shown(page, '.duty-row--talk .duty-row__status').first().innerText()).resolves.toBe('已完成')
  await expect(shown(page, '.duty-row--talk .duty-row__quote').first().innerText()).resolves.toContain('执委每季度向联系的妇女群众开展1次宣讲活动')
  await screenshot(page, 'duty-member-summary')
  const kinds = (await myEntries()).filter((entry) => Object.values(NOTES).includes(entry.note as never)).map((entry) => entry.kind)
  expect(kinds.sort()).toEqual(['contact', 'proposal', 'talk'])
})

test('she turns her 建议 into a 议事 topic in one tap: channel 执委走访, the entry records it', async () => {
  const { page } = member
  await shown(page, '.duty-entry-row').filter({ hasText: NOTES.proposal }).first().click()
  await shown(page, '.duty-topic-button').first().click()
  await shown(page, '.duty-topic-open').first().waitFor()
  await screenshot(page, 'duty-member-topic')

  const entry = (await myEntries()).find((candidate) => candidate.note === NOTES.proposal)
  expect(entry?.links.topicId).toBeTruthy()
  const chair = await devToken(stage.host.url, 'demo-chair')
  const { topic } = await callApi<{ topic: { channel: string; problem: string; state: string } }>(stage.host.url, 'topics', 'get', { topicId: entry?.links.topicId }, chair)
  expect(topic).toMatchObject({ channel: 'visit', problem: NOTES.proposal, state: 'submitted' })
  // the kind of an entry that produced a topic stays: the server's reason is shown at the field
  await shown(page, '.duty-kind .choice').filter({ hasText: '调解' }).first().click()
  await shown(page, '.save-button').first().click()
  await expect(shown(page, '.form-field--kind .field-error').first().innerText()).resolves.toContain('这笔记录已转为议题，不能改成别的类型')
})

test('a 帮扶 entry opens 代为登记求助 with her consent date; filing it records the case on the entry', async () => {
  const { page } = member
  const today = new Date(Date.now() + 8 * 3600 * 1000).toISOString().slice(0, 10)
  const fields = { kind: 'help', date: today, way: 'visit', areaId: null, womenCount: 1, note: NOTES.help, photos: [], womenNames: '', activityId: null }
  const { entry } = await callApi<{ entry: Entry }>(stage.host.url, 'org', 'logDutyEntry', { orgId, fields }, await devToken(stage.host.url, 'demo-member'))
  await page.goto(`${stage.host.url}/#/staff/pages/duty-entry/index?orgId=${orgId}&entryId=${entry._id}&date=${entry.date}`)
  await shown(page, '.duty-request-button').first().click()
  await shown(page, '.filing-from-duty').first().waitFor()
  await shown(page, '.filing-age .choice').filter({ hasText: '18至59周岁' }).first().click()
  await shown(page, '.request-category .choice').filter({ hasText: '就业创业' }).first().click()
  await shown(page, '.request-description-input').first().fill('丈夫生病后家里没有收入，她想找一份能照顾孩子的工作')
  await shown(page, '.request-contact-channel .choice').filter({ hasText: '上门' }).first().click()
  await shown(page, '.save-button').first().click()
  await shown(page, '.request-filed__code').first().waitFor()
  const linked = (await myEntries()).find((candidate) => candidate._id === entry._id)
  expect(linked?.links.requestId).toBeTruthy()
})

test('一本记录: the year in date order under the 七个一, printed on A4', async () => {
  const { page } = member
  await page.goto(`${stage.host.url}/#/staff/pages/duty-book/index?orgId=${orgId}`)
  await shown(page, '.book-entry').filter({ hasText: NOTES.proposal }).first().waitFor()
  await shown(page, '.duty-row--record').first().waitFor()
  await page.emulateMedia({ media: 'print' })
  await screenshot(page, 'duty-member-book-print')
  const printed = await page.evaluate(() => ({
    text: (document.querySelector('.duty-book-page') as HTMLElement | null)?.innerText ?? '',
    toolbarShown: Array.from(document.querySelectorAll('.book-toolbar')).some((bar) => getComputedStyle(bar).display !== 'none'),
    dates: Array.from(document.querySelectorAll('.duty-book-page .book-entry__date')).map((date) => date.textContent ?? ''),
  }))
  for (const note of Object.values(NOTES)) expect(printed.text).toContain(note)
  expect(printed.text).toContain('执委工作记录册')
  expect(printed.toolbarShown).toBe(false)
  expect(printed.dates).toEqual([...printed.dates].sort())
  await page.emulateMedia({ media: 'screen' })
})

/** What does not fit the phone on the page shown: the page wider than the screen, or a button whose text is cut. */
async function misfits(page: Page): Promise<{ wide: string[]; clipped: string[] }> {
  // the page that slides in is wider than the screen until it has stopped
  await page.waitForFunction(() =>
    Array.from(document.querySelectorAll('.taro_page')).every((taroPage) => taroPage.getClientRects().length === 0 || Math.abs(taroPage.getBoundingClientRect().left) < 1),
  )
  return page.evaluate(() => {
    const visible = (element: Element) => element.getClientRects().length > 0
    const buttons = Array.from(document.querySelectorAll('.action-button, .choice, [class*="-button"]')).filter(visible)
    return {
      wide: Array.from(document.querySelectorAll('body *'))
        .filter((element) => visible(element) && element.getBoundingClientRect().right > document.documentElement.clientWidth + 1)
        .map((element) => `${element.tagName.toLowerCase()}.${Array.from(element.classList).join('.')}`),
      clipped: buttons
        .filter((button) => button.scrollWidth > button.clientWidth + 1 || button.scrollHeight > button.clientHeight + 1)
        .map((button) => (button.textContent ?? '').trim()),
    }
  })
}

test('at 特大字, 我的履职 and 记一笔 fit the phone', async () => {
  const { page } = member
  const chooseScale = async (label: string) => {
    await page.goto(`${stage.host.url}/#/pages/me/index`)
    await shown(page, '.me-font-scale .choice')
      .filter({ hasText: new RegExp(`^${label}$`) })
      .first()
      .click()
    await shown(page, '.me-font-scale .choice--on')
      .filter({ hasText: new RegExp(`^${label}$`) })
      .first()
      .waitFor()
  }
  await chooseScale('特大字')
  try {
    await freshGoto(page, `${stage.host.url}/#/staff/pages/duty/index?orgId=${orgId}`)
    await shown(page, '.duty-row--record').first().waitFor()
    await shown(page, '.duty-entry-row').first().waitFor()
    expect(await misfits(page)).toEqual({ wide: [], clipped: [] })
    await screenshot(page, 'duty-member-large-font')
    await shown(page, '.duty-log-button').first().click()
    await shown(page, '.duty-kind .choice').first().waitFor()
    expect(await misfits(page)).toEqual({ wide: [], clipped: [] })
    await screenshot(page, 'duty-member-entry-large-font')
  } finally {
    await chooseScale('标准')
  }
})
