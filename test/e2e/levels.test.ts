// Levels of organisation and the seed's words, in real Chromium against `npm start`: a
// 妇女小组's board shows 小组长 and 组员 (柳州 通知 一(七) "妇女小组设小组长1名，组员3-5名"), each
// level's board shows its own duties and never another level's (附件5 is the 村（社区）'s),
// the console quotes the seed's sentence after 依据 (附件1 二 for the demo village's longer
// hours), and a second 主席 is refused with the Chinese reason on the form.
import type { ActionOutput, GetBoardOutput } from '../../types'
import { callApi, devToken } from './support/api'
import { screenshot } from './support/browser'
import { logIn, shown, withHostAndPhones } from './support/journey'
import { pollUntil } from './support/poll'

jest.setTimeout(600_000)

// several builds may share this machine: give the first build time
const stage = withHostAndPhones(1, { readyTimeoutMs: 480_000 })
const [phone] = stage.phones

const board = (code: string) => callApi<GetBoardOutput>(stage.host.url, 'board', 'get', { code })
const openBoard = async (code: string) => {
  await phone.page.goto(`${stage.host.url}/#/pages/board/index?scene=${code}`)
  await shown(phone.page, '.board-members').first().waitFor({ timeout: 60_000 })
}

test('a 妇女小组 shows 小组长 and 组员, no 主席 or 执委, and no borrowed duties', async () => {
  const { page } = phone
  await openBoard('demo-community-g1')
  const posts = await shown(page, '.member-post').allInnerTexts()
  expect(posts).toEqual(expect.arrayContaining(['小组长', '组员']))
  expect(posts.filter((p) => p === '小组长')).toHaveLength(1)
  expect(posts.filter((p) => p === '组员').length).toBeGreaterThanOrEqual(3)
  expect(posts).not.toContain('主席')
  expect(posts).not.toContain('执委')
  await expect(shown(page, '.duty-empty').first().innerText()).resolves.toContain('工作职责正在整理')
  await expect(page.locator('body').innerText()).resolves.not.toContain('落实上级妇联及村（社区）“两委”交办的各项工作任务')
  await screenshot(page, 'levels-group-board')
})

test('the 街道 shows the handbook’s duties of a 基层妇联, the 村 附件5’s, the 安置点 none it does not have', async () => {
  const { page } = phone
  await openBoard('demo-street')
  const street = await shown(page, '.duty__text').allInnerTexts()
  expect(street[0]).toContain('组织妇女学习习近平新时代中国特色社会主义思想')
  expect(street.join('')).not.toContain('落实上级妇联及村（社区）“两委”交办')
  await openBoard('demo-village')
  await expect(shown(page, '.duty__text').allInnerTexts()).resolves.toContain('落实上级妇联及村（社区）“两委”交办的各项工作任务，研究决策本地区妇女工作重大事项。')
  await openBoard('demo-resettlement')
  expect((await board('demo-resettlement')).board.level).toBe('resettlement')
  await shown(page, '.duty-empty').first().waitFor()
  await expect(shown(page, '.duty-empty').count()).resolves.toBe(1)
  await screenshot(page, 'levels-resettlement-board')
})

test('the console quotes 附件1 二 word for word under the demo village’s hours warning', async () => {
  const { page } = phone
  await logIn(page, stage.host.url, 'demo-street-chair', { fresh: true })
  const villageId = (await board('demo-village')).board.orgId
  await page.goto(`${stage.host.url}/#/staff/pages/org/index?orgId=${villageId}`)
  const warning = shown(page, '.rule-warning--hoursDiffer').first()
  await warning.waitFor({ timeout: 60_000 })
  await expect(warning.innerText()).resolves.toContain('08:30—12:00、14:30—18:00')
  await expect(warning.locator('.rule-warning__rule').innerText()).resolves.toBe(
    '依据：《重庆市妇联关于实施“妇女之家”规范化建设的工作方案》附件1 二“除法定节假日，上午9:00—12:00，下午14:00—17:00定时开放”',
  )
  // the header's pill counts the team only (队伍), the list below every warning: a chair must not read them as the same count
  const teamCount = Number((await shown(page, '.completeness__note').first().innerText()).match(/队伍 (\d+) 项待完善/)?.[1])
  const listed = await shown(page, '.console-warnings .rule-warning').count()
  expect(teamCount).toBeGreaterThan(0)
  expect(listed).toBeGreaterThan(teamCount)
  await screenshot(page, 'levels-village-hours-warning')
})

test('a second 主席 is refused on the member form with the Chinese reason naming the chair in office', async () => {
  const { page } = phone
  const token = await devToken(stage.host.url, 'demo-chair')
  const orgId = (await board('demo-community')).board.orgId
  const view = await callApi<ActionOutput<'org', 'get'>>(stage.host.url, 'org', 'get', { orgId }, token)
  const chair = view.members.find((m) => m.post === 'chair' && m.status === 'active')
  await logIn(page, stage.host.url, 'demo-chair', { fresh: true })
  await page.goto(`${stage.host.url}/#/staff/pages/member-edit/index?orgId=${orgId}`)
  await shown(page, '.member-form').first().waitFor({ timeout: 60_000 })
  await shown(page, 'input.member-name-input').first().fill('周新芳')
  await shown(page, '.member-form .choice')
    .filter({ hasText: /^主席$/ })
    .first()
    .click()
  await shown(page, '.save-button').first().click()
  const reason = `本会已有主席${chair?.name}，主席只能有一位`
  await expect(
    pollUntil(
      () => page.locator('body').innerText(),
      (text) => text.includes(reason),
    ),
  ).resolves.toContain(reason)
  await screenshot(page, 'levels-second-chair-refused')
  const after = await callApi<ActionOutput<'org', 'get'>>(stage.host.url, 'org', 'get', { orgId }, token)
  expect(after.members.filter((m) => m.post === 'chair' && m.status === 'active')).toHaveLength(1)
})
