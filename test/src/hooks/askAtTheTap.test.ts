// At every tap where a person expects news, WeChat's requestSubscribeMessage — with the
// template id the notification she awaits goes out with — comes first, before the call
// that submits anything; the submission goes on whatever she chose; in H5 nothing is
// asked. The hooks run in a host-less React renderer; Taro and the transport are
// stand-ins recording the order of what happened.
import { act } from 'react'
import { useSubmitTopic } from '../../../src/hooks/useSubmitTopic'
import { useNews } from '../../../src/hooks/useNews'
import { useIntake } from '../../../src/help/hooks/useIntake'
import { useMyCase } from '../../../src/help/hooks/useMyCase'
import { type NewsKind } from '../../../src/lib/subscribe'
import { useRequestCase } from '../../../src/staff/hooks/useRequestCase'
import type { NotifyTemplate } from '../../../types'
import { renderHook } from '../../fixtures/renderHook'

const mockEvents: string[] = []
let mockPopup: (tmplIds: string[]) => Promise<Record<string, string>> = async () => ({})

jest.mock('@tarojs/taro', () => ({
  __esModule: true,
  default: {
    requestSubscribeMessage: (option: { tmplIds: string[] }) => {
      mockEvents.push(`ask ${option.tmplIds.join(',')}`)
      return mockPopup(option.tmplIds)
    },
    showToast: async () => ({}),
    showModal: async () => ({ confirm: true }),
    stopPullDownRefresh: () => {},
    getStorageSync: () => '',
    setStorageSync: () => {},
    removeStorageSync: () => {},
  },
  useDidShow: () => {},
  usePullDownRefresh: () => {},
}))

const STAFF_CASE = { kind: 'staff', _id: 'c1', version: 1 }
const ANSWERS: Record<string, unknown> = {
  'org.subscribe': { grants: [] },
  'topics.submit': { topic: { _id: 't1' } },
  'requests.terms': { retentionDays: 1095, consentVersion: 'v' },
  'requests.submit': { request: { _id: 'c1', code: 'QZ-1' } },
  'requests.get': { case: STAFF_CASE },
  'requests.act': { case: { ...STAFF_CASE, version: 2 } },
}

jest.mock('../../../src/api', () => ({
  call: async (fn: string, action: string) => {
    mockEvents.push(`call ${fn}.${action}`)
    return ANSWERS[`${fn}.${action}`]
  },
  newRequestId: () => 'req-1',
  asApiError: (error: unknown) => error,
}))

const TEMPLATE_ID: Record<NotifyTemplate, string> = { topicProgress: 'tmpl-topic', requestProgress: 'tmpl-request', meetingChange: 'tmpl-meeting' }
const saved = { ...process.env }
const acceptAll = async (ids: string[]) => Object.fromEntries(ids.map((id) => [id, 'accept']))

beforeEach(() => {
  mockPopup = acceptAll
  Object.assign(process.env, {
    TARO_ENV: 'weapp',
    TARO_APP_TEMPLATE_ID_TOPIC_PROGRESS: TEMPLATE_ID.topicProgress,
    TARO_APP_TEMPLATE_ID_REQUEST_PROGRESS: TEMPLATE_ID.requestProgress,
    TARO_APP_TEMPLATE_ID_MEETING_CHANGE: TEMPLATE_ID.meetingChange,
  })
})
afterEach(() => {
  process.env = { ...saved }
})

/** Renders the hook, forgets what its opening loaded, and runs `tap` on it as a tap would. */
async function tapOn<T>(useHook: () => T, tap: (hook: T) => Promise<unknown>): Promise<string[]> {
  const hook = await renderHook(useHook)
  mockEvents.length = 0
  await act(async () => void (await tap(hook.current)))
  await hook.settle()
  await hook.unmount()
  return [...mockEvents]
}

describe('提议题 (useSubmitTopic): her topic moves on → topicProgress', () => {
  test.each(['her', 'member'] as const)('voice %s: asked first, what she accepted recorded, then the topic sent', async (voice) => {
    expect(
      await tapOn(
        () => useSubmitTopic('comm', voice),
        (form) => form.submit(),
      ),
    ).toEqual(['ask tmpl-topic', 'call org.subscribe', 'call topics.submit'])
  })

  test('she declines: nothing recorded, the topic is sent all the same', async () => {
    mockPopup = async (ids) => Object.fromEntries(ids.map((id) => [id, 'reject']))
    expect(
      await tapOn(
        () => useSubmitTopic('comm', 'her'),
        (form) => form.submit(),
      ),
    ).toEqual(['ask tmpl-topic', 'call topics.submit'])
  })

  test('the popup fails: the topic is sent all the same', async () => {
    mockPopup = () => Promise.reject(new Error('requestSubscribeMessage:fail'))
    expect(
      await tapOn(
        () => useSubmitTopic('comm', 'her'),
        (form) => form.submit(),
      ),
    ).toEqual(['ask tmpl-topic', 'call topics.submit'])
  })

  test('in H5 nothing is asked; without the template id nothing is asked', async () => {
    process.env.TARO_ENV = 'h5'
    expect(
      await tapOn(
        () => useSubmitTopic('comm', 'her'),
        (form) => form.submit(),
      ),
    ).toEqual(['call topics.submit'])
    process.env.TARO_ENV = 'weapp'
    process.env.TARO_APP_TEMPLATE_ID_TOPIC_PROGRESS = ''
    expect(
      await tapOn(
        () => useSubmitTopic('comm', 'her'),
        (form) => form.submit(),
      ),
    ).toEqual(['call topics.submit'])
  })
})

