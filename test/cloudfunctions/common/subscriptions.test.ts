// Subscription messages on every notification path: a message goes out on WeChat only
// against an acceptance she recorded (org.subscribe), one acceptance per message; 43101,
// a missing template id or no acceptance at all is "not subscribed" — logged as info,
// the in-app message kept, the step done, the caller answered ok — and any other failure
// is logged as an error without undoing anything. Each path runs through the real
// handlers with WeChat's adapter over a fake subscribeMessage API.
import { NOT_SUBSCRIBED_LOG } from '../../../cloudfunctions/common/notify'
import { NOT_SUBSCRIBED, templateEnvName, wechatNotify, type WxSubscribeMessage } from '../../../cloudfunctions/common/ports/wechatNotify'
import { grantCount, MAX_GRANTS } from '../../../cloudfunctions/common/subscriptions'
import type { NotifyTemplate, OutboxDoc, Reply } from '../../../types'
import { createCaller } from '../../fixtures/caller'
import type { TestServices } from '../../fixtures/services'
import { CALLERS, IDS } from '../org/fixtures/consoleTree'
import { caseIn, requestServices, submitCase, SUBMISSION as HELP } from '../requests/fixtures/requestsTree'
import { meetingInput, SUBMISSION as TOPIC, topicIn } from '../topics/fixtures/topicsTree'

const TEMPLATE_IDS: Record<NotifyTemplate, string> = { topicProgress: 'tmpl-topic', requestProgress: 'tmpl-request', meetingChange: 'tmpl-meeting' }
const CONFIGURED = Object.fromEntries(Object.entries(TEMPLATE_IDS).map(([template, templateId]) => [templateEnvName(template), templateId]))

interface NotificationPath {
  /** who must hear of it */
  recipients: string[]
  template: NotifyTemplate
  /** what happens before: its own notifications are not the ones under test */
  before: (services: TestServices) => Promise<string>
  /** the step that notifies */
  step: (services: TestServices, id: string) => Promise<Reply<unknown>>
}

const PATHS: Record<string, NotificationPath> = {
  'a topic submitted → the submitter, the chair and the vice-chair': {
    recipients: [CALLERS.resident, CALLERS.chair, CALLERS.viceChair],
    template: 'topicProgress',
    before: async () => '',
    step: (services) => createCaller('topics', services, 'resident').reply('submit', TOPIC),
  },
  'a topic declined → the submitter': {
    recipients: [CALLERS.resident],
    template: 'topicProgress',
    before: async (services) => (await services.store.insert('topics', topicIn('t9', 'submitted')))._id,
    step: (services, id) => createCaller('topics', services, 'chair').reply('review', { topicId: id, version: 1, decision: { kind: 'decline', reason: '不属于妇联职责范围' } }),
  },
  'a meeting called → the member asked to it': {
    recipients: [CALLERS.member],
    template: 'meetingChange',
    before: async (services) => {
      await services.store.insert('topics', topicIn('t1', 'accepted'))
      await services.store.insert('topics', topicIn('t2', 'accepted', { submitterOpenid: CALLERS.member }))
      return ''
    },
    step: (services) => createCaller('topics', services, 'chair').reply('scheduleMeeting', meetingInput([IDS.memberA])),
  },
  'a help request submitted → the chair and the vice-chair': {
    recipients: [CALLERS.chair, CALLERS.viceChair],
    template: 'requestProgress',
    before: async () => '',
    step: (services) => createCaller('requests', services, 'resident').reply('submit', HELP),
  },
  'a case accepted and assigned → the woman, the member given it and the backup': {
    recipients: [CALLERS.resident, CALLERS.member, CALLERS.viceChair],
    template: 'requestProgress',
    before: async (services) => (await submitCase(services))._id,
    step: (services, id) =>
      createCaller('requests', services, 'chair').reply('act', { caseId: id, version: 1, step: { kind: 'accept', assigneeId: IDS.memberA, backupId: IDS.vice } }),
  },
  'a case escalated → the chair of the federation above': {
    recipients: [CALLERS.ancestorChair],
    template: 'requestProgress',
    before: async (services) => {
      const { id, version } = await caseIn(services, 'accepted')
      return `${id}@${version}`
    },
    step: (services, ref) => {
      const [caseId, version] = ref.split('@')
      return createCaller('requests', services, 'member').reply('act', { caseId, version: Number(version), step: { kind: 'escalate', note: '需要街道协调住所' } })
    },
  },
}

