// The resident's journey in real Chromium against `npm start`: open each demo board by
// its QR scene, see every member board.get lists, find her own member by building, and
// land on the search page when the scene is missing, malformed or unknown.
import type { BrowserContext, Page } from 'playwright-core'
import type { GetBoardOutput } from '../../types'
import { launchPhone, screenshot } from './support/browser'
import { npmStart, type StartedHost } from './support/host'

jest.setTimeout(240_000)

let host: StartedHost
let context: BrowserContext
let page: Page

beforeAll(async () => {
  host = await npmStart()
  ;({ context, page } = await launchPhone())
})

afterAll(async () => {
  await context?.close()
  await host?.stop()
})

async function boardData(code: string): Promise<GetBoardOutput> {
  const res = await fetch(`${host.url}/api/board`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ action: 'get', payload: { code } }),
  })
  const reply = await res.json()
  if (!reply.ok) throw new Error(JSON.stringify(reply.error))
  return reply.data
}

async function openBoard(scene: string): Promise<void> {
  await page.goto(`${host.url}/#/pages/board/index?scene=${encodeURIComponent(scene)}`)
  await shown('.board-members .member-card').first().waitFor({ state: 'visible', timeout: 30_000 })
}

/** Taro's H5 router keeps earlier pages in the DOM, hidden: look only at what is shown. */
const shown = (selector: string) => page.locator(selector).filter({ visible: true })
const texts = (selector: string) =>
  shown(selector)
    .allInnerTexts()
    .then((all) => all.map((t) => t.trim()))

test('npm start printed the board URL', () => {
  expect(host.output()).toMatch(/#\/pages\/board\/index\?scene=demo-community/)
})

describe.each(['demo-community', 'demo-village', 'demo-street'])('the board of %s', (code) => {
  test('shows the federation and every member board.get lists', async () => {
    const data = await boardData(code)
    await openBoard(code)
    await expect(shown('.board-page').first().innerText()).resolves.toContain(data.board.name)
    const names = await texts('.board-members .member-name')
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
  await shown('.find-member-button').first().click()
  await shown('.find-member-page').first().waitFor({ state: 'visible' })
  await shown('.area-option').filter({ hasText: area.name }).first().click()
  await expect(shown('.covering-member .member-name').first().innerText()).resolves.toBe(nameOf(area.memberId))
  await expect(shown('.backup-member .member-name').first().innerText()).resolves.toBe(nameOf(area.backupMemberId))
  await expect(shown('.covering-member .call-button').count()).resolves.toBeGreaterThan(0)
  await screenshot(page, 'find-member-demo-community')
})

test('tapping a child federation moves down the tree', async () => {
  const data = await boardData('demo-street')
  const child = data.board.children.find((c) => c.code === 'demo-community')
  if (!child) throw new Error('demo-community should be a child of demo-street')
  // after the journey above, a new board link in the same tab must show that board
  await openBoard('demo-street')
  await expect(shown('.board-page').first().innerText()).resolves.toContain(data.board.name)
  await shown('.org-child').filter({ hasText: child.name }).first().click()
  await page.waitForURL(/scene=demo-community|code=demo-community/)
  await shown('.board-members .member-card').first().waitFor({ state: 'visible' })
  await expect(shown('.board-page').first().innerText()).resolves.toContain(child.name)
})

test('the host stops cleanly on SIGTERM and frees its port', async () => {
  const { url } = host
  await host.stop()
  expect(host.output()).toContain('收到 SIGTERM，正在停止')
  await expect(fetch(`${url}/healthz`)).rejects.toThrow()
  host = await npmStart()
})

describe('the fallback page', () => {
  test.each([
    ['no scene', '/#/pages/board/index'],
    ['an unknown code', '/#/pages/board/index?scene=no-such-federation'],
    ['a malformed scene', `/#/pages/board/index?scene=${encodeURIComponent('幸福 社区<>')}`],
  ])('%s lands on a Chinese search page, never a blank screen', async (label, url) => {
    await page.goto(`${host.url}${url}`)
    await shown('.search-page').first().waitFor({ state: 'visible', timeout: 30_000 })
    const text = await shown('.search-page').first().innerText()
    expect(text).toMatch(/[\u4e00-\u9fa5]{4,}/)
    expect(text).not.toMatch(/Error|undefined|stack/i)
    await screenshot(page, `fallback-${label.replace(/\s+/g, '-')}`)
  })

  test('searching by name finds the federation and opens its board', async () => {
    const community = await boardData('demo-community')
    await page.goto(`${host.url}/#/pages/board/index?scene=no-such-federation`)
    await shown('.search-page').first().waitFor({ state: 'visible' })
    const words = community.board.name.slice(0, 4)
    const input = shown('.search-input input, input.search-input').first()
    await input.fill(words)
    await shown('.search-button').first().click()
    const result = shown('.search-result').filter({ hasText: community.board.name }).first()
    await result.waitFor({ state: 'visible' })
    await screenshot(page, 'fallback-search-results')
    await result.click()
    await shown('.board-members .member-card').first().waitFor({ state: 'visible' })
    await expect(shown('.board-page').first().innerText()).resolves.toContain(community.board.name)
  })
})
