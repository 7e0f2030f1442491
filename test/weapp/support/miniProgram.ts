// A headless run of the BUILT mini-program (dist/weapp) in Node: no DevTools, no network.
//
// What it simulates:
// - WeChat's app service: every file of dist/weapp runs in one `vm` context (one realm,
//   like the app service's JS thread) through WeChat's module wrapper — `require`,
//   `module`, `exports`, and the browser names WeChat shadows as undefined (`window`,
//   `document`, `localStorage`, `XMLHttpRequest`, …), so code that reaches an H5-only
//   global fails here as it fails on a phone. The context has only what WeChat gives
//   (ECMAScript built-ins, timers, console, `wx`, `App`, `Page`, `Component`,
//   `Behavior`, `getApp`, `getCurrentPages`): no `process`, `fetch`, `URL`, `Buffer`.
// - Loading: app.js first (it requires common.js, vendors.js, taro.js, runtime.js, as
//   WeChat runs them), then each page's js when the page opens — a subpackage's page
//   requires its own sub-common/sub-vendors files by relative path, as on the phone.
// - `App` / `Page` / `Component` record the objects they are given; a page instance is
//   the Page object with `data`, `route`, `options` and a `setData` that serialises the
//   update (as WeChat does before it crosses to the view layer), records it, and applies
//   its paths (`root.cn.[0].cn.[2].v`) to the page's data.
// - Lifecycles in WeChat's order: App onLaunch → onShow, then per page onLoad(query) →
//   onShow → onReady; navigateTo hides the page under it, redirectTo/navigateBack unload.
// - Events: a tap or an input is dispatched as WeChat does it: to the page method that
//   the node's template (base.wxml `tmpl_0_<nn>`) binds to that event (Taro's one
//   handler, `eh`), with the node's `sid`; a tap then bubbles to every ancestor whose
//   template binds tap, innermost first, until a `catch` (Taro defers a handler to the
//   outermost bound ancestor's call and honours stopPropagation there, so without the
//   bubbling a tap inside a tappable card would do nothing). A node where no template on
//   the way up binds the event (static views) cannot be tapped on a phone, nor here.
// - `wx`: storage (in memory), navigation (recorded, and the target page opened),
//   toast/modal/loading (recorded; a modal answers only what a test planned),
//   setNavigationBarTitle, stopPullDownRefresh, getAppBaseInfo / getSystemInfoSync /
//   getWindowInfo / getDeviceInfo, the undocumented setPageStyle (recorded), and
//   `wx.cloud`: `init` (recorded; until it is called every cloud call fails, as on
//   WeChat) and `callFunction`, answered by a backend the test gives (the real handlers
//   on an in-memory store); its reply crosses as JSON, as WeChat's does. Every other API
//   WeChat documents (miniprogram-api-typings) exists and THROWS when called, and is
//   listed in `unsimulated` — the privacy and subscription calls too, so a page that
//   starts making them fails here until this file simulates them; so is a Taro API the
//   platform lacks (Taro only warns). `wx.request` throws: the product calls its back
//   end through the cloud only.
//
// Why not miniprogram-simulate: it renders custom components' WXML through exparser,
// while a Taro page is a Page object whose whole view is one recursive template over the
// data its setData builds; the data tree is what the page hands WeChat, and it is read
// here directly.
//
// What it does not simulate: rendering (WXML/WXSS are checked by wcc/wcsc in the build
// tests; here the data tree is read directly), layout, custom wrappers and native
// components' own behaviour, the privacy and subscription popups, real timing and
// network weather, the JS engine differences of a phone. The automator spec
// (test/e2e/automator.test.ts) drives the real runtime on machines with DevTools.
import fs from 'node:fs'
import path from 'node:path'
import vm from 'node:vm'
import { textOf, type TaroNode } from './tree'

/** The names WeChat's module wrapper passes as undefined to every file of the app service. */
const SHADOWED_GLOBALS = [
  'window',
  'document',
  'frames',
  'self',
  'location',
  'navigator',
  'localStorage',
  'history',
  'Caches',
  'screen',
  'alert',
  'confirm',
  'prompt',
  'XMLHttpRequest',
  'WebSocket',
  'Reporter',
  'webkit',
  'WeixinJSCore',
]

