// Asking for subscription messages (src/lib/subscribe.ts): which template ids are asked
// for which news, only in the mini-program and only when configured; what she accepted
// is recorded with org.subscribe and nothing else is; a refusal, a failing popup or one
// that never answers never holds up the tap.
import { askForNews, canAskForNews, CHOICE_WAIT_MS, TEMPLATES_OF } from '../../../src/lib/subscribe'

const mockEvents: string[] = []
let mockPopup: (tmplIds: string[]) => Promise<Record<string, string>> = async () => ({})

jest.mock('@tarojs/taro', () => ({
  __esModule: true,
  default: {
    requestSubscribeMessage: (option: { tmplIds: string[] }) => {
      mockEvents.push(`ask ${option.tmplIds.join(',')}`)
      return mockPopup(option.tmplIds)
    },
  },
}))

jest.mock('../../../src/api', () => ({
  call: async (fn: string, action: string, payload: unknown) => {
    mockEvents.push(`call ${fn}.${action} ${JSON.stringify(payload)}`)
    return { grants: [] }
  },
}))

const IDS = { TARO_APP_TEMPLATE_ID_TOPIC_PROGRESS: 'tmpl-topic', TARO_APP_TEMPLATE_ID_REQUEST_PROGRESS: 'tmpl-request', TARO_APP_TEMPLATE_ID_MEETING_CHANGE: 'tmpl-meeting' }
const saved = { ...process.env }
const acceptAll = async (ids: string[]) => Object.fromEntries(ids.map((id) => [id, 'accept']))

beforeEach(() => {
  mockEvents.length = 0
  mockPopup = acceptAll
  Object.assign(process.env, { TARO_ENV: 'weapp' }, IDS)
})
afterEach(() => {
  process.env = { ...saved }
  jest.useRealTimers()
})

test('each kind of news asks for its templates by their configured ids, and records what she accepted', async () => {
  expect(await askForNews('myTopic')).toEqual(['topicProgress'])
  expect(await askForNews('newArrivals')).toEqual(['requestProgress', 'topicProgress'])
  expect(await askForNews('staffWork')).toEqual(['requestProgress', 'topicProgress', 'meetingChange'])
  expect(mockEvents).toEqual([
    'ask tmpl-topic',
    'call org.subscribe {"templates":["topicProgress"]}',
    'ask tmpl-request,tmpl-topic',
    'call org.subscribe {"templates":["requestProgress","topicProgress"]}',
    'ask tmpl-request,tmpl-topic,tmpl-meeting',
    'call org.subscribe {"templates":["requestProgress","topicProgress","meetingChange"]}',
  ])
})

test('the popup opens synchronously, in the tap, before anything is awaited', () => {
  void askForNews('myRequest')
  expect(mockEvents).toEqual(['ask tmpl-request'])
})

test('only what she accepted is recorded; nothing accepted, nothing recorded', async () => {
  mockPopup = async () => ({ 'tmpl-request': 'accept', 'tmpl-topic': 'reject', errMsg: 'requestSubscribeMessage:ok' })
  expect(await askForNews('newArrivals')).toEqual(['requestProgress'])
  mockPopup = async () => ({ 'tmpl-topic': 'reject' })
  expect(await askForNews('myTopic')).toEqual([])
  mockPopup = async () => ({ 'tmpl-topic': 'ban' })
  expect(await askForNews('myTopic')).toEqual([])
  expect(mockEvents.filter((event) => event.startsWith('call'))).toEqual(['call org.subscribe {"templates":["requestProgress"]}'])
})

test('a popup that fails (switched off, unknown template) or throws resolves with nothing and never rejects', async () => {
  mockPopup = () => Promise.reject(Object.assign(new Error('requestSubscribeMessage:fail'), { errCode: 20004 }))
  await expect(askForNews('myTopic')).resolves.toEqual([])
  mockPopup = () => {
    throw new Error('not a function in this client')
  }
  await expect(askForNews('myTopic')).resolves.toEqual([])
  expect(mockEvents.filter((event) => event.startsWith('call'))).toEqual([])
})

test('in H5 nothing is asked; without a template id for the news, nothing is asked', async () => {
  process.env.TARO_ENV = 'h5'
  expect(canAskForNews('myTopic')).toBe(false)
  expect(await askForNews('myTopic')).toEqual([])
  process.env.TARO_ENV = 'weapp'
  process.env.TARO_APP_TEMPLATE_ID_TOPIC_PROGRESS = ''
  expect(canAskForNews('myTopic')).toBe(false)
  expect(await askForNews('myTopic')).toEqual([])
  // a kind with one id left asks for that one only
  expect(await askForNews('newArrivals')).toEqual(['requestProgress'])
  expect(mockEvents).toEqual(['ask tmpl-request', 'call org.subscribe {"templates":["requestProgress"]}'])
})

test('a popup that never answers holds the tap at most CHOICE_WAIT_MS; her later answer is still recorded', async () => {
  jest.useFakeTimers()
  let answer: (value: Record<string, string>) => void = () => {}
  mockPopup = () => new Promise((resolve) => (answer = resolve))
  let settled: string[] | null = null
  void askForNews('myRequest').then((templates) => (settled = templates))
  await jest.advanceTimersByTimeAsync(CHOICE_WAIT_MS - 1)
  expect(settled).toBeNull()
  await jest.advanceTimersByTimeAsync(1)
  expect(settled).toEqual([])
  answer({ 'tmpl-request': 'accept' })
  await jest.advanceTimersByTimeAsync(0)
  expect(mockEvents).toEqual(['ask tmpl-request', 'call org.subscribe {"templates":["requestProgress"]}'])
})

test('every kind asks at most three templates (WeChat’s limit for one popup)', () => {
  for (const templates of Object.values(TEMPLATES_OF)) expect(templates.length).toBeLessThanOrEqual(3)
})