/** A fake subscribeMessage API that records each send and answers `errCode` (0: delivered). */
function fakeWechat(errCode = 0) {
  const sent: Parameters<WxSubscribeMessage['send']>[0][] = []
  const api: WxSubscribeMessage = {
    send: async (input) => {
      sent.push(input)
      return errCode ? { errCode } : {}
    },
  }
  return { api, sent }
}

let services: TestServices

async function prepare(path: NotificationPath, { accepted, errCode = 0, env = CONFIGURED }: { accepted: boolean; errCode?: number; env?: Record<string, string> }) {
  services = await requestServices()
  const target = await path.before(services)
  if (accepted) for (const openid of path.recipients) await createCaller('org', services, { openid }).subscribe({ templates: [path.template] })
  const wechat = fakeWechat(errCode)
  services.ports.notify = wechatNotify(wechat.api, env)
  services.infos.length = 0
  services.errors.length = 0
  const outboxBefore = await services.store.count('outbox', {})
  const reply = await path.step(services, target)
  const kept = await services.store.find<OutboxDoc>('outbox', { template: path.template })
  return { reply, sent: wechat.sent.filter((send) => send.templateId === TEMPLATE_IDS[path.template]), kept, outboxBefore }
}

const notSubscribedLines = (reason: string) => services.infos.filter((line) => line.startsWith(NOT_SUBSCRIBED_LOG) && line.includes(reason))

describe.each(Object.entries(PATHS))('%s', (_name, path) => {
  test('with her acceptance the message goes out once per person, with the template id from the environment, using it', async () => {
    const { reply, sent, kept } = await prepare(path, { accepted: true })
    expect(reply.ok).toBe(true)
    expect(sent.map((send) => send.touser).sort()).toEqual([...path.recipients].sort())
    for (const openid of path.recipients) {
      expect(kept.some((doc) => doc.openid === openid)).toBe(true)
      expect(await grantCount(services.store, openid, path.template)).toBe(0)
    }
    expect(services.errors).toEqual([])
  })

  test('WeChat answering 43101 is "not subscribed": step done, message kept, caller ok, logged as info, her count cleared', async () => {
    const { reply, sent, kept } = await prepare(path, { accepted: true, errCode: NOT_SUBSCRIBED })
    expect(reply.ok).toBe(true)
    expect(sent).toHaveLength(path.recipients.length)
    for (const openid of path.recipients) {
      expect(kept.some((doc) => doc.openid === openid)).toBe(true)
      expect(await grantCount(services.store, openid, path.template)).toBe(0)
    }
    expect(notSubscribedLines('43101')).toHaveLength(path.recipients.length)
    expect(services.errors).toEqual([])
  })

  test('a missing template id is "not subscribed": nothing sent, her acceptance kept for later, message kept, caller ok', async () => {
    const { reply, sent, kept } = await prepare(path, { accepted: true, env: {} })
    expect(reply.ok).toBe(true)
    expect(sent).toEqual([])
    for (const openid of path.recipients) {
      expect(kept.some((doc) => doc.openid === openid)).toBe(true)
      expect(await grantCount(services.store, openid, path.template)).toBe(1)
    }
    expect(notSubscribedLines(`${templateEnvName(path.template)} is not set`).length).toBeGreaterThanOrEqual(path.recipients.length)
    expect(services.errors).toEqual([])
  })

  test('without her acceptance nothing is sent to her: logged as not subscribed, the message kept', async () => {
    const { reply, sent, kept, outboxBefore } = await prepare(path, { accepted: false })
    expect(reply.ok).toBe(true)
    expect(sent).toEqual([])
    expect(await services.store.count('outbox', {})).toBeGreaterThan(outboxBefore)
    for (const openid of path.recipients) expect(kept.some((doc) => doc.openid === openid)).toBe(true)
    expect(notSubscribedLines('no accepted subscription left').length).toBeGreaterThanOrEqual(path.recipients.length)
    expect(services.errors).toEqual([])
  })
})