/** Every API WeChat documents, from the typings of the installed base library. */
function documentedWxApis(): string[] {
  const typings = fs.readFileSync(require.resolve('miniprogram-api-typings/types/wx/lib.wx.api.d.ts'), 'utf8')
  return [...new Set([...typings.matchAll(/\/api\/[^)\s]*\/wx\.([A-Za-z]+)\.html/g)].map((match) => match[1]))]
}

export type CloudBackend = (name: string, data: unknown) => Promise<unknown>

export interface SimulatorOptions {
  /** the built mini-program (dist/weapp) */
  dist: string
  /** answers `wx.cloud.callFunction`: the function's return value (WeChat's `result`) */
  cloud: CloudBackend
  /** what wx.getAppBaseInfo answers beyond the defaults (e.g. fontSizeScaleFactor) */
  appBaseInfo?: Record<string, unknown>
}

export interface CloudCallRecord {
  name: string
  data: unknown
  result?: unknown
  error?: string
}

export interface NavigationRecord {
  api: 'navigateTo' | 'redirectTo' | 'reLaunch' | 'switchTab' | 'navigateBack'
  url?: string
}

type Callbacks = { success?: (res: unknown) => void; fail?: (err: unknown) => void; complete?: (res: unknown) => void }
type PageConfig = Record<string, unknown> & { data?: Record<string, unknown> }
type Handler = (...args: unknown[]) => unknown

/** A page on the stack: WeChat's page instance and what it was handed. */
export interface PageInstance {
  route: string
  options: Record<string, string>
  data: { root?: TaroNode } & Record<string, unknown>
  /** every update handed to setData, serialised as it would cross to the view layer */
  setDataCalls: Record<string, unknown>[]
  [method: string]: unknown
}

/** An error's stack or message, whichever realm made it (the app's errors are not this realm's `Error`). */
function describeError(error: unknown): string {
  if (error !== null && typeof error === 'object' && ('stack' in error || 'message' in error)) {
    const { stack, message } = error as { stack?: unknown; message?: unknown }
    return String(stack ?? message)
  }
  return String(error)
}

const clone = <T>(value: T): T => (value === undefined ? value : JSON.parse(JSON.stringify(value)))

/** `root.cn.[0].cn.[2].v` / `a.b[1].c` → ['root', 'cn', 0, 'cn', 2, 'v']. */
function pathKeys(dataPath: string): (string | number)[] {
  const keys: (string | number)[] = []
  for (const match of dataPath.matchAll(/\[(\d+)\]|([^.[\]]+)/g)) keys.push(match[1] !== undefined ? Number(match[1]) : match[2])
  return keys
}

function setPath(target: Record<string, unknown>, dataPath: string, value: unknown): void {
  const keys = pathKeys(dataPath)
  let at: Record<string | number, unknown> = target
  keys.slice(0, -1).forEach((key, index) => {
    const next = at[key]
    if (next === null || typeof next !== 'object') at[key] = typeof keys[index + 1] === 'number' ? [] : {}
    at = at[key] as Record<string | number, unknown>
  })
  at[keys[keys.length - 1]] = value
}

/** `pages/x/index?a=1&b=%E5` → route and query; values stay encoded, as WeChat hands them to onLoad. */
function parseUrl(url: string, from: string | null): { route: string; query: Record<string, string> } {
  const [rawPath, rawQuery = ''] = url.split('?')
  const route = rawPath.startsWith('/') ? rawPath.slice(1) : from ? path.posix.join(path.posix.dirname(from), rawPath) : rawPath
  const query: Record<string, string> = {}
  for (const pair of rawQuery.split('&')) {
    if (!pair) continue
    const at = pair.indexOf('=')
    query[at < 0 ? pair : pair.slice(0, at)] = at < 0 ? '' : pair.slice(at + 1)
  }
  return { route, query }
}

/** How a template binds an event: the page method it calls, and whether it stops the bubbling (`catch`). */
interface Binding {
  method: string
  catches: boolean
}

