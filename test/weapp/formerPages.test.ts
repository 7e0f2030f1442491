// The pages a resident opens from the board left the main package for the `resident`
// subpackage; a link made before (a card shared into a chat, a WeChat search result)
// still names the former path. The mini-program opens it at the page's new path, with
// its query.
import { ORG_CODE } from './support/backend'
import { demoBoardSession } from './support/session'
import { byClass, textOf } from './support/tree'

jest.setTimeout(60_000)

const session = demoBoardSession()

test('a member card shared before the move (pages/member/index) opens her card in the resident subpackage', async () => {
  const first = session.expected.board.members[0]
  const app = session.start()
  app.launchMissing('pages/member/index', { code: encodeURIComponent(ORG_CODE), id: first.id })
  const member = await app.waitFor('the member page', () => (app.currentPage()?.route === 'resident/pages/member/index' ? app.currentPage() : null))
  // as WeChat hands a page its query: values still encoded (the page decodes them)
  expect(member?.options).toMatchObject({ code: encodeURIComponent(ORG_CODE), id: first.id })
  await app.waitFor('her name on the card', () => byClass(app.root(member!), 'member-name').find((node) => textOf(node) === first.name))
  expect(app.navigations.map((nav) => nav.api)).toEqual(['redirectTo'])
  expect(app.unsimulated).toEqual([])
  expect(app.errors).toEqual([])
})

test('the former 我的 path opens 我的; a path that was never a page opens the board', async () => {
  const me = session.start()
  me.launchMissing('pages/me/index')
  await me.waitFor('the 我的 page', () => me.currentPage()?.route === 'resident/pages/me/index')
  expect(me.errors).toEqual([])

  const unknown = session.start()
  unknown.launchMissing('pages/nowhere/index')
  await unknown.waitFor('the board', () => unknown.navigations.length > 0)
  expect(unknown.navigations[0]).toEqual({ api: 'reLaunch', url: '/pages/board/index' })
})
