// Asking for WeChat's subscription messages (订阅消息) at the taps where a person expects
// news. WeChat sends a message only after she accepted its template, one message per
// acceptance, and lets the mini-program ask only inside a tap handler, before any
// awaited network call — so `askForNews` is the first thing such a handler does: it opens
// WeChat's popup at once, then records what she accepted (org.subscribe) so the cloud
// functions know they may send; whatever she chose, the handler goes on. A refusal, a
// missing template id or a popup that fails never blocks what she came to do. In H5
// there is no WeChat: nothing is asked (her 消息 list has every notification anyway).
//
// The template ids are build-time configuration (TARO_APP_TEMPLATE_ID_*, config/index.ts;
// the same values as the functions' TEMPLATE_ID_*), not served by the back end: asking
// must happen before any network call in the tap, so the ids must already be in the
// package.
import Taro from '@tarojs/taro'
import type { NotifyTemplate } from '../../types/enums'
import { call } from '../api'

/** What she waits to hear about, from where she taps. */
export type NewsKind = 'myTopic' | 'myRequest' | 'caseWork' | 'newArrivals' | 'staffWork'

export const TEMPLATES_OF: Record<NewsKind, readonly NotifyTemplate[]> = {
  /** her topic moves on (提议题, 代提议题) */
  myTopic: ['topicProgress'],
  /** her help request moves on (提交求助, 有进展时通知我) */
  myRequest: ['requestProgress'],
  /** a case is given to her, or moves up to her federation (工作台 · 求助) */
  caseWork: ['requestProgress'],
  /** a chair: a new help request or a new topic arrives */
  newArrivals: ['requestProgress', 'topicProgress'],
  /** everything a member acts on: cases, topics, meetings she is asked to (WeChat asks at most 3 at once) */
  staffWork: ['requestProgress', 'topicProgress', 'meetingChange'],
}

/** How long a tap waits for her choice before going on anyway (the choice is still recorded when it comes). */
export const CHOICE_WAIT_MS = 15_000

/** The configured WeChat template id of `template`; '' when none is (then nothing is asked). */
export function templateIdOf(template: NotifyTemplate): string {
  // spelt out: the build replaces each `process.env.TARO_APP_…` with its value
  if (template === 'topicProgress') return process.env.TARO_APP_TEMPLATE_ID_TOPIC_PROGRESS ?? ''
  if (template === 'requestProgress') return process.env.TARO_APP_TEMPLATE_ID_REQUEST_PROGRESS ?? ''
  return process.env.TARO_APP_TEMPLATE_ID_MEETING_CHANGE ?? ''
}

/** Whether this build can ask at all: the mini-program, with at least one template id for `kind`. */
export function canAskForNews(kind: NewsKind): boolean {
  return process.env.TARO_ENV === 'weapp' && TEMPLATES_OF[kind].some((template) => templateIdOf(template) !== '')
}

/** The templates she accepted in WeChat's answer ({ [templateId]: 'accept' | 'reject' | 'ban' | 'filter' }). */
function acceptedIn(answer: Record<string, unknown>, asked: readonly (readonly [NotifyTemplate, string])[]): NotifyTemplate[] {
  return asked.filter(([, templateId]) => answer[templateId] === 'accept').map(([template]) => template)
}

async function record(templates: NotifyTemplate[]): Promise<void> {
  if (templates.length === 0) return
  // not recorded: she gets the in-app message only; nothing for her to do about it
  await call('org', 'subscribe', { templates }).catch(() => undefined)
}

function waitAtMost<T>(choice: Promise<T>, fallback: T): Promise<T> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(fallback), CHOICE_WAIT_MS)
    void choice.then((value) => {
      clearTimeout(timer)
      resolve(value)
    })
  })
}

/**
 * Asks for the subscription messages of `kind` — call it FIRST in a tap handler, before
 * any awaited network call. Resolves with the templates she accepted (after they are sent
 * to be recorded), or [] when nothing was asked, she declined or the popup failed; after
 * CHOICE_WAIT_MS at the latest. Never rejects.
 */
export function askForNews(kind: NewsKind): Promise<NotifyTemplate[]> {
  if (!canAskForNews(kind)) return Promise.resolve([])
  const asked = TEMPLATES_OF[kind].map((template) => [template, templateIdOf(template)] as const).filter(([, templateId]) => templateId !== '')
  let answer: Promise<object>
  try {
    // WeChat's own call has no entityIds (another platform's field in the shared typing)
    answer = Taro.requestSubscribeMessage({ tmplIds: asked.map(([, templateId]) => templateId) } as Taro.requestSubscribeMessage.Option)
  } catch {
    return Promise.resolve([])
  }
  const choice = Promise.resolve(answer).then(
    (result) => {
      const accepted = acceptedIn(result as Record<string, unknown>, asked)
      void record(accepted)
      return accepted
    },
    // declined with 总是保持以上选择, switched off in settings, or a template WeChat does not know
    () => [] as NotifyTemplate[],
  )
  return waitAtMost(choice, [])
}
