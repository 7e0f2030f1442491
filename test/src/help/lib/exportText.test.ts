// Her export reads as plain Chinese: labels instead of codes, dates in Beijing time, only
// the case she exported, and none of the account's other cases.
import type { RequesterCaseView } from '../../../../types/requests'
import { exportFileName, exportText, type ExportedData, plainDateTime } from '../../../../src/help/lib/exportText'

const view = (id: string, code: string): RequesterCaseView => ({
  kind: 'requester',
  _id: id,
  version: 3,
  code,
  orgName: '和美社区妇联',
  state: 'accepted',
  category: 'domesticViolence',
  urgency: 'urgent',
  createdAt: '2026-11-30T01:05:00.000Z',
  updatedAt: '2026-11-30T02:00:00.000Z',
  personal: { name: '周女士', description: '丈夫酒后动手', needs: '想申请保护令', phone: '', address: '', safeTimes: '工作日上午' },
  contactChannel: 'sms',
  doNotCall: true,
  closure: null,
  rating: null,
  timeline: [{ seq: 1, at: '2026-11-30T01:05:00.000Z', step: 'submit', to: 'submitted', words: '已提交', text: '', actorName: '', visibleToRequester: true }],
  canAddInfo: true,
  canWithdraw: true,
  canRate: false,
})

const data: ExportedData = { exportedAt: '2026-11-30T16:30:00.000Z', requests: [view('c1', 'QZ-AAAA1111'), view('c2', 'QZ-BBBB2222')] }

test('the export of one case is labelled Chinese with Beijing dates and no codes', () => {
  const text = exportText(data, 'c1') ?? ''
  expect(text).toContain('类别：家庭暴力')
  expect(text).toContain('紧急程度：紧急')
  expect(text).toContain('现在的进展：已受理')
  expect(text).toContain('联系方式：发短信，不要打电话，工作日上午')
  expect(text).toContain('提交时间：2026年11月30日 09:05')
  expect(text).toContain('导出时间：2026年12月1日 00:30')
  for (const code of ['domesticViolence', 'sms', 'accepted', 'urgent', '{', 'QZ-BBBB2222']) expect(text).not.toContain(code)
})

test('a case not in the export gives nothing; the file is named by code and Beijing date', () => {
  expect(exportText(data, 'c3')).toBeNull()
  expect(exportFileName('QZ-AAAA1111', data.exportedAt)).toBe('求助记录-QZ-AAAA1111-2026-12-01.txt')
  expect(plainDateTime('2026-01-05T15:59:00.000Z')).toBe('2026年1月5日 23:59')
})
