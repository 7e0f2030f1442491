// Asking her consent to the 隐私保护指引 in our own words, at the moment a step needs it.
//
// Why our own popup and not WeChat's: WeChat's popup appears mid-tap, names only the
// 指引, and says nothing of what the step she just took needs or why; its words and
// size cannot be changed. A woman on the help pages must never meet an unexplained
// popup, and a village chair reads large plain text better than a system sheet. So the
// app registers wx.onNeedPrivacyAuthorization once (which turns WeChat's popup off), and
// the page she is on shows PrivacyConsent: one sentence on what the next step needs and
// why, 同意 (a button with open-type="agreePrivacyAuthorization", as WeChat requires),
// 不同意, and the full 指引 (wx.openPrivacyContract). The words are neutral on every
// page: they name the step (选照片, 复制, 保存二维码), never what the page is for.
//
// The pending privacy call waits until she answers. A page that calls a privacy-scoped
// API renders <PrivacyConsent />; if the page on top shows none, the call is refused
// and the feature says in Chinese how to allow it (wxRefusal.ts).
import Taro from '@tarojs/taro'

/** The id of the 同意 button: WeChat checks that the button with this id was tapped. */
export const AGREE_BUTTON_ID = 'privacy-agree'

export interface ConsentRequest {
  /** what the next step needs, e.g. 保存二维码需要写入相册 */
  title: string
  /** what is collected and why, in one or two plain sentences */
  detail: string
}

type ResolveOption = Taro.onNeedPrivacyAuthorization.ResolveOption
type Resolve = (option: ResolveOption) => void
type Show = (request: ConsentRequest | null) => void

interface Host {
  page: string
  show: Show
}

const PHOTO: ConsentRequest = { title: '选照片需要您同意', detail: '只读取您选中的那一张照片，上传后用在亮牌上；相册里的其他照片小程序看不到。' }

const REQUESTS: Record<string, ConsentRequest> = {
  chooseMedia: PHOTO,
  chooseImage: PHOTO,
  setClipboardData: { title: '复制需要使用剪贴板', detail: '只把您要复制的文字放进剪贴板，不读取剪贴板里原有的内容。' },
  saveImageToPhotosAlbum: { title: '保存二维码需要写入相册', detail: '只把这张二维码图片存进您的相册，不读取相册里的照片。' },
}

const ANY_STEP: ConsentRequest = { title: '这一步需要您同意', detail: '小程序要用到手机上的一项功能，只用在您刚才点的这一步。' }

/** The words for the API that asked (WeChat's eventInfo.referrer, e.g. "chooseMedia"). */
export function consentRequestFor(referrer: string | undefined): ConsentRequest {
  const name = (referrer ?? '').replace(/^wx\./, '')
  return REQUESTS[name] ?? ANY_STEP
}

const hosts: Host[] = []
let pending: { request: ConsentRequest; host: Host; resolves: Resolve[] } | null = null

const normalise = (page: string): string => page.replace(/^\//, '').replace(/\?.*$/, '')

function pageOnTop(): string {
  const pages = Taro.getCurrentPages()
  return normalise(pages[pages.length - 1]?.route ?? '')
}

/** WeChat asks for consent: the page on top explains; with no explanation to show, the call is refused. */
export function onNeedConsent(resolve: Resolve, eventInfo?: { referrer?: string }): void {
  if (pending) {
    pending.resolves.push(resolve)
    return
  }
  const top = pageOnTop()
  const host = [...hosts].reverse().find((candidate) => candidate.page === top)
  if (!host) {
    resolve({ event: 'disagree' })
    return
  }
  pending = { request: consentRequestFor(eventInfo?.referrer), host, resolves: [resolve] }
  resolve({ event: 'exposureAuthorization' })
  host.show(pending.request)
}

/** Her answer, for every call waiting on it (consent covers the whole 指引). */
export function answerConsent(agreed: boolean): void {
  const answered = pending
  pending = null
  if (!answered) return
  answered.host.show(null)
  const option: ResolveOption = agreed ? { event: 'agree', buttonId: AGREE_BUTTON_ID } : { event: 'disagree' }
  for (const resolve of answered.resolves) resolve(option)
}

/** A page's PrivacyConsent offers to explain; returns the way to withdraw (on unmount, refusing what it was showing). */
export function hostConsent(page: string, show: Show): () => void {
  const host: Host = { page: normalise(page), show }
  hosts.push(host)
  return () => {
    hosts.splice(hosts.indexOf(host), 1)
    if (pending?.host === host) answerConsent(false)
  }
}

/** Once, as the app starts (weapp; base library 2.32.3 and later have the event). */
export function listenForConsent(): void {
  if (typeof Taro.onNeedPrivacyAuthorization !== 'function') return
  Taro.onNeedPrivacyAuthorization(onNeedConsent)
}

/** The full 指引 as filled in on the platform, in WeChat's own page. */
export function openPrivacyContract(): void {
  Taro.openPrivacyContract({ fail: () => void Taro.showToast({ title: '暂时打不开，请稍后再试', icon: 'none' }) })
}
