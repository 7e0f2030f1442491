// How faithful the headless run is to WeChat where the journeys rely on it: taps reach
// only nodes whose templates bind them and bubble to the ancestors that do, and a call
// the run does not simulate is noticed even where the app catches its failure.
import { ORG_CODE } from './support/backend'
import { BOARD_ROUTE, boardShowsEveryMember } from './support/journeys'
import { demoBoardSession } from './support/session'
import { byClass, textOf, type TaroNode } from './support/tree'

// above the journeys' own waits (10 s each), so that a slow step fails with what the page shows
jest.setTimeout(60_000)

const session = demoBoardSession()

function launch() {
  const app = session.start()
  return { app, board: app.launch(BOARD_ROUTE, { scene: encodeURIComponent(ORG_CODE) }) }
}

describe('the headless run behaves as WeChat where the journeys rely on it', () => {
  test('a tap on a node WeChat renders with no tap binding is refused, as the phone would ignore it', async () => {
    const { app, board } = launch()
    await boardShowsEveryMember(app, board, session.expected)
    const title = byClass(app.root(board), 'member-group__title')[0]
    expect(() => app.tap(title)).toThrow(/do not bind tap/)
  })

  test('an API the run does not simulate is noticed even where the app swallows its failure (拨打 → wx.makePhoneCall)', async () => {
    const { app, board } = launch()
    await boardShowsEveryMember(app, board, session.expected)
    expect(app.unsimulated).toEqual([])
    app.tap(byClass(app.root(board), 'call-button')[0])
    await app.waitFor('the call attempt', () => app.unsimulated.length > 0)
    expect(app.unsimulated).toEqual(['wx.makePhoneCall'])
    // the page itself carries on: CallButton catches the refusal, and stops the tap at the button (the card does not open)
    expect(app.errors).toEqual([])
    expect(app.navigations).toEqual([])
  })

  test('a tap bubbles as in WeChat: her name on a member card opens the card’s member page', async () => {
    const { app, board } = launch()
    await boardShowsEveryMember(app, board, session.expected)
    const first = session.expected.board.members[0]
    app.tap(byClass(app.root(board), 'member-name').find((node) => textOf(node) === first.name) as TaroNode)
    const member = await app.waitFor('the member page', () => (app.currentPage()?.route === 'resident/pages/member/index' ? app.currentPage() : null))
    expect(member?.options).toMatchObject({ id: first.id })
  })
})
