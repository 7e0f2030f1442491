// A half-filled form kept on the phone: what comes back when the form opens again, and
// when nothing does (too old, from another version of the record, or of another shape).
import { clearDraft, DRAFT_DAYS, draftValues, readDraft, saveDraft } from '../../../src/lib/drafts'

const storage = new Map<string, unknown>()
jest.mock('@tarojs/taro', () => ({
  __esModule: true,
  default: {
    getStorageSync: (key: string) => (storage.has(key) ? JSON.parse(JSON.stringify(storage.get(key))) : ''),
    setStorageSync: (key: string, value: unknown) => void storage.set(key, JSON.parse(JSON.stringify(value))),
    removeStorageSync: (key: string) => void storage.delete(key),
  },
}))

const blank = { title: '', anonymous: false, onDutyMonth: null as number | null, coverAreaIds: [] as string[] }
const NOW = Date.UTC(2026, 10, 30, 9, 0)
const DAY = 24 * 3600 * 1000

beforeEach(() => storage.clear())

describe('a draft on the phone', () => {
  test('what she typed comes back after the form is opened again; once sent, nothing does', () => {
    const typed = { ...blank, title: '小区路灯坏了', anonymous: true, onDutyMonth: 3, coverAreaIds: ['area-1'] }
    saveDraft('topic.her.org-1', typed, null, NOW)
    expect(readDraft('topic.her.org-1', blank, null, NOW + DAY)).toEqual(typed)
    expect(readDraft('topic.her.org-2', blank, null, NOW + DAY)).toBeNull()
    clearDraft('topic.her.org-1')
    expect(readDraft('topic.her.org-1', blank, null, NOW + DAY)).toBeNull()
  })

  test(`a draft older than ${DRAFT_DAYS} days is not offered`, () => {
    saveDraft('k', { ...blank, title: '旧的' }, null, NOW)
    expect(readDraft('k', blank, null, NOW + DRAFT_DAYS * DAY - 1)?.title).toBe('旧的')
    expect(readDraft('k', blank, null, NOW + DRAFT_DAYS * DAY + 1)).toBeNull()
  })

  test('a draft of another version of the record is not offered (it would undo an edit made since)', () => {
    saveDraft('member.org-1.m-1', { ...blank, title: '改了一半' }, 4, NOW)
    expect(readDraft('member.org-1.m-1', blank, 4, NOW)?.title).toBe('改了一半')
    expect(readDraft('member.org-1.m-1', blank, 5, NOW)).toBeNull()
  })

  test('fields of the wrong kind, or unknown to the form, are left as the form starts them', () => {
    const stored = { savedAt: NOW, basedOn: null, values: { title: 42, anonymous: true, coverAreaIds: [7], openid: 'someone' } }
    expect(draftValues(stored, blank, NOW)).toEqual({ ...blank, anonymous: true })
    expect(draftValues({ savedAt: NOW, basedOn: null, values: { title: 42 } }, blank, NOW)).toBeNull()
    expect(draftValues('', blank, NOW)).toBeNull()
    expect(draftValues({ values: { title: 'x' } }, blank, NOW)).toBeNull()
  })
})
