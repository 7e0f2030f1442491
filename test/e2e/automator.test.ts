// The resident's journey in the real mini-program runtime (WeChat DevTools driven by
// miniprogram-automator): open a board by its QR scene, see the members, tap
// 找我的执委, pick an area, see her member and open the member card.
//
// Needs WeChat DevTools, which exists only for macOS and Windows:
//   WECHAT_DEVTOOLS_CLI  path to its CLI (e.g. /Applications/wechatwebdevtools.app/Contents/MacOS/cli),
//                        with 设置 → 安全设置 → 服务端口 turned on.
//   LIANGPAI_HOST        optional: a running local host (`npm start`, e.g. http://127.0.0.1:8080);
//                        the mini-program's cloud calls are then routed to it. Without it, the
//                        mini-program calls its cloud environment, which must hold the demo data.
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import automator from 'miniprogram-automator'
import type { GetBoardOutput } from '../../types/board'

type MiniProgram = Awaited<ReturnType<typeof automator.launch>>
type Page = NonNullable<Awaited<ReturnType<MiniProgram['currentPage']>>>

declare const wx: {
  cloud: { callFunction: unknown }
  request: (options: Record<string, unknown>) => void
}

const ROOT = path.resolve(__dirname, '..', '..')
const cliPath = process.env.WECHAT_DEVTOOLS_CLI
const hostUrl = process.env.LIANGPAI_HOST?.replace(/\/$/, '')
const DEMO = 'demo-community'

jest.setTimeout(300_000)

function buildWeappIfMissing(): void {
  if (fs.existsSync(path.join(ROOT, 'dist', 'weapp', 'app.json'))) return
  const build = spawnSync('npx', ['taro', 'build', '--type', 'weapp'], { cwd: ROOT, stdio: 'inherit', shell: true })
  if (build.status !== 0) throw new Error('taro build --type weapp failed')
}

/** Sends the mini-program's cloud calls to the local host instead (run inside the app). */
function routeCloudCallsTo(url: string): void {
  wx.cloud.callFunction = (options: { name: string; data: unknown }) =>
    new Promise((resolve, reject) => {
      wx.request({
        url: `${url}/api/${options.name}`,
        method: 'POST',
        data: options.data,
        success: (res: { data: unknown }) => resolve({ result: res.data }),
        fail: reject,
      })
    })
}

async function boardFromHost(code: string): Promise<GetBoardOutput | null> {
  if (!hostUrl) return null
  const res = await fetch(`${hostUrl}/api/board`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ action: 'get', payload: { code } }),
  })
  const reply = await res.json()
  return reply.ok ? reply.data : null
}

async function texts(page: Page, selector: string): Promise<string[]> {
  const elements: { text(): Promise<string> }[] = await page.$$(selector)
  return Promise.all(elements.map((element) => element.text().then((text) => text.trim())))
}

async function settle(miniProgram: MiniProgram, expectedPath: string): Promise<Page> {
  for (let attempt = 0; attempt < 30; attempt++) {
    const page = await miniProgram.currentPage()
    if (page?.path === expectedPath) return page
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
  throw new Error(`never reached ${expectedPath}`)
}

/** The page at `expectedPath` opened with `param` in its query (a second page of the same path, e.g. an area's answer). */
async function settleWith(miniProgram: MiniProgram, expectedPath: string, param: string): Promise<Page> {
  for (let attempt = 0; attempt < 30; attempt++) {
    const page = await miniProgram.currentPage()
    if (page?.path === expectedPath && page.query?.[param]) return page
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
  throw new Error(`never reached ${expectedPath} with ${param}`)
}

if (!cliPath) {
  test.skip('mini-program journey in WeChat DevTools: set WECHAT_DEVTOOLS_CLI to the DevTools CLI to run it (DevTools exists only for macOS and Windows)', () => undefined)
} else {
  describe('the resident journey in WeChat DevTools', () => {
    let miniProgram: MiniProgram

    beforeAll(async () => {
      buildWeappIfMissing()
      miniProgram = await automator.launch({
        cliPath,
        projectPath: ROOT,
        projectConfig: hostUrl ? { setting: { urlCheck: false } } : undefined,
      })
      if (hostUrl) await miniProgram.evaluate(routeCloudCallsTo, hostUrl)
    })

    afterAll(async () => {
      await miniProgram?.close()
    })

    test('scan → board → 找我的执委 → her member', async () => {
      const expected = await boardFromHost(DEMO)
      const board = await miniProgram.reLaunch(`/pages/board/index?scene=${DEMO}`)
      if (!board) throw new Error('the board page did not open')
      await board.waitFor('.member-card')
      const names = await texts(board, '.board-members .member-name')
      expect(names.length).toBeGreaterThanOrEqual(10)
      if (expected) for (const member of expected.board.members) expect(names).toContain(member.name)
      if (expected) expect((await board.$$('.on-duty')).length).toBe(expected.onDuty.memberIds.length)

      await (await board.$('.find-member-button'))?.tap()
      const finder = await settle(miniProgram, 'pages/find-member/index')
      await finder.waitFor('.area-option')
      const option = await finder.$('.area-option')
      const areaName = (await (await option?.$('.area-option__name'))?.text())?.trim() ?? ''
      await option?.tap()
      // the answer is a page of its own, so Back returns to the list
      const answer = await settleWith(miniProgram, 'pages/find-member/index', 'area')
      await answer.waitFor('.covering-member')
      const coveringName = (await texts(answer, '.covering-member .member-name'))[0]
      expect(coveringName).toBeTruthy()
      expect(await answer.$('.call-button')).not.toBeNull()
      if (expected) {
        const area = expected.board.areas.find((candidate) => candidate.name === areaName)
        const member = expected.board.members.find((candidate) => candidate.id === area?.memberId)
        expect(coveringName).toBe(member?.name)
      }

      await (await answer.$('.covering-member .member-card'))?.tap()
      const card = await settle(miniProgram, 'pages/member/index')
      await card.waitFor('.member-name')
      expect((await texts(card, '.member-name'))[0]).toBe(coveringName)
    })

    test('an unknown scene lands on the search page', async () => {
      await miniProgram.reLaunch('/pages/board/index?scene=no-such-org')
      const search = await settle(miniProgram, 'pages/search/index')
      await search.waitFor('.search-input')
      expect(await search.$('.search-page')).not.toBeNull()
    })
  })
}