describe('what she accepted, counted', () => {
  beforeEach(async () => {
    services = await requestServices()
  })

  test('each acceptance allows one message: two accepted, two sent, the third kept only in 消息', async () => {
    const org = createCaller('org', services, 'resident')
    expect(await org.subscribe({ templates: ['topicProgress', 'requestProgress'] })).toEqual({
      grants: [
        { template: 'topicProgress', count: 1 },
        { template: 'requestProgress', count: 1 },
      ],
    })
    expect(await org.subscribe({ templates: ['topicProgress', 'topicProgress'] })).toEqual({ grants: [{ template: 'topicProgress', count: 2 }] })
    const wechat = fakeWechat()
    services.ports.notify = wechatNotify(wechat.api, CONFIGURED)
    const topics = createCaller('topics', services, 'resident')
    for (const title of ['小区增设母婴室', '增设儿童游乐区', '楼道加装扶手']) await topics.submit({ ...TOPIC, title })
    expect(wechat.sent.filter((send) => send.touser === CALLERS.resident).map((send) => send.data.thing1.value)).toEqual(['议题：小区增设母婴室', '议题：增设儿童游乐区'])
    expect(await services.store.count('outbox', { openid: CALLERS.resident })).toBe(3)
    expect(notSubscribedLines('no accepted subscription left').length).toBeGreaterThan(0)
    // her own requestProgress acceptance is untouched by topics
    expect(await grantCount(services.store, CALLERS.resident, 'requestProgress')).toBe(1)
  })

  test('a send that fails for another reason is an error in the log, gives her acceptance back and never fails the step', async () => {
    await createCaller('org', services, 'resident').subscribe({ templates: ['topicProgress'] })
    services.ports.notify = wechatNotify(fakeWechat(47003).api, CONFIGURED)
    expect(await createCaller('topics', services, 'resident').reply('submit', TOPIC)).toMatchObject({ ok: true })
    expect(services.errors.join('\n')).toContain('errCode 47003')
    expect(await grantCount(services.store, CALLERS.resident, 'topicProgress')).toBe(1)
  })

  test('acceptances stop counting at the cap; parallel taps each count', async () => {
    const org = createCaller('org', services, 'member')
    await Promise.all(Array.from({ length: 6 }, () => org.subscribe({ templates: ['meetingChange'] })))
    expect(await grantCount(services.store, CALLERS.member, 'meetingChange')).toBe(6)
    for (let tap = 6; tap < MAX_GRANTS + 3; tap++) await org.subscribe({ templates: ['meetingChange'] })
    expect(await grantCount(services.store, CALLERS.member, 'meetingChange')).toBe(MAX_GRANTS)
  })

  test('the payload names templates only: no openid, no unknown template, not none', async () => {
    const org = createCaller('org', services, 'resident')
    expect(await org.raw('subscribe', { templates: ['topicProgress'], openid: CALLERS.chair })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', issues: [{ field: 'openid' }] },
    })
    expect(await org.reply('subscribe', { templates: [] })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', message: expect.stringContaining('请选择要接收的通知') } })
    expect(await org.raw('subscribe', { templates: ['somethingElse'] })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', issues: [{ field: 'templates.0' }] } })
    expect(await createCaller('org', services, 'anonymous').reply('subscribe', { templates: ['topicProgress'] })).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } })
  })
})
