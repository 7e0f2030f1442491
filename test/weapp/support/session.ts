// One back end per test file on the demo data, the demo board's answer to compare the pages
// with, and the mini-programs the file starts, disposed of when it ends.
import type { GetBoardOutput } from '../../../types/board'
import { createBackend, ORG_CODE, type Backend } from './backend'
import { answerOf, DIST, requireBuiltWeapp } from './journeys'
import { MiniProgram } from './miniProgram'

export interface DemoBoardSession {
  /** set before the file's first test */
  backend: Backend
  /** board.get of the demo community, as the back end answers it */
  expected: GetBoardOutput
  /** a fresh mini-program on the built weapp, calling the back end */
  start(): MiniProgram
}

/** Registers the file's beforeAll and afterAll; the session's fields are there once its tests run. */
export function demoBoardSession(): DemoBoardSession {
  const running: MiniProgram[] = []
  const session = {
    start(): MiniProgram {
      const app = new MiniProgram({ dist: DIST, cloud: session.backend.call })
      running.push(app)
      return app
    },
  } as DemoBoardSession
  beforeAll(async () => {
    requireBuiltWeapp()
    session.backend = await createBackend()
    session.expected = await answerOf<GetBoardOutput>(session.backend, 'board', 'get', { code: ORG_CODE })
  })
  afterAll(() => {
    for (const app of running) app.dispose()
  })
  return session
}
