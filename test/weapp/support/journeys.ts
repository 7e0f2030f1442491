// The three journeys of the headless weapp run, each a function that throws when the
// mini-program does not do what a resident needs, so that a test can run it on the real
// build and on a deliberately broken copy of it.
import fs from 'node:fs'
import path from 'node:path'
import type { GetBoardOutput } from '../../../types/board'
import { POST_LABEL } from '../../../types/enums'
import { consentClauses } from '../../../src/help/lib/consent'
import type { Backend } from './backend'
import type { MiniProgram, PageInstance } from './miniProgram'
import { byClass, hasClass, textOf, type TaroNode } from './tree'

export const ROOT = path.resolve(__dirname, '..', '..', '..')
export const DIST = path.join(ROOT, 'dist', 'weapp')
export const BOARD_ROUTE = 'pages/board/index'
export const FIND_MEMBER_ROUTE = 'resident/pages/find-member/index'
export const INTAKE_ROUTE = 'help/pages/intake/index'

/** Asks the back end directly (not through the page) what it answers. */
export async function answerOf<T>(backend: Backend, name: string, action: string, payload: unknown): Promise<T> {
  const reply = (await backend.call(name, { action, payload, requestId: `direct-${action}-${Date.now()}` })) as { ok: boolean; data?: T; error?: unknown }
  if (!reply.ok) throw new Error(`${name}.${action} refused: ${JSON.stringify(reply.error)}`)
  return reply.data as T
}

function one(root: TaroNode, className: string, where: string): TaroNode {
  const found = byClass(root, className)
  if (found.length !== 1) throw new Error(`expected one .${className} on ${where}, found ${found.length}`)
  return found[0]
}

/** The node of class `className` whose text (or a descendant `.${textClass}`'s text) is `text`. */
function nodeWithText(root: TaroNode, className: string, text: string, textClass?: string): TaroNode | undefined {
  return byClass(root, className).find((node) => (textClass ? byClass(node, textClass).some((inner) => textOf(inner) === text) : textOf(node) === text))
}

const onPage = (mp: MiniProgram, route: string) => (mp.currentPage()?.route === route ? (mp.currentPage() as PageInstance) : null)

/**
 * Journey 1: the board a QR code opens (its scene URL-encoded, as WeChat passes it). What
 * the page handed to setData — its data tree is built from nothing else — holds one
 * member card per member board.get lists, with her name and post, and no one else.
 */
export async function boardShowsEveryMember(mp: MiniProgram, page: PageInstance, expected: GetBoardOutput, timeoutMs = 10_000): Promise<void> {
  const { board } = expected
  await mp.settle(timeoutMs)
  const cards = await mp.waitFor(
    `${board.members.length} member cards on ${page.route}`,
    () => {
      const found = byClass(mp.root(page), 'member-card')
      return found.length > 0 ? found : null
    },
    timeoutMs,
  )
  expect(page.setDataCalls.length).toBeGreaterThan(0)
  expect(cards).toHaveLength(board.members.length)
  for (const member of board.members) {
    const card = cards.find((node) => byClass(node, 'member-name').some((name) => textOf(name) === member.name))
    expect({ member: member.name, post: card ? textOf(one(card, 'member-post', `${member.name}'s card`)) : 'no card' }).toEqual({
      member: member.name,
      post: POST_LABEL[member.post],
    })
  }
  expect(textOf(mp.root(page))).toContain(board.name)
}

/**
 * Journey 2: 找我的执委 from the board; she types her building into the list's filter box
 * and taps it; the member who covers it and the backup are shown.
 */
