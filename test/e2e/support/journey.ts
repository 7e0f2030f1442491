// What every journey does the same way: one host and its phones for the whole file, a
// visible-only locator (Taro's H5 router keeps earlier pages in the DOM, hidden), opening a
// page afresh, and logging in through the dev login panel on 我的.
import type { BrowserContext, Locator, Page } from 'playwright-core'
import { launchPhone } from './browser'
import { npmStart, type StartedHost } from './host'

export interface Phone {
  context: BrowserContext
  page: Page
}

export interface Stage {
  /** set in beforeAll; a test may stop it and put a new one here */
  host: StartedHost
  /** one per phone asked for; each is filled in beforeAll and may be swapped with `Object.assign` (a restart) */
  readonly phones: readonly Phone[]
  /** the app's URL for a hash route, e.g. `/pages/me/index` */
  at(route: string): string
}

export interface StageOptions {
  /** how long `npm start` may take to answer (a first build on a busy machine takes longer) */
  readyTimeoutMs?: number
  /** how a phone is opened; Debian's Chromium with a fresh profile unless said otherwise */
  open?: () => Promise<Phone>
}

/**
 * Starts the product with `npm start` and opens `phones` browsers before the file's tests,
 * and closes them and stops the host after. Read `host` and the phones' `page` inside hooks
 * and tests: they are there once beforeAll has run.
 */
export function withHostAndPhones(phones = 1, options: StageOptions = {}): Stage {
  const stage: Stage = {
    host: undefined as unknown as StartedHost,
    phones: Array.from({ length: phones }, () => ({}) as Phone),
    at: (route) => `${stage.host.url}/#${route}`,
  }
  beforeAll(async () => {
    stage.host = await npmStart(options.readyTimeoutMs)
    for (const phone of stage.phones) Object.assign(phone, await (options.open ?? launchPhone)())
  })
  afterAll(async () => {
    for (const phone of stage.phones) await phone.context?.close()
    await stage.host?.stop()
  })
  return stage
}

/** Only what is shown: Taro's H5 router keeps earlier pages in the DOM, hidden. */
export const shown = (page: Page, selector: string) => page.locator(selector).filter({ visible: true })

/** Resolves once the page has drawn two more frames. */
const drawn = (page: Page): Promise<unknown> => page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))))

/**
 * Fills `field` with `text` and makes sure the field kept it. A field inside a Taro `View` that
 * has just been made (a row just added, a page just opened) is moved about 10 ms later, when the
 * View's web component starts and moves its children into place (seen with a MutationObserver:
 * the same input removed and inserted again). When `fill` came in that moment, no input event
 * reached the field and the form stored it empty (1 in 3 runs of the wall test on Chromium 156),
 * most likely because the move took the focus before the text was typed. No person types within 10 ms of a
 * field appearing; a test does. So the field is read again once the page has drawn, and filled
 * again until the text stays.
 */
export async function fillKept(page: Page, field: Locator, text: string): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    await field.fill(text)
    await drawn(page)
    await drawn(page)
    if ((await field.inputValue()) === text) return
    if (attempt === 5) throw new Error(`填写了「${text}」，页面五次都没有留住`)
  }
}

/** about:blank first, then `url`, so Taro's router does not reuse a page it kept. */
export async function freshGoto(page: Page, url: string): Promise<void> {
  await page.goto('about:blank')
  await page.goto(url)
}

export interface LogInWay {
  /** open 我的 afresh (through about:blank) rather than straight from where the phone is */
  fresh?: boolean
  /** type the openid into the panel's box instead of tapping its listed option */
  typed?: boolean
}

/** Logs in as `openid` through the dev login panel on 我的, and waits until the panel says so. */
export async function logIn(page: Page, hostUrl: string, openid: string, way: LogInWay = {}): Promise<void> {
  const me = `${hostUrl}/#/pages/me/index`
  if (way.fresh) await freshGoto(page, me)
  else await page.goto(me)
  if (way.typed) {
    await shown(page, '.dev-login-input').first().fill(openid)
    await shown(page, '.dev-login-submit').first().click()
  } else await shown(page, '.dev-login-option').filter({ hasText: openid }).first().click()
  await shown(page, '.dev-login-current').filter({ hasText: openid }).first().waitFor()
}
