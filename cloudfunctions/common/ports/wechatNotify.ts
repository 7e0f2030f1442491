// Notifications on WeChat: a one-time subscription message (subscribeMessage.send) per
// step. The template's id comes from the function's environment, never from code; its
// fields are `thing1` (≤ 20 characters) and `phrase2` (≤ 5), so the wording is short
// and neutral and carries nothing private.
import type { Notification, NotifyPort } from '../ports'

const THING_MAX = 20
const PHRASE_MAX = 5

export interface WxSubscribeMessage {
  send(input: { touser: string; templateId: string; page: string; data: Record<string, { value: string }> }): Promise<{ errCode?: number }>
}

const clip = (value: string, max: number) => Array.from(value).slice(0, max).join('')

/** `TEMPLATE_ID_TOPIC_PROGRESS` for the template "topicProgress". */
export function templateEnvName(template: string): string {
  return `TEMPLATE_ID_${template.replace(/([a-z])([A-Z])/g, '$1_$2').toUpperCase()}`
}

export function wechatNotify(api: WxSubscribeMessage, env: Record<string, string | undefined> = process.env): NotifyPort {
  return {
    async send(notification: Notification) {
      const templateId = env[templateEnvName(notification.template)]
      if (!templateId) throw new Error(`${templateEnvName(notification.template)} is not set`)
      const answer = await api.send({
        touser: notification.openid,
        templateId,
        page: notification.page,
        data: { thing1: { value: clip(notification.thing, THING_MAX) }, phrase2: { value: clip(notification.phrase, PHRASE_MAX) } },
      })
      if (answer.errCode) throw new Error(`subscribeMessage.send failed with errCode ${answer.errCode}`)
    },
  }
}