describe('提交求助 (useIntake): her request moves on → requestProgress', () => {
  const complete = async (intake: ReturnType<typeof useIntake>) => {
    intake.setValues((values) => ({ ...values, category: 'domesticViolence', contactChannel: 'wechat' }))
  }

  test('a complete form: asked first, then the request sent', async () => {
    const hook = await renderHook(() => useIntake('comm'))
    await act(() => complete(hook.current))
    mockEvents.length = 0
    await act(async () => void (await hook.current.submit()))
    expect(mockEvents).toEqual(['ask tmpl-request', 'call org.subscribe', 'call requests.submit'])
    expect(hook.current.step).toBe('done')
    await hook.unmount()
  })

  test('a form still missing a choice is not sent, and nothing is asked', async () => {
    expect(
      await tapOn(
        () => useIntake('comm'),
        (intake) => intake.submit(),
      ),
    ).toEqual([])
  })
})

describe('有进展时通知我 (useMyCase): her case moves on → requestProgress', () => {
  test('the tap asks, and what she accepted is recorded; nothing else is called', async () => {
    const hook = await renderHook(() => useMyCase('c1'))
    expect(hook.current.news.available).toBe(true)
    mockEvents.length = 0
    await act(() => hook.current.news.ask())
    expect(mockEvents).toEqual(['ask tmpl-request', 'call org.subscribe'])
    expect(hook.current.news.choice).toBe('accepted')
    await hook.unmount()
  })

  test('in H5 the button is not offered', async () => {
    process.env.TARO_ENV = 'h5'
    const hook = await renderHook(() => useMyCase('c1'))
    expect(hook.current.news.available).toBe(false)
    await hook.unmount()
  })
})

describe('taking a case on (useRequestCase): the next case given to her → requestProgress', () => {
  const accept = { kind: 'accept', assigneeId: 'm-a', backupId: 'm-b' } as const
  const contact = { kind: 'contact', how: 'phone', note: '电话联系上了' } as const

  test.each([
    ['accept (受理并分派)', accept],
    ['the first contact (接手)', contact],
  ])('%s: asked first, then the step recorded', async (_name, step) => {
    expect(
      await tapOn(
        () => useRequestCase('c1'),
        (work) => work.act(step, '已记录'),
      ),
    ).toEqual(['ask tmpl-request', 'call org.subscribe', 'call requests.act'])
  })

  test('a refused-call confirmation comes after the ask; declining it records nothing', async () => {
    const order: string[] = []
    const confirm = async () => (order.push(`confirm after ${mockEvents.join(' → ')}`), false)
    expect(
      await tapOn(
        () => useRequestCase('c1'),
        (work) => work.act(contact, '已记录', confirm),
      ),
    ).toEqual(['ask tmpl-request', 'call org.subscribe'])
    expect(order).toEqual(['confirm after ask tmpl-request → call org.subscribe'])
  })

  test('a staff note asks nothing', async () => {
    expect(
      await tapOn(
        () => useRequestCase('c1'),
        (work) => work.act({ kind: 'note', text: '内部备注' }, '已记录'),
      ),
    ).toEqual(['call requests.act'])
  })
})

/**
 * Every notification the functions send, the template it goes out with, and the tap
 * where its recipient is asked for that template.
 */
const PATHS: [path: string, template: NotifyTemplate, kinds: NewsKind[]][] = [
  ['topic submitted → the submitter', 'topicProgress', ['myTopic']],
  ['topic submitted → the chairs', 'topicProgress', ['newArrivals', 'staffWork']],
  ['topic state changes → the submitter', 'topicProgress', ['myTopic']],
  ['meeting called, changed or cancelled → the members asked', 'meetingChange', ['staffWork']],
  ['help request submitted → the chairs', 'requestProgress', ['newArrivals', 'staffWork']],
  ['case moved → the woman', 'requestProgress', ['myRequest']],
  ['case assigned → the member and the backup', 'requestProgress', ['caseWork', 'staffWork']],
  ['case escalated → the chairs above', 'requestProgress', ['newArrivals', 'staffWork']],
]

test.each(PATHS)('%s: its template (%s) is asked at the recipient’s tap', async (_path, template, kinds) => {
  for (const kind of kinds) {
    const events = await tapOn(
      () => useNews(kind),
      (news) => news.ask(),
    )
    expect(events[0].replace('ask ', '').split(',')).toContain(TEMPLATE_ID[template])
  }
})
