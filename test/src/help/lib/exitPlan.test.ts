// Quick exit's walk through a browser's page history: after it, no entry she can reach
// with Back or Forward is a page of the help subpackage.
import { type ExitEntry, type ExitPlan, isHelpEntry, planExit } from '../../../../src/help/lib/exitPlan'

const ORIGIN = 'http://127.0.0.1:8080/'
const page = (route: string, sameDocument = true): ExitEntry => ({ url: `${ORIGIN}#/${route}`, sameDocument })
const BOARD = 'pages/board/index?scene=demo-community'
const ME = 'pages/me/index'
const MINE = 'help/pages/mine/index'
const CASE = 'help/pages/case/index?caseId=c1'
const INTAKE = 'help/pages/intake/index?orgId=o1'
const TIPS = `${ORIGIN}#/pages/tips/index`

/** What the history holds after the plan is carried out (entries oldest first), and where she is. */
function carryOut(entries: ExitEntry[], current: number, plan: ExitPlan): { urls: string[]; at: number } {
  const at = current - plan.back
  const kept = entries.slice(0, plan.write === 'push' ? at + 1 : at).map((entry) => entry.url)
  const after = plan.write === 'replace' ? entries.slice(at + 1).map((entry) => entry.url) : []
  const written = plan.write === 'push' ? [TIPS] : plan.write === 'replace' ? [TIPS] : [TIPS, TIPS]
  return { urls: [...kept, ...written, ...after], at: kept.length + written.length - 1 }
}

describe('quick exit leaves no help page in the history', () => {
  test('from a case opened from 我的 → 我的求助: back to 我的, the tips page pushed over the rest', () => {
    const entries = [page(BOARD), page(ME), page(MINE), page(CASE)]
    const plan = planExit(entries, 3)
    expect(plan).toEqual({ back: 2, write: 'push' })
    expect(carryOut(entries, 3, plan).urls).toEqual([entries[0].url, entries[1].url, TIPS])
  })

  test('from the intake opened from the board: back to the board', () => {
    expect(planExit([page(BOARD), page(INTAKE)], 1)).toEqual({ back: 1, write: 'push' })
  })

  test('an earlier visit to the help pages, further down, is taken out too', () => {
    const entries = [page(BOARD), page(INTAKE), page(ME), page(MINE)]
    const plan = planExit(entries, 3)
    expect(plan).toEqual({ back: 3, write: 'push' })
    expect(carryOut(entries, 3, plan).urls.filter(isHelpEntry)).toEqual([])
  })

  test('help pages ahead of her (she had gone Back) are dropped by the push', () => {
    const entries = [page(ME), page(MINE), page(CASE)]
    const plan = planExit(entries, 1)
    expect(plan).toEqual({ back: 1, write: 'push' })
    expect(carryOut(entries, 1, plan).urls).toEqual([entries[0].url, TIPS])
  })

  test('opened straight on a help page (a link, a reload): that entry is replaced, and what follows dropped', () => {
    expect(planExit([page(CASE)], 0)).toEqual({ back: 0, write: 'replace' })
    const entries = [page(MINE), page(CASE)]
    const plan = planExit(entries, 1)
    expect(plan).toEqual({ back: 1, write: 'replaceAndPush' })
    expect(carryOut(entries, 1, plan).urls).toEqual([TIPS, TIPS])
  })

  test('entries of another document are never stepped into (that would reload the app on them)', () => {
    const entries = [page(BOARD, false), page(MINE), page(CASE)]
    expect(planExit(entries, 2)).toEqual({ back: 1, write: 'replaceAndPush' })
    expect(planExit([{ url: 'about:blank', sameDocument: false }, page(BOARD), page(INTAKE)], 2)).toEqual({ back: 1, write: 'push' })
  })

  test('router page paths are read like browser addresses', () => {
    expect(isHelpEntry('/help/pages/case/index?caseId=c1&stamp=3')).toBe(true)
    expect(isHelpEntry('pages/board/index')).toBe(false)
    expect(isHelpEntry(`${ORIGIN}#/helpful/pages/x`)).toBe(false)
  })
})
