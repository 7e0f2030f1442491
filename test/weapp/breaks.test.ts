// The headless run can fail: each journey is run on a copy of dist/weapp with one
// weapp-only path broken, and its check must then fail. A plain copy passes first, so
// the failures come from the breaks, not from the copying.
//
// The breaks are made on the built code, found by what the minified output says (a
// call that cannot be renamed: decodeURIComponent, wx.cloud.callFunction, a require);
// when a build no longer contains exactly one such place, the fixture says so and fails.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { GetBoardOutput } from '../../types/board'
import { createBackend, ORG_CODE, type Backend } from './support/backend'
import { answerOf, BOARD_ROUTE, boardShowsEveryMember, DIST, findMemberShowsTheCoveringMember, intakeReachesConsent, requireBuiltWeapp } from './support/journeys'
import { MiniProgram } from './support/miniProgram'

// above the journeys' own waits (10 s each), so that a slow step fails with what the page shows
jest.setTimeout(60_000)

/** A short wait: a broken journey fails by timing out, and these tests should not take long. */
const BROKEN_TIMEOUT_MS = 1500

let backend: Backend
let expected: GetBoardOutput
let terms: { retentionDays: number; consentVersion: string }
const scratch: string[] = []
const running: MiniProgram[] = []

beforeAll(async () => {
  requireBuiltWeapp()
  backend = await createBackend()
  expected = await answerOf<GetBoardOutput>(backend, 'board', 'get', { code: ORG_CODE })
  terms = await answerOf(backend, 'requests', 'terms', {})
})

afterAll(() => {
  for (const app of running) app.dispose()
  for (const dir of scratch) fs.rmSync(dir, { recursive: true, force: true })
})

/** Every .js file of a build, relative to it. */
function scripts(dir: string, under = ''): string[] {
  return fs.readdirSync(path.join(dir, under), { withFileTypes: true }).flatMap((entry) => {
    const relative = path.join(under, entry.name)
    if (entry.isDirectory()) return scripts(dir, relative)
    return entry.name.endsWith('.js') ? [relative] : []
  })
}

/** A copy of dist/weapp with `anchor` replaced in the one file that holds it exactly once. */
function brokenCopy(anchor: RegExp, replacement: string, only?: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'weapp-broken-'))
  scratch.push(dir)
  fs.cpSync(DIST, dir, { recursive: true })
  if (anchor.source === '$^') return dir
  const global = new RegExp(anchor.source, 'g')
  const holders = (only ? [only] : scripts(dir))
    .map((file) => ({ file, count: (fs.readFileSync(path.join(dir, file), 'utf8').match(global) ?? []).length }))
    .filter((hit) => hit.count > 0)
  if (holders.length !== 1 || holders[0].count !== 1) throw new Error(`the build must hold ${anchor} exactly once to break it; found ${JSON.stringify(holders)}`)
  const file = path.join(dir, holders[0].file)
  fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace(anchor, replacement))
  return dir
}

function launch(dist: string) {
  const app = new MiniProgram({ dist, cloud: backend.call })
  running.push(app)
  return { app, board: app.launch(BOARD_ROUTE, { scene: encodeURIComponent(ORG_CODE) }) }
}

describe('the headless journeys fail when a weapp-only path breaks', () => {
  test('an unbroken copy passes all three journeys', async () => {
    const { app, board } = launch(brokenCopy(/$^/, ''))
    await boardShowsEveryMember(app, board, expected)
    await findMemberShowsTheCoveringMember(app, expected, '1栋')
    app.back()
    app.back()
    await intakeReachesConsent(app, terms)
    expect(app.errors).toEqual([])
  })

  test('the QR scene no longer decoded: the board asks for "xingfu%232" and shows no member', async () => {
    const { app, board } = launch(brokenCopy(/try\{return decodeURIComponent\((\w+)\)\}catch/, 'try{return String($1)}catch'))
    await expect(boardShowsEveryMember(app, board, expected, BROKEN_TIMEOUT_MS)).rejects.toThrow(/member cards/)
    expect(app.cloudCalls.find((call) => call.name === 'board')?.data).toMatchObject({ payload: { code: encodeURIComponent(ORG_CODE) } })
  })

  test('the transport’s wx.cloud.callFunction gone (sendToCloud throws): the board fails', async () => {
    const { app, board } = launch(brokenCopy(/\.cloud\.callFunction\(\{name:/, '.cloud.callFunctionGone({name:'))
    await expect(boardShowsEveryMember(app, board, expected, BROKEN_TIMEOUT_MS)).rejects.toThrow(/member cards/)
    expect(app.cloudCalls).toEqual([])
  })

  test('the app no longer calls wx.cloud.init at launch: every cloud call is refused and the board fails', async () => {
    const { app, board } = launch(brokenCopy(/\.cloud\.init\(\{env:/, '.cloud.DYNAMIC_CURRENT_ENV,({env:'))
    await expect(boardShowsEveryMember(app, board, expected, BROKEN_TIMEOUT_MS)).rejects.toThrow(/member cards/)
    expect(app.cloudInits).toEqual([])
    expect(app.cloudCalls[0].error).toMatch(/wx\.cloud\.init/)
  })

  test('a page that reaches an H5-only global (window) fails to load, as WeChat shadows it', () => {
    const dist = brokenCopy(/;Page\(/, ';window.scrollTo(0,0);Page(', 'pages/board/index.js')
    expect(() => launch(dist)).toThrow(/reading 'scrollTo'/)
  })

  test('a subpackage page built without one of its shared chunks: 我要求助 never opens', async () => {
    const page = 'help/pages/intake/index.js'
    const { app, board } = launch(brokenCopy(/^"use strict";require\("\.\.\/\.\.\/sub-common\/[0-9a-f]+\.js"\);/, '"use strict";', page))
    await boardShowsEveryMember(app, board, expected)
    await expect(intakeReachesConsent(app, terms, BROKEN_TIMEOUT_MS)).rejects.toThrow(/我要求助/)
    expect(app.errors.join('\n')).toMatch(/did not call Page\(\)/)
  })
})
