// 议事 from collection to published outcome, in real Chromium against `npm start`:
// demo-resident raises a topic from the board and seconds another; demo-chair accepts
// hers, calls a meeting, records attendance and the decision on another phone (the
// meeting comes from the server, 议事会议), and publishes feedback;
// the resident then sees the outcome on the topic page (and the board's 议事成果), and
// every notification she was sent in her 消息 list.
import type { Page } from 'playwright-core'
import type { GetBoardOutput } from '../../types'
import { callApi, devToken } from './support/api'
import { launchPhone, screenshot } from './support/browser'
import { freshGoto, logIn, shown, withHostAndPhones } from './support/journey'
import { pollUntil } from './support/poll'

jest.setTimeout(300_000)

const ORG = 'demo-community'
const TITLE = '小区儿童游乐场缺少遮阳棚'
const OTHER = '希望开设周末妇女健康讲座'
const FEEDBACK = '街道已同意出资，下月开工安装遮阳棚'
const DECISION = '向社区两委申请经费安装遮阳棚'
const stage = withHostAndPhones(2)
const [resident, chair] = stage.phones
let orgId = ''
let myTopicId = ''
let otherTopicId = ''

type Topic = { _id: string; state: string; secondCount: number; version: number; meetingId: string | null }

beforeAll(async () => {
  orgId = (await callApi<GetBoardOutput>(stage.host.url, 'board', 'get', { code: ORG })).board.orgId
})

const getTopic = async (topicId: string, openid = 'demo-chair') =>
  (await callApi<{ topic: Topic }>(stage.host.url, 'topics', 'get', { topicId }, await devToken(stage.host.url, openid))).topic

/** Another woman's topic, entered and accepted through the API: the one she seconds. */
async function acceptedOtherTopic(): Promise<string> {
  const member = await devToken(stage.host.url, 'demo-member')
  const payload = {
    orgId,
    title: OTHER,
    problem: '社区里中老年妇女缺少健康知识的来源',
    proposal: '',
    category: 'publicService',
    channel: 'online',
    name: '张女士',
    anonymous: false,
    onBehalfOf: '',
  }
  const { topic } = await callApi<{ topic: Topic }>(stage.host.url, 'topics', 'submit', payload, member)
  const chairToken = await devToken(stage.host.url, 'demo-chair')
  await callApi(stage.host.url, 'topics', 'review', { topicId: topic._id, version: topic.version, decision: { kind: 'accept' } }, chairToken)
  return topic._id
}

test('demo-resident raises a topic from the board; a missing field is shown next to it', async () => {
  const { page } = resident
  otherTopicId = await acceptedOtherTopic()
  await logIn(page, stage.host.url, 'demo-resident')
  await page.goto(`${stage.host.url}/#/pages/board/index?scene=${ORG}`)
  await shown(page, '.topics-button').first().click()
  await shown(page, '.topic-row').filter({ hasText: OTHER }).first().waitFor()
  await shown(page, '.submit-topic-button').first().click()
  await shown(page, 'input.topic-title-input').first().fill(TITLE)
  await shown(page, '.save-button').first().click()
  await expect(shown(page, '.form-field--problem .field-error').first().innerText()).resolves.toContain('问题描述')
  await shown(page, 'textarea.topic-problem-input').first().fill('夏天中午游乐场滑梯烫手，孩子们没法玩，老人也没有地方遮阳')
  await shown(page, 'textarea.topic-proposal-input').first().fill('在游乐场上方加装遮阳棚')
  await shown(page, '.topic-category .choice').filter({ hasText: '儿童关爱' }).first().click()
  await shown(page, 'input.topic-name-input').first().fill('5号楼刘女士')
  await shown(page, '.anonymous-toggle').first().click()
  await shown(page, '.save-button').first().click()
  await shown(page, '.topic-page .topic-notice').first().waitFor()
  await expect(shown(page, '.topic-page').first().innerText()).resolves.toContain('待审核')
  myTopicId = new URL(page.url().replace('/#/', '/')).searchParams.get('topicId') ?? ''
  expect(myTopicId).not.toBe('')
  await screenshot(page, 'topics-submitted')
})

test('she seconds the other topic once, and sees her own under 我提的议题', async () => {
  const { page } = resident
  await page.goto(`${stage.host.url}/#/topics/pages/list/index?orgId=${orgId}`)
  await shown(page, '.topic-row').filter({ hasText: OTHER }).first().click()
  await shown(page, '.second-button').first().click()
  await shown(page, '.topic-second__done').first().waitFor()
  await expect(shown(page, '.topic-second__count').first().innerText()).resolves.toContain('1 人附议')
  expect((await getTopic(otherTopicId)).secondCount).toBe(1)
  await page.goto(`${stage.host.url}/#/topics/pages/mine/index?orgId=${orgId}`)
  await expect(shown(page, '.topic-row').filter({ hasText: TITLE }).first().innerText()).resolves.toContain('待审核')
})

/**
 * Opens a page as a fresh load: a hash change alone lets Taro's H5 router reuse a page
 * kept in its stack. (A form that goes back after saving is waited for first: its
 * history.back() would otherwise land on top of the next navigation.)
 */
async function openChairTopic(page: Page): Promise<void> {
  await freshGoto(page, `${stage.host.url}/#/staff/pages/org/index?orgId=${orgId}`)
  await shown(page, '.console-tile--topics').first().click()
  await shown(page, '.console-topic').filter({ hasText: TITLE }).first().click()
  await shown(page, '.chair-topic-page').first().waitFor()
}

