// The WeChat notification adapter: subscribeMessage.send with the template id from the
// function's environment, fields clipped to what the template allows (thing ≤ 20,
// phrase ≤ 5), and every failure thrown (the handler logs it and carries on).
import { templateEnvName, wechatNotify, type WxSubscribeMessage } from '../../../../cloudfunctions/common/ports/wechatNotify'

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

test('without a template id, or when WeChat answers an error, sending throws', async () => {
  const { api } = fakeApi()
  await expect(wechatNotify(api, {}).send(NOTE)).rejects.toThrow('TEMPLATE_ID_TOPIC_PROGRESS is not set')
  const refused = fakeApi({ errCode: 43101 })
  await expect(wechatNotify(refused.api, { TEMPLATE_ID_TOPIC_PROGRESS: 't' }).send(NOTE)).rejects.toThrow('43101')
})
