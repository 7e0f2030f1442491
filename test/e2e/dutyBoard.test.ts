// 履职成效 on the public board, in real Chromium against `npm start`. 002 第七条 (重庆市基层妇联执委
// 履职制度): "亮成效，工作活动开展后，及时公布成效及群众满意度。" Members log their work through the
// API as the app would; the board a resident opens then shows this quarter's and this year's
// counts of the federation's own members, and a count of women under 5 as 少于5.
import type { GetBoardOutput } from '../../types'
import { callApi, devToken } from './support/api'
import { screenshot } from './support/browser'
import { freshGoto, shown, withHostAndPhones } from './support/journey'
import { pollUntil } from './support/poll'

jest.setTimeout(600_000)

// other builds may share this machine: give the first build time
const stage = withHostAndPhones(1, { readyTimeoutMs: 480_000 })
const [phone] = stage.phones

const board = (code: string) => callApi<GetBoardOutput>(stage.host.url, 'board', 'get', { code })

/** Today in Beijing, as the host dates an entry. */
const today = () => new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10)

async function logEntry(openid: string, code: string, kind: string, womenCount: number): Promise<void> {
  const { orgId } = (await board(code)).board
  const fields = { kind, date: today(), way: 'faceToFace', areaId: null, womenCount, note: '', photos: [], womenNames: '', activityId: null }
  await callApi(stage.host.url, 'org', 'logDutyEntry', { orgId, fields }, await devToken(stage.host.url, openid))
}

/** Opens the board afresh until its 履职成效 section reads as `accept` wants; returns the section's text. */
function sectionText(code: string, accept: (text: string) => boolean): Promise<string> {
  return pollUntil(async () => {
    await freshGoto(phone.page, `${stage.host.url}/#/pages/board/index?scene=${code}`)
    const section = shown(phone.page, '.board-duty-results').first()
    await section.waitFor()
    return section.innerText()
  }, accept)
}

/** One figure of this quarter as the page shows it, e.g. "2 场". */
const quarterFigure = (key: string) => shown(phone.page, `.duty-results__period--quarter .duty-results__row--${key} .duty-results__count`).first().innerText()

test('a member’s 宣讲 and 帮扶 show on her federation’s board this quarter and this year', async () => {
  const code = 'demo-community'
  const before = (await board(code)).dutyResults!.quarter.figures
  await logEntry('demo-member', code, 'talk', 25)
  await logEntry('demo-member', code, 'talk', 12)
  await logEntry('demo-member', code, 'help', 1)
  const after = (await board(code)).dutyResults!
  expect(after.quarter.figures).toMatchObject({ entries: before.entries + 3, talks: before.talks + 2, helps: before.helps + 1 })
  const text = await sectionText(code, (read) => !read.includes('本季度还没有履职记录'))
  expect(text).toContain(`本季度（${after.quarter.label}）`)
  expect(text).toContain(`今年（${after.year.label}）`)
  await expect(quarterFigure('talk')).resolves.toBe(`${before.talks + 2} 场`)
  await expect(quarterFigure('help')).resolves.toBe(`${before.helps + 1} 次`)
  await shown(phone.page, '.board-duty-results').first().scrollIntoViewIfNeeded()
  await screenshot(phone.page, 'duty-board-community')
})

test('a 街道 with nothing recorded says so; a 走访联系 of 3 women then reads 少于5, never 3', async () => {
  const code = 'demo-street'
  // the street's own members have recorded nothing this quarter in the demo
  expect((await board(code)).dutyResults!.quarter.figures).toMatchObject({ entries: 0, contactWomen: 0 })
  await sectionText(code, (read) => read.includes('本季度还没有履职记录'))
  await expect(shown(phone.page, '.duty-results__period--quarter').first().innerText()).resolves.toContain('本季度还没有履职记录')
  await expect(shown(phone.page, '.duty-results__period--quarter .duty-results__row').count()).resolves.toBe(0)
  await logEntry('demo-street-chair', code, 'contact', 3)
  expect((await board(code)).dutyResults!.quarter.figures.contactWomen).toBe('few')
  const text = await sectionText(code, (read) => !read.includes('本季度还没有履职记录'))
  await expect(quarterFigure('contact')).resolves.toBe('少于5 人次')
  expect(text).not.toMatch(/(^|\D)3 人次/)
  await shown(phone.page, '.board-duty-results').first().scrollIntoViewIfNeeded()
  await screenshot(phone.page, 'duty-board-few')
})
