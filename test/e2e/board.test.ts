// The resident's journey in real Chromium against `npm start`: open each demo board by
// its QR scene, see every member board.get lists, find her own member by building, and
// land on the search page when the scene is missing, malformed or unknown.
import type { Page } from 'playwright-core'
import type { GetBoardOutput } from '../../types'
import { screenshot } from './support/browser'
import { npmStart } from './support/host'
import { shown, withHostAndPhones } from './support/journey'
import { pollUntil } from './support/poll'

jest.setTimeout(240_000)

const stage = withHostAndPhones(1)
let page: Page

beforeAll(() => {
  ;({ page } = stage.phones[0])
})

async function boardData(code: string): Promise<GetBoardOutput> {
  const res = await fetch(`${stage.host.url}/api/board`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ action: 'get', payload: { code } }),
  })
  const reply = await res.json()
  if (!reply.ok) throw new Error(JSON.stringify(reply.error))
  return reply.data
}

async function openBoard(scene: string): Promise<void> {
  await page.goto(`${stage.host.url}/#/pages/board/index?scene=${encodeURIComponent(scene)}`)
  await shown(page, '.board-members .member-card').first().waitFor({ state: 'visible', timeout: 30_000 })
}

const texts = (selector: string) =>
  shown(page, selector)
    .allInnerTexts()
    .then((all) => all.map((t) => t.trim()))

test('npm start printed the board URL', () => {
  expect(stage.host.output()).toMatch(/#\/pages\/board\/index\?scene=demo-community/)
})

describe.each(['demo-community', 'demo-village', 'demo-street'])('the board of %s', (code) => {
  test('shows the federation and every member board.get lists', async () => {
    const data = await boardData(code)
    await openBoard(code)
    await expect(shown(page, '.board-page').first().innerText()).resolves.toContain(data.board.name)
    // the first few cards paint first, the others a frame later
    const names = await pollUntil(
      () => texts('.board-members .member-name'),
      (shownNames) => shownNames.length >= data.board.members.length,
    )
    for (const member of data.board.members) expect(names).toContain(member.name)
    expect(data.board.members.length).toBeGreaterThanOrEqual(10)
    await screenshot(page, `board-${code}`)
  })
})

test('找我的执委: picking a building shows the member who covers it and her backup', async () => {
  const data = await boardData('demo-community')
  const area = data.board.areas.find((a) => a.memberId && a.backupMemberId)
  if (!area) throw new Error('the demo community should have an area with a member and a backup')
  const nameOf = (id: string | null) => data.board.members.find((m) => m.id === id)?.name
  await openBoard('demo-community')
  await shown(page, '.find-member-button').first().click()
  await shown(page, '.find-member-page').first().waitFor({ state: 'visible' })
  await shown(page, '.area-option').filter({ hasText: area.name }).first().click()
  await expect(shown(page, '.covering-member .member-name').first().innerText()).resolves.toBe(nameOf(area.memberId))
  await expect(shown(page, '.backup-member .member-name').first().innerText()).resolves.toBe(nameOf(area.backupMemberId))
  await expect(shown(page, '.covering-member .call-button').count()).resolves.toBeGreaterThan(0)
  await screenshot(page, 'find-member-demo-community')
})

test('tapping a child federation moves down the tree', async () => {
  const data = await boardData('demo-street')
  const child = data.board.children.find((c) => c.code === 'demo-community')
  if (!child) throw new Error('demo-community should be a child of demo-street')
  // after the journey above, a new board link in the same tab must show that board
  await openBoard('demo-street')
  await expect(shown(page, '.board-page').first().innerText()).resolves.toContain(data.board.name)
  await shown(page, '.org-child').filter({ hasText: child.name }).first().click()
  await page.waitForURL(/scene=demo-community|code=demo-community/)
  await shown(page, '.board-members .member-card').first().waitFor({ state: 'visible' })
  await expect(shown(page, '.board-page').first().innerText()).resolves.toContain(child.name)
})

test('the host stops cleanly on SIGTERM and frees its port', async () => {
  const { url } = stage.host
  await stage.host.stop()
  expect(stage.host.output()).toContain('收到 SIGTERM，正在停止')
  await expect(fetch(`${url}/healthz`)).rejects.toThrow()
  stage.host = await npmStart()
})

describe('the fallback page', () => {
  test.each([
    ['no scene', '/#/pages/board/index'],
    ['an unknown code', '/#/pages/board/index?scene=no-such-federation'],
    ['a malformed scene', `/#/pages/board/index?scene=${encodeURIComponent('幸福 社区<>')}`],
  ])('%s lands on a Chinese search page, never a blank screen', async (label, url) => {
    await page.goto(`${stage.host.url}${url}`)
    await shown(page, '.search-page').first().waitFor({ state: 'visible', timeout: 30_000 })
    const text = await shown(page, '.search-page').first().innerText()
    expect(text).toMatch(/[\u4e00-\u9fa5]{4,}/)
    expect(text).not.toMatch(/Error|undefined|stack/i)
    await screenshot(page, `fallback-${label.replace(/\s+/g, '-')}`)
  })

  test('searching by name finds the federation and opens its board', async () => {
    const community = await boardData('demo-community')
    await page.goto(`${stage.host.url}/#/pages/board/index?scene=no-such-federation`)
    await shown(page, '.search-page').first().waitFor({ state: 'visible' })
    const words = community.board.name.slice(0, 4)
    const input = shown(page, '.search-input input, input.search-input').first()
    await input.fill(words)
    await shown(page, '.search-button').first().click()
    const result = shown(page, '.search-result').filter({ hasText: community.board.name }).first()
    await result.waitFor({ state: 'visible' })
    await screenshot(page, 'fallback-search-results')
    await result.click()
    await shown(page, '.board-members .member-card').first().waitFor({ state: 'visible' })
    await expect(shown(page, '.board-page').first().innerText()).resolves.toContain(community.board.name)
  })
})
