// Notifications on WeChat: a one-time subscription message (subscribeMessage.send) per
// step. The template's id comes from the function's environment, never from code; its
// fields are `thing1` (≤ 20 characters) and `phrase2` (≤ 5), so the wording is short
// and neutral and carries nothing private. WeChat answers 43101 when she has no
// accepted subscription left: that is "not subscribed", not a failure of the send.
import type { Notification, NotifyPort } from '../ports'
import type { PortBuilder } from './lazyPorts'
import { errCodeOf } from './wechatSdk'

const THING_MAX = 20
const PHRASE_MAX = 5
/** subscribeMessage.send: "user refuse to accept the msg" — no acceptance of this template is left */
export const NOT_SUBSCRIBED = 43101
const NO_SUBSCRIBE_MESSAGE = 'this wx-server-sdk has no openapi.subscribeMessage'

export interface WxSubscribeMessage {
  send(input: { touser: string; templateId: string; page: string; data: Record<string, { value: string }> }): Promise<{ errCode?: number }>
}

const clip = (value: string, max: number) => Array.from(value).slice(0, max).join('')

/** `TEMPLATE_ID_TOPIC_PROGRESS` for the template "topicProgress". */
export function templateEnvName(template: string): string {
  return `TEMPLATE_ID_${template.replace(/([a-z])([A-Z])/g, '$1_$2').toUpperCase()}`
}

export function wechatNotify(api: WxSubscribeMessage, env: Record<string, string | undefined> = process.env): NotifyPort {
  const templateIdOf = (template: string) => env[templateEnvName(template)] ?? ''
  return {
    unavailable: (template) => (templateIdOf(template) ? null : `${templateEnvName(template)} is not set`),
    async send(notification: Notification) {
      const templateId = templateIdOf(notification.template)
      if (!templateId) throw new Error(`${templateEnvName(notification.template)} is not set`)
      let errCode: number | null
      try {
        errCode =
          (
            await api.send({
              touser: notification.openid,
              templateId,
              page: notification.page,
              data: { thing1: { value: clip(notification.thing, THING_MAX) }, phrase2: { value: clip(notification.phrase, PHRASE_MAX) } },
            })
          ).errCode ?? null
      } catch (error) {
        // wx-server-sdk rejects with the errCode on the error
        errCode = errCodeOf(error)
        if (errCode === null) throw error
      }
      if (errCode === NOT_SUBSCRIBED) return 'notSubscribed'
      if (errCode) throw new Error(`subscribeMessage.send failed with errCode ${errCode}`)
      return 'sent'
    },
  }
}

/** The port as a function's entry lists it (lazyPorts.ts); an SDK without subscribeMessage makes every template unavailable. */
export const notifyPort: PortBuilder<'notify'> = (sdk) =>
  sdk.openapi.subscribeMessage
    ? wechatNotify(sdk.openapi.subscribeMessage)
    : {
        unavailable: () => NO_SUBSCRIBE_MESSAGE,
        send: async () => {
          throw new Error(NO_SUBSCRIBE_MESSAGE)
        },
      }
