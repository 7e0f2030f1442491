// What hangs on the 妇女之家 wall, in real Chromium against `npm start`. 001 6.1.3: "人员构成、
// 工作职责、主要制度、联系（监督）电话等上墙公开。" and 002 第七条 亮职责 "将本级妇联工作职责、年度工作计划、
// 本人工作任务告知妇女群众": demo-chair sets the 监督电话 (a wrong number is refused in Chinese
// under its field), adds a 制度 to the wall's list and writes the 年度工作计划 with its year in
// 基本信息; the public board and the printed poster then show all three. And 亮成效 (002 第七条
// "工作活动开展后，及时公布成效及群众满意度。"): a resident who seconded a topic rates its published
// outcome on the topic page, once, and the board's 群众满意度 shows the count once five have rated.
import type { GetBoardOutput } from '../../types'
import { callApi, devToken } from './support/api'
import { screenshot } from './support/browser'
import { fillKept, freshGoto, logIn, shown, withHostAndPhones } from './support/journey'
import { pollUntil } from './support/poll'

jest.setTimeout(600_000)

const ORG = 'demo-community'
const PHONE = '023-68869999'
const RULE = '执委轮值制度'
const PLAN = '全年开展四次家庭教育讲座，每季度召开一次妇女议事会。'
// other builds may share this machine: give the first build time
const stage = withHostAndPhones(1, { readyTimeoutMs: 480_000 })
const [phone] = stage.phones
let orgId = ''

const board = () => callApi<GetBoardOutput>(stage.host.url, 'board', 'get', { code: ORG })

beforeAll(async () => {
  orgId = (await board()).board.orgId
  await logIn(phone.page, stage.host.url, 'demo-chair')
})

const tapSave = () => shown(phone.page, '.save-button').first().click()

test('the chair sets the 监督电话, a 制度 and the 年度工作计划 in 基本信息; a wrong number is refused in Chinese', async () => {
  const { page } = phone
  await freshGoto(page, `${stage.host.url}/#/staff/pages/org-info/index?orgId=${orgId}`)
  // the demo starts with the four 制度 the Chongqing plan puts on the wall
  await shown(page, '.wall-rule-input').first().waitFor()
  await expect(shown(page, '.wall-rule-input').count()).resolves.toBe(4)
  await fillKept(page, shown(page, '.supervision-phone-input').first(), '12345')
  await tapSave()
  const error = shown(page, '.form-field--supervisionPhone .field-error').first()
  await error.waitFor()
  await expect(error.innerText()).resolves.toBe('监督电话：请填写正确的手机号或座机号（如 13812345678 或 023-12345678）')
  await fillKept(page, shown(page, '.supervision-phone-input').first(), PHONE)
  await shown(page, '.wall-rules-editor__add').first().click()
  // the fifth field, once it is there (the last of four would take the text otherwise)
  await pollUntil(
    () => shown(page, '.wall-rule-input').count(),
    (count) => count === 5,
  )
  await fillKept(page, shown(page, '.wall-rule-input').last(), RULE)
  await fillKept(page, shown(page, '.plan-year-input').first(), '2026')
  await fillKept(page, shown(page, '.plan-text-input').first(), PLAN)
  await tapSave()
  // saved: the form reloads with what was stored, so there is nothing left to save
  await expect(
    pollUntil(
      () => shown(page, '.save-button').first().innerText(),
      (text) => text === '没有修改',
    ),
  ).resolves.toBe('没有修改')
  await expect(shown(page, '.field-error').count()).resolves.toBe(0)
  await screenshot(page, 'wall-org-info')
  const saved = (await board()).board
  expect(saved).toMatchObject({ supervisionPhone: PHONE, annualPlan: { year: 2026, text: PLAN } })
  expect(saved.wallRules).toEqual(['“妇女之家”日常管理制度', '“妇女之家”活动“六个有”制度', '妇联执委“七个一”联系制度', '妇联执委议事制度', RULE])
})

test('the public board shows the plan with its year, the 制度 by name and the 监督电话 to call', async () => {
  const { page } = phone
  await freshGoto(page, `${stage.host.url}/#/pages/board/index?scene=${ORG}`)
  const plan = shown(page, '.board-plan').first()
  await plan.waitFor()
  await expect(plan.innerText()).resolves.toContain('2026年')
  await expect(plan.innerText()).resolves.toContain(PLAN)
  const wall = shown(page, '.board-wall').first()
  await expect(wall.innerText()).resolves.toContain(`《${RULE}》`)
  await expect(wall.innerText()).resolves.toContain('《妇联执委议事制度》')
  await expect(shown(page, '.board-wall__phone').first().innerText()).resolves.toContain(PHONE)
  await expect(shown(page, '.board-wall__phone .call-button').first().innerText()).resolves.toBe('拨打监督电话')
  await wall.scrollIntoViewIfNeeded()
  await screenshot(page, 'wall-board')
})