export async function findMemberShowsTheCoveringMember(mp: MiniProgram, expected: GetBoardOutput, areaName: string, timeoutMs = 10_000): Promise<void> {
  const board = await mp.waitFor('the board', () => onPage(mp, BOARD_ROUTE), timeoutMs)
  mp.tap(one(mp.root(board), 'find-member-button', 'the board'))
  const list = await mp.waitFor('the 找我的执委 page', () => onPage(mp, FIND_MEMBER_ROUTE), timeoutMs)
  await mp.settle(timeoutMs)
  await mp.waitFor('the area list', () => byClass(mp.root(list), 'area-option').length === expected.board.areas.length, timeoutMs)
  // a long list has a filter box: she types the name of her building
  mp.input(one(mp.root(list), 'area-filter__input', 'the area list'), areaName)
  await mp.waitFor(`the list filtered to ${areaName}`, () => byClass(mp.root(list), 'area-option').length === 1, timeoutMs)
  const option = await mp.waitFor(`the option ${areaName}`, () => nodeWithText(mp.root(list), 'area-option', areaName, 'area-option__name'), timeoutMs)
  mp.tap(option)
  const result = await mp.waitFor('the page of the picked area', () => (mp.currentPage() !== list ? onPage(mp, FIND_MEMBER_ROUTE) : null), timeoutMs)
  await mp.settle(timeoutMs)
  const panel = await mp.waitFor(`the answer for ${areaName}`, () => byClass(mp.root(result), 'area-result')[0], timeoutMs)
  const area = expected.board.areas.find((candidate) => candidate.name === areaName)
  if (!area) throw new Error(`the board has no area ${areaName}`)
  const nameOf = (id: string | null) => expected.board.members.find((member) => member.id === id)?.name
  expect(textOf(one(panel, 'area-result__name', 'the answer'))).toBe(areaName)
  expect(textOf(one(one(panel, 'covering-member', 'the answer'), 'member-name', 'the covering member'))).toBe(nameOf(area.memberId))
  if (area.backupMemberId) expect(textOf(one(one(panel, 'backup-member', 'the answer'), 'member-name', 'the backup'))).toBe(nameOf(area.backupMemberId))
  expect(result.options.area).toBe(area.id)
}

/**
 * Journey 3: 我要求助 from the board (a subpackage page), her age, then the consent step:
 * the 《个人信息使用说明》 with the retention the server has in force, an unticked box, a
 * way on that opens only once she ticks it — and that leads to the form.
 */
export async function intakeReachesConsent(mp: MiniProgram, terms: { retentionDays: number; consentVersion: string }, timeoutMs = 10_000): Promise<void> {
  const board = await mp.waitFor('the board', () => onPage(mp, BOARD_ROUTE), timeoutMs)
  mp.tap(one(mp.root(board), 'help-entry-button', 'the board'))
  const intake = await mp.waitFor('the 我要求助 page', () => onPage(mp, INTAKE_ROUTE), timeoutMs)
  const root = () => mp.root(intake)
  mp.tap(await mp.waitFor('the age question', () => byClass(root(), 'intake-age-option--18to59')[0], timeoutMs))
  await mp.waitFor('the consent step', () => byClass(root(), 'intake-consent')[0], timeoutMs)
  await mp.settle(timeoutMs)
  const shown = textOf(one(root(), 'intake-consent', 'the consent step'))
  for (const clause of consentClauses(terms.retentionDays)) {
    expect(shown).toContain(clause.title)
    expect(shown).toContain(clause.text)
  }
  expect(textOf(one(root(), 'consent-version', 'the consent step'))).toContain(terms.consentVersion)
  expect(byClass(root(), 'consent-outdated')).toHaveLength(0)
  const box = one(root(), 'consent-checkbox', 'the consent step')
  expect(hasClass(box, 'check-box--on')).toBe(false)
  expect(hasClass(one(root(), 'consent-continue-button', 'the consent step'), 'consent-continue-button--disabled')).toBe(true)
  mp.tap(box)
  await mp.waitFor('the box ticked', () => hasClass(one(root(), 'consent-checkbox', 'the consent step'), 'check-box--on'), timeoutMs)
  const way = one(root(), 'consent-continue-button', 'the consent step')
  expect(hasClass(way, 'consent-continue-button--disabled')).toBe(false)
  mp.tap(way)
  await mp.waitFor('the request form after consent', () => byClass(root(), 'intake-details')[0], timeoutMs)
  expect(mp.cloudCalls.filter((call) => call.name === 'requests').map((call) => (call.data as { action: string }).action)).toEqual(['terms'])
}

/** A missing build is a failure that says what to run (the weapp project's global set-up builds it when missing or stale). */
export function requireBuiltWeapp(): void {
  if (!fs.existsSync(path.join(DIST, 'app.json')))
    throw new Error('dist/weapp is missing: run `npm run build:weapp` (or the build project, `npx jest --selectProjects build`) first')
}