test('demo-chair accepts it and puts it on a meeting’s agenda', async () => {
  const { page } = chair
  await logIn(page, stage.host.url, 'demo-chair')
  await openChairTopic(page)
  await expect(shown(page, '.chair-topic-page').first().innerText()).resolves.toContain('5号楼刘女士')
  await shown(page, '.accept-topic-button').first().click()
  await pollUntil(
    () => getTopic(myTopicId),
    (topic) => topic.state === 'accepted',
  )
  await shown(page, '.schedule-meeting-button').first().click()
  await shown(page, 'input.meeting-time-input').first().fill('00:00')
  await shown(page, 'input.meeting-host-input').first().fill('王秀英')
  await shown(page, '.meeting-invited .choice').first().click()
  await shown(page, 'input.meeting-guests-input').first().fill('社区书记李明')
  await shown(page, '.meeting-topics .choice').filter({ hasText: TITLE }).first().click()
  await screenshot(page, 'topics-meeting-form')
  await shown(page, '.save-button').first().click()
  // the form goes back by itself once saved; let it, before the next test navigates
  await page.waitForURL((url) => !url.hash.includes('meeting-new'))
  const topic = await pollUntil(
    () => getTopic(myTopicId),
    (t) => t.state === 'scheduled',
  )
  expect(topic.meetingId).not.toBeNull()
})

test('on another phone she opens the meeting from 议事会议, records attendance and the decision, then publishes feedback', async () => {
  await chair.context.close()
  Object.assign(chair, await launchPhone())
  const { page } = chair
  await logIn(page, stage.host.url, 'demo-chair')
  await freshGoto(page, `${stage.host.url}/#/staff/pages/org/index?orgId=${orgId}`)
  await shown(page, '.console-tile--topics').first().click()
  await shown(page, '.meetings-button').first().click()
  await shown(page, '.meeting-row').filter({ hasText: TITLE }).first().click()
  await shown(page, '.attendance-choice').first().waitFor()
  await expect(shown(page, '.meeting-header').first().innerText()).resolves.toContain('社区书记李明')
  await screenshot(page, 'topics-meeting-record')
  await shown(page, 'textarea.record-discussion-input').first().fill('大家认为遮阳棚确有必要，费用可向社区申请')
  await shown(page, 'textarea.record-decision-input').first().fill(DECISION)
  await shown(page, 'input.record-owner-input').first().fill('王秀英')
  await shown(page, '.save-button').first().click()
  await page.waitForURL((url) => !url.hash.includes('meeting-record'))
  await pollUntil(
    () => getTopic(myTopicId),
    (t) => t.state === 'decided',
  )
  // the minutes are kept: 议事会议 → 已记录 opens them
  await freshGoto(page, `${stage.host.url}/#/staff/pages/meetings/index?orgId=${orgId}`)
  await shown(page, '.meeting-status .choice').filter({ hasText: '已记录' }).first().click()
  await shown(page, '.meeting-row').filter({ hasText: TITLE }).first().click()
  await expect(shown(page, '.meeting-minutes').first().innerText()).resolves.toContain(DECISION)
  await screenshot(page, 'topics-meeting-minutes')
  await openChairTopic(page)
  await shown(page, '.advance-kind .choice').filter({ hasText: '反馈' }).first().click()
  await shown(page, 'textarea.advance-text-input').first().fill(FEEDBACK)
  await shown(page, '.advance-topic-button').first().click()
  expect(
    (
      await pollUntil(
        () => getTopic(myTopicId),
        (t) => t.state === 'feedbackPublished',
      )
    ).state,
  ).toBe('feedbackPublished')
})

test('the resident sees the decision and the feedback, and her topic heads the board’s 议事成果', async () => {
  const { page } = resident
  await freshGoto(page, `${stage.host.url}/#/topics/pages/detail/index?topicId=${myTopicId}`)
  await shown(page, '.topic-outcome').first().waitFor()
  const text = await shown(page, '.topic-page').first().innerText()
  expect(text).toContain(DECISION)
  expect(text).toContain(FEEDBACK)
  expect(text).toContain('对外不公开姓名')
  const { topic: seenByOthers } = await callApi<{ topic: { submitterName: string | null } }>(stage.host.url, 'topics', 'get', { topicId: myTopicId })
  expect(seenByOthers.submitterName).toBeNull()
  await screenshot(page, 'topics-outcome')
  const { board } = await callApi<GetBoardOutput>(stage.host.url, 'board', 'get', { code: ORG })
  const boardTopics = (board as { topics?: { id: string; title: string }[] }).topics
  if (boardTopics) {
    await page.goto(`${stage.host.url}/#/pages/board/index?scene=${ORG}`)
    await page.reload()
    const section = await shown(page, '.board-topics').first().innerText()
    for (const topic of boardTopics.slice(0, 3)) expect(section).toContain(topic.title)
    // the latest changed topic heads 议事成果
    expect(boardTopics[0].id).toBe(myTopicId)
    expect(section).toContain(TITLE)
    await screenshot(page, 'topics-board-outcomes')
  }
})

test('her 消息 list, reached from 我的, shows what she was told at each step; a message opens its topic', async () => {
  const { page } = resident
  await freshGoto(page, `${stage.host.url}/#/pages/me/index`)
  await shown(page, '.me-messages-button').first().click()
  const about = shown(page, '.message-row').filter({ hasText: TITLE })
  await about.filter({ hasText: '已反馈' }).first().waitFor()
  const statuses = await about.locator('.message-row__status').allInnerTexts()
  expect(statuses).toEqual(['已反馈', '已议定', '已列入议程', '已立项', '待审核'])
  await screenshot(page, 'topics-messages')
  await about.filter({ hasText: '已反馈' }).first().click()
  await shown(page, '.topic-page .topic-outcome').first().waitFor()
  expect(page.url()).toContain(myTopicId)
})