test('the printed poster shows the 制度 and the 监督电话', async () => {
  const { page } = phone
  await freshGoto(page, `${stage.host.url}/#/staff/pages/poster/index?orgId=${orgId}&size=A4`)
  const wall = shown(page, '.poster-sheet--A4 .poster-wall').first()
  await wall.waitFor()
  await expect(wall.innerText()).resolves.toContain(`《${RULE}》`)
  await expect(shown(page, '.poster-wall__phone').first().innerText()).resolves.toBe(`监督电话：${PHONE}`)
  await screenshot(page, 'wall-poster')
})

/** A resident's topic taken by API through review, a meeting, its record and published feedback, seconded by `seconders`. */
async function ratedTopicReady(title: string, seconders: string[]): Promise<string> {
  const url = stage.host.url
  const chair = await devToken(url, 'demo-chair')
  const submitted = {
    orgId,
    title,
    problem: `${title}，姐妹们反映了很久。`,
    proposal: '',
    category: 'publicService',
    channel: 'online',
    name: '郑女士',
    anonymous: false,
    onBehalfOf: '',
  }
  const { topic } = await callApi<{ topic: { _id: string; version: number } }>(url, 'topics', 'submit', submitted, await devToken(url, 'demo-resident'))
  await callApi(url, 'topics', 'review', { topicId: topic._id, version: topic.version, decision: { kind: 'accept' } }, chair)
  for (const openid of seconders) await callApi(url, 'topics', 'second', { topicId: topic._id }, await devToken(url, openid))
  const startsAt = new Date(Date.now() - 3_600_000).toISOString()
  const meetingPayload = { orgId, form: 'walkabout', startsAt, place: '3栋楼下', host: '王桂芳', invitedMemberIds: [], representatives: [], guests: [], topicIds: [topic._id] }
  const { meeting } = await callApi<{ meeting: { _id: string; version: number } }>(url, 'topics', 'scheduleMeeting', meetingPayload, chair)
  const records = [{ topicId: topic._id, discussion: '走访了十户，大家都赞成', decision: `办理：${title}`, owner: '王桂芳', dueDate: null }]
  await callApi(url, 'topics', 'recordMeeting', { meetingId: meeting._id, version: meeting.version, attendance: [], records }, chair)
  const decided = await callApi<{ topic: { version: number } }>(url, 'topics', 'get', { topicId: topic._id }, chair)
  await callApi(url, 'topics', 'advance', { topicId: topic._id, version: decided.topic.version, step: { kind: 'publishFeedback', feedback: '楼道灯已全部换好' } }, chair)
  return topic._id
}

test('a resident who seconded rates the published outcome once on its page; the board shows 群众满意度 from five ratings', async () => {
  const { page } = phone
  const neighbours = ['e2e-neighbour-1', 'e2e-neighbour-2', 'e2e-neighbour-3', 'e2e-neighbour-4']
  const topicId = await ratedTopicReady('3栋楼道灯坏了', ['demo-resident', ...neighbours])
  for (const openid of neighbours) await callApi(stage.host.url, 'topics', 'rateOutcome', { topicId, rating: 'satisfied' }, await devToken(stage.host.url, openid))
  // four ratings: the board says nothing of their levels
  expect((await board()).board.satisfaction?.topics).toEqual({ rated: 'few', satisfied: 'hidden', fair: 'hidden', unsatisfied: 'hidden' })
  await logIn(page, stage.host.url, 'demo-resident')
  await freshGoto(page, `${stage.host.url}/#/topics/pages/detail/index?topicId=${topicId}`)
  await shown(page, '.topic-rating__ask').first().waitFor()
  await shown(page, '.rate-button--fair').first().click()
  const done = shown(page, '.topic-rating__done').first()
  await done.waitFor()
  await expect(done.innerText()).resolves.toBe('您对结果的评价：基本满意')
  await screenshot(page, 'wall-topic-rated')
  await freshGoto(page, `${stage.host.url}/#/pages/board/index?scene=${ORG}`)
  const row = shown(page, '.board-satisfaction .satisfaction-row').first()
  await row.waitFor()
  const text = await row.innerText()
  expect(text).toContain('共 5 人评价')
  expect(text).toContain('少于5人')
  expect(text).not.toContain('e2e-neighbour')
  await row.scrollIntoViewIfNeeded()
  await screenshot(page, 'wall-board-satisfaction')
})
