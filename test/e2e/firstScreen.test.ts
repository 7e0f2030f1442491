// The board's first screen in real Chromium against `npm start`: a cold open loads the
// app's scripts and the board route's own files and nothing else before the first member
// shows, compressed, with the board's data asked for once, by index.html, while the code
// is on its way; the rest (the 我要求助 page's code) comes after. Without a scene nothing
// is asked ahead; signed in, the page asks with her token.
import type { Page, Request } from 'playwright-core'
import { screenshot } from './support/browser'
import { freshGoto, logIn, shown, withHostAndPhones } from './support/journey'
import { pollUntil } from './support/poll'

jest.setTimeout(240_000)

const stage = withHostAndPhones(1)
let page: Page
const CARD = '.board-members .member-card'

beforeAll(() => {
  ;({ page } = stage.phones[0])
})

/**
 * Runs in the page before its scripts: the time (ms since navigation) of the animation
 * frame in which a member card is first laid out, i.e. just before the board paints.
 */
const WATCH_FIRST_CARD = `(() => {
  const tick = () => {
    const card = document.querySelector(${JSON.stringify(CARD)})
    const box = card && card.getBoundingClientRect()
    if (box && box.width > 0 && box.height > 0) return void (window.__firstCardMs = performance.now())
    requestAnimationFrame(tick)
  }
  requestAnimationFrame(tick)
})()`

/** The paths of the files the page began to fetch before its first member card painted. */
async function fetchedBeforeCard(): Promise<string[]> {
  return page.evaluate(() => {
    const cardMs = (window as unknown as { __firstCardMs: number }).__firstCardMs
    return (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).filter((entry) => entry.startTime < cardMs).map((entry) => new URL(entry.name).pathname)
  })
}

/** Every request the page makes from now on, in order. */
function recordRequests(): Request[] {
  const requests: Request[] = []
  page.on('request', (request) => requests.push(request))
  return requests
}

const pathOf = (request: Request) => new URL(request.url()).pathname
const boardCalls = (requests: Request[]) => requests.filter((r) => r.method() === 'POST' && pathOf(r) === '/api/board')

/** The scripts index.html names itself, and the board route's files its first-screen script preloads. */
async function filesIndexHtmlNames(): Promise<{ scripts: string[]; boardRoute: string[] }> {
  const html = await (await fetch(`${stage.host.url}/`)).text()
  const scripts = [...html.matchAll(/<script[^>]* src="([^"]+)"/g)].map((m) => m[1])
  const listed = /(\[[^\]]*"\/js\/board\.[0-9a-f]+\.js"[^\]]*\])\.forEach/.exec(html)
  if (!listed) throw new Error(`index.html does not preload the board route: ${html.slice(0, 300)}`)
  return { scripts, boardRoute: JSON.parse(listed[1]) as string[] }
}

test('a cold open loads only the app and the board route before the first member shows, compressed, and asks for the board once', async () => {
  const { scripts, boardRoute } = await filesIndexHtmlNames()
  const requests = recordRequests()
  await page.addInitScript(WATCH_FIRST_CARD)
  await page.goto(`${stage.host.url}/#/pages/board/index?scene=demo-community`)
  await shown(page, CARD).first().waitFor({ state: 'visible', timeout: 30_000 })
  const firstScreenScripts = new Set([...scripts, ...boardRoute.filter((file) => file.endsWith('.js'))])
  // the 我要求助 page's code is still fetched ahead, once the board has shown
  const laterCode = () => Promise.resolve(requests.some((r) => pathOf(r).endsWith('.js') && !firstScreenScripts.has(pathOf(r))))
  await expect(pollUntil(laterCode, Boolean, 15_000)).resolves.toBe(true)
  const pathsBeforeCard = new Set(await fetchedBeforeCard())
  const beforeCard = requests.filter((r) => pathsBeforeCard.has(pathOf(r)))

  expect(new Set([...pathsBeforeCard].filter((file) => file.endsWith('.js')))).toEqual(firstScreenScripts)
  expect(boardRoute.map((file) => file.replace(/\.[0-9a-f]+\.(js|css)$/, '.$1')).sort()).toEqual(['/css/board.css', '/js/board.js'])
  // one board.get: the page took the answer index.html asked for, and left none behind
  expect(boardCalls(requests)).toHaveLength(1)
  expect(pathsBeforeCard.has('/api/board')).toBe(true)
  await expect(page.evaluate(() => '__liangpaiFirstBoard' in window)).resolves.toBe(false)

  for (const request of beforeCard.filter((r) => /\.(js|css)$/.test(pathOf(r)))) {
    const response = await request.response()
    expect({ file: pathOf(request), encoding: response?.headers()['content-encoding'], caching: response?.headers()['cache-control'] }).toEqual({
      file: pathOf(request),
      encoding: 'br',
      caching: 'public, max-age=31536000, immutable',
    })
  }
  const indexResponse = await requests.find((r) => r.resourceType() === 'document')?.response()
  expect(indexResponse?.headers()['cache-control']).toBe('no-cache')
  await screenshot(page, 'first-screen-board')
})

test('the board opened with no scene asks for no board and lands on the search page', async () => {
  await page.goto('about:blank')
  const requests = recordRequests()
  await page.goto(`${stage.host.url}/#/pages/board/index`)
  await page.waitForURL(/pages\/search\/index/, { timeout: 30_000 })
  expect(boardCalls(requests)).toHaveLength(0)
})

test('another board opened in the same tab shows that board, from its own answer', async () => {
  await freshGoto(page, `${stage.host.url}/#/pages/board/index?scene=demo-community`)
  await shown(page, CARD).first().waitFor({ state: 'visible', timeout: 30_000 })
  const village = await (await fetch(`${stage.host.url}/api/board`, { method: 'POST', body: JSON.stringify({ action: 'get', payload: { code: 'demo-village' } }) })).json()
  const requests = recordRequests()
  await page.goto(`${stage.host.url}/#/pages/board/index?scene=demo-village`)
  await shown(page, '.board-header').filter({ hasText: village.data.board.name }).first().waitFor({ timeout: 30_000 })
  const calls = boardCalls(requests)
  expect(calls).toHaveLength(1)
  expect(calls[0].postDataJSON()).toMatchObject({ action: 'get', payload: { code: 'demo-village' } })
})

test('signed in, the board asks the back end itself, with her token, once', async () => {
  await logIn(page, stage.host.url, 'demo-chair')
  await page.goto('about:blank')
  const requests = recordRequests()
  await page.goto(`${stage.host.url}/#/pages/board/index?scene=demo-community`)
  await shown(page, CARD).first().waitFor({ state: 'visible', timeout: 30_000 })
  const calls = boardCalls(requests)
  expect(calls).toHaveLength(1)
  expect(await calls[0].headerValue('authorization')).toMatch(/^Bearer /)
})
