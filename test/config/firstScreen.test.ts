// The board's first screen in H5: the script the build writes into index.html asks for the
// board route's files and for the board the address names, and the page's first board.get
// takes that answer — once, for that board only, never signed in, never an old one.
jest.mock('@tarojs/taro', () => ({ __esModule: true, default: {} }))

import vm from 'node:vm'
import { BOARD_PAGE as CONFIG_BOARD_PAGE, FIRST_SCREEN_GLOBAL as CONFIG_GLOBAL, TOKEN_KEY as CONFIG_TOKEN_KEY, firstScreenScript } from '../../config/firstScreen'
import { FIRST_SCREEN_GLOBAL, FIRST_SCREEN_MAX_AGE_MS, takeFirstScreenReply, type FirstBoard } from '../../src/api/firstScreen'
import { TOKEN_KEY } from '../../src/api/token'
import { readOrgCode } from '../../src/lib/params'
import { BOARD_PAGE } from '../../types/routes'

const FILES = ['/css/board.0a1b2c3d.css', '/js/board.4e5f6a7b.js']

interface Opened {
  links: { rel: string; as: string; href: string }[]
  asked: { url: string; body: unknown }[]
  global: Record<string, unknown>
}

/** Runs the index.html script as a browser opening `hash` would, with a token stored or not. */
function open(hash: string, storedToken: string | null = null): Opened {
  const links: Opened['links'] = []
  const asked: Opened['asked'] = []
  const global: Record<string, unknown> = {
    location: { hash },
    document: { createElement: () => ({}), head: { appendChild: (link: Opened['links'][number]) => links.push(link) } },
    localStorage: { getItem: (key: string) => (key === TOKEN_KEY ? storedToken : null) },
    fetch: (url: string, init: { body: string }) => {
      asked.push({ url, body: JSON.parse(init.body) })
      return Promise.resolve({ json: () => Promise.resolve({ ok: true, data: { asked: url } }) })
    },
  }
  global.window = global
  vm.runInNewContext(firstScreenScript(FILES), global)
  return { links, asked, global }
}

const envelope = (code: string) => ({ action: 'get', payload: { code } })

test('config names the page, the global and the token key as their sources do', () => {
  expect(CONFIG_BOARD_PAGE).toBe(BOARD_PAGE)
  expect(CONFIG_GLOBAL).toBe(FIRST_SCREEN_GLOBAL)
  expect(CONFIG_TOKEN_KEY).toBe(TOKEN_KEY)
})

test('a board address preloads the route’s files and asks for that board once', () => {
  const { links, asked, global } = open('#/pages/board/index?scene=demo-community')
  expect(links).toEqual([
    { rel: 'preload', as: 'style', href: FILES[0] },
    { rel: 'preload', as: 'script', href: FILES[1] },
  ])
  expect(asked).toEqual([{ url: '/api/board', body: { action: 'get', payload: { code: 'demo-community' } } }])
  expect((global[FIRST_SCREEN_GLOBAL] as FirstBoard).code).toBe('demo-community')
})

test.each([
  ['scene=a%26b%3Dc%3Fd', 'a&b=c?d'],
  ['code=hs-qingshan', 'hs-qingshan'],
  ['scene=%20hs-qingshan%20&code=other', 'hs-qingshan'],
  ['$taroTimestamp=1&scene=comm', 'comm'],
])('the code asked for from %s is the one the page reads (%s)', (query, code) => {
  const params = Object.fromEntries(query.split('&').map((pair) => pair.split('=') as [string, string]))
  expect(readOrgCode(params)).toEqual({ ok: true, code })
  expect(open(`#/pages/board/index?${query}`).asked.map((a) => a.body)).toEqual([envelope(code)])
})

test('the app opened with no route (Taro shows the board) preloads its files but asks for no board', () => {
  const { links, asked, global } = open('')
  expect(links).toHaveLength(2)
  expect(asked).toEqual([])
  expect(global[FIRST_SCREEN_GLOBAL]).toBeUndefined()
})

test.each([
  ['no scene', '#/pages/board/index'],
  ['an empty scene', '#/pages/board/index?scene='],
  ['the word undefined', '#/pages/board/index?scene=undefined'],
  ['a broken escape', '#/pages/board/index?scene=%E5'],
])('a board address with %s asks for nothing', (_label, hash) => {
  const { asked, global } = open(hash)
  expect(asked).toEqual([])
  expect(global[FIRST_SCREEN_GLOBAL]).toBeUndefined()
})

test('another page loads nothing ahead; a signed-in phone preloads the code but asks for no board', () => {
  const other = open('#/staff/pages/home/index?scene=comm')
  expect(other.links).toEqual([])
  expect(other.asked).toEqual([])
  const signedIn = open('#/pages/board/index?scene=comm', 'token-1')
  expect(signedIn.links).toHaveLength(2)
  expect(signedIn.asked).toEqual([])
})

describe('the page takes the early answer', () => {
  const holderOf = (hash: string) => open(hash).global as Record<string, FirstBoard | undefined>

  test('for the same board, once: the next board.get asks the back end', async () => {
    const holder = holderOf('#/pages/board/index?scene=comm')
    const early = takeFirstScreenReply('board', envelope('comm'), false, Date.now(), holder)
    await expect(early).resolves.toEqual({ ok: true, data: { asked: '/api/board' } })
    expect(takeFirstScreenReply('board', envelope('comm'), false, Date.now(), holder)).toBeNull()
  })

  test('never for another board, and the first board.get uses it up even then', () => {
    const holder = holderOf('#/pages/board/index?scene=comm')
    expect(takeFirstScreenReply('board', envelope('other'), false, Date.now(), holder)).toBeNull()
    expect(takeFirstScreenReply('board', envelope('comm'), false, Date.now(), holder)).toBeNull()
  })

  test('not when she has signed in since, nor when it was asked for too long ago', () => {
    const signedIn = holderOf('#/pages/board/index?scene=comm')
    expect(takeFirstScreenReply('board', envelope('comm'), true, Date.now(), signedIn)).toBeNull()
    const old = holderOf('#/pages/board/index?scene=comm')
    expect(takeFirstScreenReply('board', envelope('comm'), false, Date.now() + FIRST_SCREEN_MAX_AGE_MS + 1, old)).toBeNull()
  })

  test('other calls neither take it nor use it up', async () => {
    const holder = holderOf('#/pages/board/index?scene=comm')
    expect(takeFirstScreenReply('board', { action: 'search', payload: { query: 'comm' } }, false, Date.now(), holder)).toBeNull()
    expect(takeFirstScreenReply('org', envelope('comm'), false, Date.now(), holder)).toBeNull()
    await expect(takeFirstScreenReply('board', envelope('comm'), false, Date.now(), holder)).resolves.toMatchObject({ ok: true })
  })
})