/** For each node name, the events WeChat's depth-0 template binds and to which page method (Taro's `eh`). */
function templateEvents(dist: string): Map<string, Map<string, Binding>> {
  const wxml = fs.readFileSync(path.join(dist, 'base.wxml'), 'utf8')
  const events = new Map<string, Map<string, Binding>>()
  // tolerant of a minified base.wxml: either quote, `bind:tap` as well as `bindtap`
  for (const match of wxml.matchAll(/<template\s+name=["']tmpl_0_([^"']+)["']\s*>([\s\S]*?)<\/template>/g)) {
    const opening = /<[a-z-]+\s[^>]*>/.exec(match[2])?.[0] ?? ''
    const bound = [...opening.matchAll(/\s(bind|catch):?([a-z]+)=["']([A-Za-z_$][\w$]*)["']/g)]
    events.set(match[1], new Map(bound.map(([, kind, event, method]) => [event, { method, catches: kind === 'catch' }])))
  }
  return events
}

/** WeChat keeps at most ten pages on the stack; navigateTo fails beyond. */
const MAX_PAGE_STACK = 10

/** WeChat's bubbling events: delivered to the node, then to each ancestor that binds them, until a `catch`. */
const BUBBLING_EVENTS = new Set([
  'touchstart',
  'touchmove',
  'touchcancel',
  'touchend',
  'tap',
  'longpress',
  'longtap',
  'transitionend',
  'animationstart',
  'animationiteration',
  'animationend',
  'touchforcechange',
])

/** The nodes from `root` down to `node`, or null when it is not under root. */
function pathTo(root: TaroNode, node: TaroNode): TaroNode[] | null {
  if (root === node) return [root]
  for (const child of Array.isArray(root.cn) ? root.cn : []) {
    const below = pathTo(child, node)
    if (below) return [root, ...below]
  }
  return null
}

export class MiniProgram {
  readonly cloudCalls: CloudCallRecord[] = []
  readonly navigations: NavigationRecord[] = []
  readonly toasts: unknown[] = []
  readonly modals: unknown[] = []
  readonly titles: string[] = []
  readonly pageStyles: { route: string | null; style: unknown }[] = []
  /** APIs the app called that this run does not simulate (each call also threw) */
  readonly unsimulated: string[] = []
  /** errors thrown in timers and lifecycles, and console.error lines */
  readonly errors: string[] = []
  /** console.warn lines */
  readonly warnings: string[] = []
  /** answers for the next showModal calls, in order */
  readonly plannedModalAnswers: { confirm: boolean }[] = []
  readonly storage = new Map<string, string>()
  /** what the app passed to wx.cloud.init (the dynamic environment is named, not a symbol) */
  readonly cloudInits: { env: unknown; traceUser?: boolean }[] = []
  /** the app's wx.onNeedPrivacyAuthorization listeners (WeChat calls them before a privacy-scoped API) */
  readonly privacyListeners: unknown[] = []
  /** the app's wx.onPageNotFound listeners (WeChat calls them instead of opening a page the app does not have) */
  readonly pageNotFoundListeners: Handler[] = []
  /** every wx.requestSubscribeMessage call: the template ids asked for, in call order with the cloud calls */
  readonly subscribeRequests: { tmplIds: string[]; beforeCloudCall: number }[] = []
  /** how she answers the subscription popup: each template id → accept / reject (default accept) */
  subscribeAnswer: 'accept' | 'reject' = 'accept'

  private readonly context: vm.Context
  private readonly modules = new Map<string, { exports: unknown }>()
  private readonly registeredPages = new Map<string, PageConfig>()
  private readonly registeredComponents = new Map<string, PageConfig>()
  private readonly stack: PageInstance[] = []
  private readonly timers = new Set<NodeJS.Timeout>()
  private readonly templates: Map<string, Map<string, Binding>>
  private readonly appJson: { pages: string[]; subPackages?: { root: string; pages: string[] }[] }
  private loading: string | null = null
  private app: Record<string, unknown> | null = null
  private pendingCalls = 0
  private disposed = false
  private appRealmJson: JSON | null = null

  constructor(private readonly options: SimulatorOptions) {
    this.appJson = JSON.parse(fs.readFileSync(path.join(options.dist, 'app.json'), 'utf8'))
    this.templates = templateEvents(options.dist)
    this.context = vm.createContext(this.globals())
  }

  // ── the app service's globals ──────────────────────────────────────────────

  private globals(): Record<string, unknown> {
    const record =
      (list: string[]) =>
      (...args: unknown[]) =>
        list.push(args.map(describeError).join(' '))
    const warn = (...args: unknown[]) => {
      record(this.warnings)(...args)
      const unsupported = /小程序暂不支持 (\S+)/.exec(String(args[0]))
      if (unsupported) this.unsimulated.push(`Taro.${unsupported[1]}`)
    }
    const quiet = () => {}
    return {
      console: { log: quiet, info: quiet, debug: quiet, warn, error: record(this.errors) },
      setTimeout: (fn: Handler, ms?: number, ...args: unknown[]) => this.timer(setTimeout, fn, ms, args),
      setInterval: (fn: Handler, ms?: number, ...args: unknown[]) => this.timer(setInterval, fn, ms, args),
      clearTimeout: (handle: NodeJS.Timeout) => this.clearTimer(handle),
      clearInterval: (handle: NodeJS.Timeout) => this.clearTimer(handle),
      wx: this.wx(),
      App: (config: Record<string, unknown>) => {
        if (this.app) throw new Error('App() called twice')
        this.app = config
      },
      Page: (config: PageConfig) => {
        if (!this.loading) throw new Error('Page() called outside a page file')
        this.registeredPages.set(this.loading, config)
      },
      Component: (config: PageConfig) => {
        this.registeredComponents.set(this.loading ?? '(unknown)', config)
      },
      Behavior: (config: unknown) => config,
      getApp: () => this.app,
      getCurrentPages: () => [...this.stack],
      requirePlugin: () => {
        throw new Error('requirePlugin is not simulated: the app declares no plugin')
      },
    }
  }

  private timer(kind: typeof setTimeout | typeof setInterval, fn: Handler, ms: number | undefined, args: unknown[]): NodeJS.Timeout {
    const handle: NodeJS.Timeout = kind(() => {
      if (kind === setTimeout) this.timers.delete(handle)
      this.guard('timer', () => fn(...args))
    }, ms ?? 0)
    this.timers.add(handle)
    return handle
  }

  private clearTimer(handle: NodeJS.Timeout): void {
    clearTimeout(handle)
    this.timers.delete(handle)
  }

  private guard(where: string, fn: () => unknown): unknown {
    try {
      return fn()
    } catch (error) {
      this.errors.push(`${where}: ${describeError(error)}`)
      return undefined
    }
  }

  /** A value made in this realm, re-made in the app's realm (as data crossing from WeChat's native side). */
  private intoApp<T>(value: T): T {
    if (value === undefined) return value
    this.appRealmJson ??= vm.runInContext('JSON', this.context) as JSON
    return this.appRealmJson.parse(JSON.stringify(value))
  }

  private wx(): Record<string, unknown> {
    const wx: Record<string, unknown> = {}
    for (const api of documentedWxApis()) {
      wx[api] = () => {
        this.unsimulated.push(`wx.${api}`)
        throw new Error(`wx.${api} is not simulated by the headless run: simulate it in test/weapp/support/miniProgram.ts`)
      }
    }
    const later = (fn: () => void) => this.timer(setTimeout, fn, 0, [])
    const answer = (options: Callbacks | undefined, api: string, res: Record<string, unknown> = {}) => {
      const reply = this.intoApp({ errMsg: `${api}:ok`, ...res })
      later(() => {
        options?.success?.(reply)
        options?.complete?.(reply)
      })
    }
    const refuse = (options: Callbacks | undefined, api: string, reason: string) => {
      const reply = this.intoApp({ errMsg: `${api}:fail ${reason}` })
      later(() => {
        options?.fail?.(reply)
        options?.complete?.(reply)
      })
    }
    const baseInfo = () => ({
      SDKVersion: '3.7.0',
      language: 'zh_CN',
      version: '8.0.50',
      theme: 'light',
      fontSizeSetting: 17,
      fontSizeScaleFactor: 1,
      enableDebug: false,
      ...this.options.appBaseInfo,
    })
    const windowInfo = {
      pixelRatio: 3,
      screenWidth: 375,
      screenHeight: 812,
      windowWidth: 375,
      windowHeight: 724,
      statusBarHeight: 44,
      safeArea: { top: 44, bottom: 778, left: 0, right: 375, width: 375, height: 734 },
    }
    Object.assign(wx, {
      getStorageSync: (key: string) => (this.storage.has(key) ? this.intoApp(JSON.parse(this.storage.get(key) as string)) : ''),
      setStorageSync: (key: string, value: unknown) => {
        this.storage.set(key, JSON.stringify(value))
      },
      removeStorageSync: (key: string) => {
        this.storage.delete(key)
      },
      getStorageInfoSync: () => this.intoApp({ keys: [...this.storage.keys()], currentSize: 1, limitSize: 10240 }),
      request: () => {
        this.unsimulated.push('wx.request')
        throw new Error('wx.request: the mini-program reaches its back end through wx.cloud.callFunction only')
      },
      getAppBaseInfo: () => this.intoApp(baseInfo()),
      getWindowInfo: () => this.intoApp(windowInfo),
      getDeviceInfo: () => this.intoApp({ brand: 'devtools', model: 'headless', system: 'iOS 17.0', platform: 'ios' }),
      getSystemInfoSync: () => this.intoApp({ ...baseInfo(), ...windowInfo, brand: 'devtools', model: 'headless', system: 'iOS 17.0', platform: 'ios' }),
      /** Undocumented (src/lib/fontScale.ts): recorded with the page it was called on. */
      setPageStyle: (option: { style?: unknown } & Callbacks) => {
        this.pageStyles.push({ route: this.currentPage()?.route ?? null, style: clone(option.style) })
        answer(option, 'setPageStyle')
      },
      showToast: (option: Callbacks & Record<string, unknown>) => {
        this.toasts.push(clone(option))
        answer(option, 'showToast')
      },
      hideToast: (option?: Callbacks) => answer(option, 'hideToast'),
      showLoading: (option: Callbacks) => answer(option, 'showLoading'),
      hideLoading: (option?: Callbacks) => answer(option, 'hideLoading'),
      showModal: (option: Callbacks & Record<string, unknown>) => {
        this.modals.push(clone(option))
        const planned = this.plannedModalAnswers.shift()
        if (!planned) {
          this.unsimulated.push('wx.showModal (no answer planned)')
          throw new Error(`wx.showModal: the test planned no answer for ${JSON.stringify(option.title ?? option.content)}`)
        }
        answer(option, 'showModal', { confirm: planned.confirm, cancel: !planned.confirm })
      },
      setNavigationBarTitle: (option: { title: string } & Callbacks) => {
        this.titles.push(option.title)
        answer(option, 'setNavigationBarTitle')
      },
      stopPullDownRefresh: (option?: Callbacks) => answer(option, 'stopPullDownRefresh'),
      nextTick: (fn: () => void) => later(fn),
      navigateTo: (option: { url: string } & Callbacks) => this.navigate('navigateTo', option, answer, refuse),
      redirectTo: (option: { url: string } & Callbacks) => this.navigate('redirectTo', option, answer, refuse),
      reLaunch: (option: { url: string } & Callbacks) => this.navigate('reLaunch', option, answer, refuse),
      switchTab: (option: { url: string } & Callbacks) => refuse(option, 'switchTab', 'the app has no tabBar'),
      navigateBack: (option: { delta?: number } & Callbacks = {}) => {
        this.navigations.push({ api: 'navigateBack' })
        if (this.stack.length < 2) return refuse(option, 'navigateBack', 'cannot navigate back at first page.')
        later(() => {
          for (let i = 0; i < Math.max(1, option.delta ?? 1) && this.stack.length > 1; i++) this.unload(this.stack.pop() as PageInstance)
          this.lifecycle(this.stack[this.stack.length - 1], 'onShow')
        })
        answer(option, 'navigateBack')
      },
      onNeedPrivacyAuthorization: (listener: unknown) => {
        this.privacyListeners.push(listener)
      },
      openPrivacyContract: (option?: Callbacks) => answer(option, 'openPrivacyContract'),
      onPageNotFound: (listener: Handler) => {
        this.pageNotFoundListeners.push(listener)
      },
      requestSubscribeMessage: (option: { tmplIds: string[] } & Callbacks) => {
        this.subscribeRequests.push({ tmplIds: [...option.tmplIds], beforeCloudCall: this.cloudCalls.length })
        answer(option, 'requestSubscribeMessage', Object.fromEntries(option.tmplIds.map((id) => [id, this.subscribeAnswer])))
      },
      cloud: this.cloud(),
    })
    return wx
  }

  private cloud(): Record<string, unknown> {
    const DYNAMIC_CURRENT_ENV = Symbol('DYNAMIC_CURRENT_ENV')
    return {
      DYNAMIC_CURRENT_ENV,
      init: (config: { env?: unknown; traceUser?: boolean } = {}) => {
        this.cloudInits.push({ env: config.env === DYNAMIC_CURRENT_ENV ? 'DYNAMIC_CURRENT_ENV' : config.env, traceUser: config.traceUser })
      },
      callFunction: (option: { name: string; data?: unknown } & Callbacks) => {
        const record: CloudCallRecord = { name: option.name, data: clone(option.data) }
        this.cloudCalls.push(record)
        this.pendingCalls++
        const done = (async () => {
          try {
            // WeChat refuses every cloud call until the app has called wx.cloud.init
            if (!this.cloudInits.length) throw new Error("Cloud API isn't enabled, please call wx.cloud.init first")
            const result = await this.options.cloud(option.name, clone(option.data))
            record.result = clone(result)
            return this.intoApp({ errMsg: 'cloud.callFunction:ok', result, requestID: String(this.cloudCalls.length) })
          } catch (error) {
            record.error = describeError(error).split('\n')[0]
            throw this.intoApp({ errMsg: `cloud.callFunction:fail ${record.error}` })
          } finally {
            this.pendingCalls--
          }
        })()
        if (!option.success && !option.fail && !option.complete) return done
        done.then(
          (res) => {
            option.success?.(res)
            option.complete?.(res)
          },
          (err) => {
            option.fail?.(err)
            option.complete?.(err)
          },
        )
        return undefined
      },
    }
  }

  // ── files ──────────────────────────────────────────────────────────────────

  /** WeChat's `require`: a path relative to the requiring file, `.js` optional, each file run once. */
  private load(file: string): unknown {
    const normalized = path.posix.normalize(file.endsWith('.js') ? file : `${file}.js`)
    const cached = this.modules.get(normalized)
    if (cached) return cached.exports
    const full = path.join(this.options.dist, normalized)
    if (!full.startsWith(path.resolve(this.options.dist) + path.sep) || !fs.existsSync(full)) throw new Error(`module "${normalized}" is not defined`)
    const module = { exports: {} as unknown }
    this.modules.set(normalized, module)
    const wrapper = vm.runInContext(`(function (require, module, exports, ${SHADOWED_GLOBALS.join(', ')}) {${fs.readFileSync(full, 'utf8')}\n})`, this.context, { filename: full })
    const localRequire = (request: string) => this.load(path.posix.join(path.posix.dirname(normalized), request))
    wrapper(localRequire, module, module.exports)
    return module.exports
  }

  private isPage(route: string): boolean {
    if (this.appJson.pages.includes(route)) return true
    return (this.appJson.subPackages ?? []).some((pkg) => pkg.pages.some((page) => `${pkg.root}/${page}` === route))
  }

  private pageConfig(route: string): PageConfig {
    if (!this.registeredPages.has(route)) {
      this.loading = route
      try {
        this.load(`${route}.js`)
      } finally {
        this.loading = null
      }
    }
    const config = this.registeredPages.get(route)
    if (!config) throw new Error(`${route}.js did not call Page()`)
    return config
  }

  // ── pages ──────────────────────────────────────────────────────────────────

  private createPage(route: string, query: Record<string, string>): PageInstance {
    const config = this.pageConfig(route)
    const page = Object.create(null) as PageInstance
    for (const [key, value] of Object.entries(config)) if (key !== 'data') page[key] = value
    const data = this.intoApp(config.data ?? {}) as PageInstance['data']
    const setDataCalls: PageInstance['setDataCalls'] = []
    Object.assign(page, {
      route,
      __route__: route,
      is: route,
      options: this.intoApp(query),
      data,
      setDataCalls,
      setData: (patch: Record<string, unknown>, callback?: () => void) => {
        // WeChat drops an update to a page that has been unloaded
        if (!this.stack.includes(page)) return
        const serialised = clone(patch)
        setDataCalls.push(serialised)
        for (const [dataPath, value] of Object.entries(serialised)) setPath(data, dataPath, value)
        if (callback) this.timer(setTimeout, () => callback.call(page), 0, [])
      },
    })
    return page
  }

  private lifecycle(page: PageInstance | undefined, name: string, ...args: unknown[]): void {
    const hook = page?.[name]
    if (typeof hook === 'function') this.guard(`${page?.route}.${name}`, () => hook.apply(page, args))
  }

  private unload(page: PageInstance): void {
    this.lifecycle(page, 'onUnload')
  }

  private openPage(url: string): PageInstance {
    const { route, query } = parseUrl(url, this.currentPage()?.route ?? null)
    if (!this.isPage(route)) throw new Error(`page "${route}" is not found`)
    const page = this.createPage(route, query)
    this.stack.push(page)
    this.lifecycle(page, 'onLoad', this.intoApp(query))
    this.lifecycle(page, 'onShow')
    this.lifecycle(page, 'onReady')
    return page
  }

  private navigate(
    api: 'navigateTo' | 'redirectTo' | 'reLaunch',
    option: { url: string } & Callbacks,
    answer: (options: Callbacks, api: string) => void,
    refuse: (options: Callbacks, api: string, reason: string) => void,
  ): void {
    this.navigations.push({ api, url: option.url })
    const { route } = parseUrl(option.url, this.currentPage()?.route ?? null)
    if (!this.isPage(route)) return refuse(option, api, `page "${route}" is not found`)
    if (api === 'navigateTo' && this.stack.length >= MAX_PAGE_STACK) return refuse(option, api, 'webview count limit exceed')
    this.timer(
      setTimeout,
      () => {
        if (api === 'navigateTo') this.lifecycle(this.currentPage(), 'onHide')
        if (api === 'redirectTo') this.unload(this.stack.pop() as PageInstance)
        if (api === 'reLaunch') while (this.stack.length) this.unload(this.stack.pop() as PageInstance)
        this.openPage(option.url)
      },
      0,
      [],
    )
    answer(option, api)
  }

  // ── what a test does ───────────────────────────────────────────────────────

  /** Starts the app as WeChat does when she scans a code: App onLaunch/onShow, then the page. */
  launch(route: string, query: Record<string, string> = {}): PageInstance {
    this.start(route, query)
    const search = Object.entries(query)
      .map(([key, value]) => `${key}=${value}`)
      .join('&')
    return this.openPage(`/${route}${search ? `?${search}` : ''}`)
  }

  /**
   * Starts the app at a path it has no page for (an old link): as WeChat does, App
   * onLaunch/onShow, then the app's onPageNotFound listeners instead of a page; a page
   * one of them redirects to opens a moment later (waitFor it).
   */
  launchMissing(route: string, query: Record<string, string> = {}): void {
    if (this.isPage(route)) throw new Error(`${route} is a page of the app`)
    this.start(route, query)
    if (this.pageNotFoundListeners.length === 0) throw new Error(`page "${route}" is not found, and the app listens for no wx.onPageNotFound`)
    const res = this.intoApp({ path: route, query, isEntryPage: true })
    for (const listener of this.pageNotFoundListeners) this.guard('wx.onPageNotFound', () => listener(res))
  }

  private start(route: string, query: Record<string, string>): void {
    if (this.app) throw new Error('the app is already running')
    this.load('app.js')
    // App() set it while app.js ran
    const app = this.app as Record<string, unknown> | null
    if (!app) throw new Error('app.js did not call App()')
    const launch = this.intoApp({ path: route, query, scene: 1047, referrerInfo: {} })
    for (const hook of ['onLaunch', 'onShow']) {
      const fn = app[hook]
      if (typeof fn === 'function') this.guard(`App.${hook}`, () => fn.call(app, launch))
    }
  }

  /** Opens a page on top, as a link inside the app would (navigateTo). */
  open(url: string): PageInstance {
    if (!this.app) throw new Error('launch the app first')
    this.lifecycle(this.currentPage(), 'onHide')
    return this.openPage(url)
  }

  /** The phone's Back: unloads the page on top and shows the one under it. */
  back(): PageInstance {
    if (this.stack.length < 2) throw new Error('there is no page to go back to')
    this.unload(this.stack.pop() as PageInstance)
    const page = this.stack[this.stack.length - 1]
    this.lifecycle(page, 'onShow')
    return page
  }

  currentPage(): PageInstance | undefined {
    return this.stack[this.stack.length - 1]
  }

  pages(): PageInstance[] {
    return [...this.stack]
  }

  /** The page's rendered tree (what setData has built so far). */
  root(page: PageInstance | undefined = this.currentPage()): TaroNode {
    if (!page) throw new Error('no page is open')
    return (page.data.root ?? { cn: [] }) as TaroNode
  }

  /** A tap on a node, as WeChat delivers it: to the page's `eh`, only where the node's template binds tap. */
  tap(node: TaroNode, page: PageInstance | undefined = this.currentPage()): void {
    this.dispatch('tap', node, {}, page)
  }

  /** Typing into an input node (WeChat's `input` event with the whole value). */
  input(node: TaroNode, value: string, page: PageInstance | undefined = this.currentPage()): void {
    this.dispatch('input', node, { value, cursor: value.length, keyCode: 0 }, page)
  }

  /** How WeChat binds `type` on a node: its template's binding, if any. */
  private binding(node: TaroNode, type: string): Binding | undefined {
    // form fields have two templates, chosen by utils.wxs on whether the node carries `focus`
    const name = this.templates.has(`${String(node.nn)}_blur`) ? `${String(node.nn)}_${node.focus !== undefined ? 'focus' : 'blur'}` : String(node.nn)
    const bound = this.templates.get(name)
    if (!bound) throw new Error(`base.wxml has no template for node name ${name}`)
    return bound.get(type)
  }

  private dispatch(type: string, node: TaroNode, detail: Record<string, unknown>, page: PageInstance | undefined): void {
    if (!page) throw new Error('no page is open')
    if (!node.sid) throw new Error(`a ${type} needs a node with a sid: ${JSON.stringify(node).slice(0, 200)}`)
    const chain = pathTo(this.root(page), node)
    if (!chain) throw new Error(`the node ${node.sid} is not on ${page.route}`)
    const targetOf = (at: TaroNode) => ({ id: at.uid ?? at.sid, dataset: { sid: at.sid }, offsetLeft: 0, offsetTop: 0 })
    // the node itself, then (for a bubbling event) its ancestors, innermost first; the page's root holder has no sid
    const receivers = (BUBBLING_EVENTS.has(type) ? chain.slice().reverse() : [node]).filter((at) => at.sid)
    let delivered = 0
    for (const receiver of receivers) {
      const binding = this.binding(receiver, type)
      if (!binding) continue
      const handler = page[binding.method]
      if (typeof handler !== 'function') throw new Error(`${page.route} has no method ${binding.method}, which the template binds to ${type}`)
      const event = this.intoApp({
        type,
        timeStamp: Date.now(),
        target: targetOf(node),
        currentTarget: targetOf(receiver),
        detail: type === 'tap' ? { x: 10, y: 10, ...detail } : detail,
        touches: [],
        changedTouches: [],
        mut: false,
      })
      this.guard(`${page.route}.${binding.method}(${type})`, () => handler.call(page, event))
      delivered++
      if (binding.catches) break
    }
    if (!delivered)
      throw new Error(`node ${node.sid} ("${textOf(node).slice(0, 40)}") and its ancestors are rendered by templates that do not bind ${type}: WeChat would not deliver it`)
  }

  /** Waits until `check` holds, the app running meanwhile; on time-out says what the page shows. */
  async waitFor<T>(what: string, check: () => T | null | undefined | false, timeoutMs = 10_000): Promise<T> {
    const deadline = Date.now() + timeoutMs
    for (;;) {
      const value = check()
      if (value) return value
      if (Date.now() > deadline) {
        const page = this.currentPage()
        throw new Error(
          [
            `Waited ${timeoutMs} ms for ${what}.`,
            `Page: ${page?.route ?? '(none)'}; it shows: ${page ? textOf(this.root(page)).slice(0, 600) : ''}`,
            `Cloud calls: ${JSON.stringify(this.cloudCalls.map((call) => ({ name: call.name, data: call.data, error: call.error }))).slice(0, 800)}`,
            `Unsimulated: ${this.unsimulated.join(', ') || 'none'}`,
            `Errors: ${this.errors.join('\n') || 'none'}`,
          ].join('\n'),
        )
      }
      await new Promise((resolve) => setTimeout(resolve, 10))
    }
  }

  /** Waits until no cloud call is in flight and the page has had a moment to render its answer. */
  async settle(timeoutMs = 10_000): Promise<void> {
    let quietSince = 0
    await this.waitFor(
      'the cloud calls to settle',
      () => {
        if (this.pendingCalls > 0) quietSince = 0
        else if (!quietSince) quietSince = Date.now()
        return quietSince > 0 && Date.now() - quietSince >= 50
      },
      timeoutMs,
    )
  }

  /** Ends the run: unloads the pages and clears every timer the app left. */
  dispose(): void {
    if (this.disposed) return
    this.disposed = true
    while (this.stack.length) this.unload(this.stack.pop() as PageInstance)
    for (const handle of this.timers) clearTimeout(handle)
    this.timers.clear()
  }
}
