// The ways out of the help pages that never depend on the product: one-tap calls to the
// police and the women's rights hotline, and quick exit to a neutral page (生活小贴士)
// that leaves nothing of the help pages on screen or anywhere in the page history.
// This is the browser's (H5) side; Taro builds the mini-program with safety.weapp.ts.
import Taro from '@tarojs/taro'
import { tipsHashUrl, tipsUrl } from '../../lib/helpRoutes'
import { type ExitEntry, type ExitPlan, planExit } from './exitPlan'

export { dial, type Hotline, POLICE, WOMEN_HOTLINE, YOUTH_HOTLINE } from '../../lib/hotlines'

/** How long a step back may take before quick exit goes on without it. */
const TRAVEL_TIMEOUT_MS = 1000

/** The part of the browser's Navigation API read here (Chromium-based browsers have it). */
interface BrowserNavigation {
  entries(): { url: string | null; sameDocument: boolean; index: number }[]
  currentEntry: { index: number } | null
}

/** The page history this document can see: the browser's list where it offers one, else the router's own stack. */
function historyEntries(): { entries: ExitEntry[]; current: number } {
  const { navigation } = window as Window & { navigation?: BrowserNavigation }
  const listed = navigation?.entries() ?? []
  if (navigation?.currentEntry && listed.length > 0) {
    return { entries: listed.map((entry) => ({ url: entry.url ?? '', sameDocument: entry.sameDocument })), current: navigation.currentEntry.index }
  }
  const pages = Taro.getCurrentPages()
  return { entries: pages.map((page) => ({ url: page.path ?? page.route ?? '', sameDocument: true })), current: pages.length - 1 }
}

/**
 * Keeps the router from seeing the steps back (it would show each page on the way);
 * its listeners are ordinary ones, and a capturing listener on window runs first.
 */
function silenceRouter(): () => void {
  const stop = (event: Event) => event.stopImmediatePropagation()
  window.addEventListener('popstate', stop, true)
  window.addEventListener('hashchange', stop, true)
  return () => {
    window.removeEventListener('popstate', stop, true)
    window.removeEventListener('hashchange', stop, true)
  }
}

/** Goes `delta` entries back and resolves once the browser has said so (popstate, and hashchange when the hash moved). */
function travel(delta: number): Promise<void> {
  const before = window.location.hash
  return new Promise((resolve) => {
    let popped = false
    const done = () => {
      clearTimeout(timer)
      window.removeEventListener('popstate', onPop, true)
      window.removeEventListener('hashchange', onHash, true)
      resolve()
    }
    const onPop = () => {
      popped = true
      if (window.location.hash === before) done()
    }
    const onHash = () => {
      if (popped) done()
    }
    const timer = setTimeout(done, TRAVEL_TIMEOUT_MS)
    window.addEventListener('popstate', onPop, true)
    window.addEventListener('hashchange', onHash, true)
    window.history.go(-delta)
  })
}

function writeTips(plan: ExitPlan): void {
  const tips = tipsHashUrl()
  if (plan.write === 'push') window.history.pushState(null, '', tips)
  else window.history.replaceState(null, '', tips)
  if (plan.write === 'replaceAndPush') window.history.pushState(null, '', tips)
}

/**
 * Blanks every page the router holds, at once: closing them, the router slides the
 * pages kept below into view on their way out. The tips page is a new one, shown as usual.
 */
function blankPages(): void {
  document.querySelectorAll<HTMLElement>('.taro_page').forEach((page) => (page.style.visibility = 'hidden'))
}

async function leaveInBrowser(): Promise<void> {
  blankPages()
  const { entries, current } = historyEntries()
  const plan = planExit(entries, current)
  const unsilence = silenceRouter()
  try {
    if (plan.back > 0) await travel(plan.back)
    writeTips(plan)
  } finally {
    unsilence()
  }
  // The router closes every page it holds and shows the tips page on the entry just written.
  await Taro.reLaunch({ url: tipsUrl() })
}

/**
 * Leaves for the tips page, every help page first taken out of the browser's history
 * (see exitPlan). The mini-program's quick exit is safety.weapp.ts.
 */
export function leaveForTips(): void {
  leaveInBrowser().catch(() => window.location.replace(tipsHashUrl()))
}
