// The WeChat notification adapter: subscribeMessage.send with the template id from the
// function's environment, fields clipped to what the template allows (thing ≤ 20,
// phrase ≤ 5), 43101 answered as "not subscribed", and every other failure thrown (the
// handler logs it and carries on).
import { NOT_SUBSCRIBED, templateEnvName, wechatNotify, type WxSubscribeMessage } from '../../../../cloudfunctions/common/ports/wechatNotify'

function fakeApi(answer: { errCode?: number } = {}) {
  const sent: Parameters<WxSubscribeMessage['send']>[0][] = []
  const api: WxSubscribeMessage = { send: async (input) => (sent.push(input), answer) }
  return { api, sent }
}

const NOTE = { openid: 'oid-1', template: 'topicProgress', page: 'pages/topics/detail?id=t1', thing: '议题：小区增设母婴室并配备必要设施和哺乳用品等', phrase: '已列入议程安排' }

test('the template id comes from TEMPLATE_ID_TOPIC_PROGRESS; long fields are clipped', async () => {
  const { api, sent } = fakeApi()
  await wechatNotify(api, { TEMPLATE_ID_TOPIC_PROGRESS: 'tmpl-123' }).send(NOTE)
  expect(templateEnvName('topicProgress')).toBe('TEMPLATE_ID_TOPIC_PROGRESS')
  expect(sent).toEqual([
    { touser: 'oid-1', templateId: 'tmpl-123', page: NOTE.page, data: { thing1: { value: '议题：小区增设母婴室并配备必要设施和哺乳' }, phrase2: { value: '已列入议程' } } },
  ])
  expect(Array.from(sent[0].data.thing1.value)).toHaveLength(20)
})

test('without a template id the template is unavailable and sending throws; any other error WeChat answers throws', async () => {
  const { api, sent } = fakeApi()
  expect(wechatNotify(api, {}).unavailable('topicProgress')).toBe('TEMPLATE_ID_TOPIC_PROGRESS is not set')
  expect(wechatNotify(api, { TEMPLATE_ID_TOPIC_PROGRESS: 't' }).unavailable('topicProgress')).toBeNull()
  await expect(wechatNotify(api, {}).send(NOTE)).rejects.toThrow('TEMPLATE_ID_TOPIC_PROGRESS is not set')
  expect(sent).toHaveLength(0)
  const failing = fakeApi({ errCode: 47003 })
  await expect(wechatNotify(failing.api, { TEMPLATE_ID_TOPIC_PROGRESS: 't' }).send(NOTE)).rejects.toThrow('errCode 47003')
  const thrown: WxSubscribeMessage = { send: () => Promise.reject(Object.assign(new Error('openapi fail'), { errCode: 40003 })) }
  await expect(wechatNotify(thrown, { TEMPLATE_ID_TOPIC_PROGRESS: 't' }).send(NOTE)).rejects.toThrow('errCode 40003')
  const network: WxSubscribeMessage = { send: () => Promise.reject(new Error('ETIMEDOUT')) }
  await expect(wechatNotify(network, { TEMPLATE_ID_TOPIC_PROGRESS: 't' }).send(NOTE)).rejects.toThrow('ETIMEDOUT')
})

test('43101 (no accepted subscription left) is the answer "not subscribed", whether answered or thrown by the SDK', async () => {
  const answered = fakeApi({ errCode: NOT_SUBSCRIBED })
  expect(await wechatNotify(answered.api, { TEMPLATE_ID_TOPIC_PROGRESS: 't' }).send(NOTE)).toBe('notSubscribed')
  const thrown: WxSubscribeMessage = { send: () => Promise.reject(Object.assign(new Error('user refuse to accept the msg'), { errCode: 43101 })) }
  expect(await wechatNotify(thrown, { TEMPLATE_ID_TOPIC_PROGRESS: 't' }).send(NOTE)).toBe('notSubscribed')
  expect(await wechatNotify(fakeApi().api, { TEMPLATE_ID_TOPIC_PROGRESS: 't' }).send(NOTE)).toBe('sent')
})
