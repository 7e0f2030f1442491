// What hangs on the 妇女之家 wall, in real Chromium against `npm start`. 001 6.1.3: "人员构成、
// 工作职责、主要制度、联系（监督）电话等上墙公开。" and 002 第七条 亮职责 "将本级妇联工作职责、年度工作计划、
// 本人工作任务告知妇女群众": demo-chair sets the 监督电话 (a wrong number is refused in Chinese
// under its field), adds a 制度 to the wall's list and writes the 年度工作计划 with its year in
// 基本信息; the public board and the printed poster then show all three.
import type { GetBoardOutput } from '../../types'
import { callApi } from './support/api'
import { screenshot } from './support/browser'
import { freshGoto, logIn, shown, withHostAndPhones } from './support/journey'
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
  await expect(shown(page, '.wall-rule-input').count()).resolves.toBe(4)
  await shown(page, '.supervision-phone-input').first().fill('12345')
  await tapSave()
  const error = shown(page, '.form-field--supervisionPhone .field-error').first()
  await error.waitFor()
  await expect(error.innerText()).resolves.toBe('监督电话：请填写正确的手机号或座机号（如 13812345678 或 023-12345678）')
  await shown(page, '.supervision-phone-input').first().fill(PHONE)
  await shown(page, '.wall-rules-editor__add').first().click()
  await shown(page, '.wall-rule-input').last().fill(RULE)
  await shown(page, '.plan-year-input').first().fill('2026')
  await shown(page, '.plan-text-input').first().fill(PLAN)
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
