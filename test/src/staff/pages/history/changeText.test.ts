// The change log in words a village chair reads: no enum keys, no file paths, no JSON.
import { changeLines, changeText } from '../../../../../src/staff/pages/history/changeText'

test.each([
  ['a post first set reads as the post', { field: 'post', before: null, after: 'member' }, '职务：执委'],
  ['a post changed', { field: 'post', before: 'member', after: 'viceChair' }, '职务：执委 → 副主席'],
  ['areas first covered', { field: 'coverAreas', before: [], after: ['5栋'] }, '联系片区：5栋'],
  ['areas changed', { field: 'coverAreas', before: ['1栋', '5栋'], after: [] }, '联系片区：1栋、5栋 → （无）'],
  ['areas taken from another member', { field: 'movedAreas', before: null, after: ['5栋（原由 张三 联系）'] }, '转来的片区：5栋（原由 张三 联系）'],
  ['a photo uploaded', { field: 'photoUrl', before: null, after: '/files/photos/2026/ab12.jpg' }, '照片：已上传图片'],
  ['a photo replaced', { field: 'photoUrl', before: '/files/photos/a.jpg', after: 'cloud://env-1/photos/b.jpg' }, '照片：换了一张新的'],
  ['a logo removed', { field: 'logoUrl', before: '/files/logo/a.png', after: null }, '标识：已上传图片 → （无）'],
  ['an on-duty month moved', { field: 'onDutyMonth', before: 11, after: 3 }, '轮值月份：11月 → 3月'],
  ['a phone choice', { field: 'phoneShown', before: 'personal', after: 'office' }, '亮牌上公开的电话：公开本人电话 → 只公开办公电话'],
  ['a departure', { field: 'status', before: 'active', after: 'left' }, '状态：在任 → 已离任'],
  ['an area kind', { field: 'kind', before: null, after: 'grid' }, '类型：网格'],
  ['activity photos', { field: 'photos', before: [], after: ['/files/a/1.jpg', '/files/a/2.jpg'] }, '活动照片：2 张照片'],
  ['a bound WeChat', { field: 'bound', before: false, after: true }, '绑定微信：未绑定 → 已绑定'],
  ['a topic step', { field: 'state', before: 'submitted', after: 'accepted' }, expect.stringMatching(/^进展：[^a-z]+ → [^a-z]+$/)],
  [
    'opening hours',
    { field: 'hours', before: null, after: { sessions: [{ start: '09:00', end: '12:00' }], openOnWeekends: false, closedDates: ['2026-10-01'], extraOpenDates: [] } },
    '开放时间：每天 09:00–12:00，周末休息，另有 1 天闭馆',
  ],
])('%s', (_label, change, expected) => {
  expect(changeText(change)).toEqual(expected)
})

test('no line shows a path, a key in braces or a JSON list', () => {
  const lines = [
    changeText({ field: 'photoUrl', before: '/files/x.jpg', after: null }),
    changeText({ field: 'departure', before: null, after: { reason: 'resigned', leftOn: '2026-06-30', note: '' } }),
    changeText({ field: 'duties', before: ['宣传'], after: ['宣传', '维权'] }),
  ]
  expect(lines).toEqual(['照片：已上传图片 → （无）', '离任情况：2026-06-30 离任（自愿请辞）', '工作职责：宣传 → 宣传；维权'])
  for (const line of lines) expect(line).not.toMatch(/[/{}[\]"]/)
})

test('a new member’s entry names her 姓名 and leaves out the fields left empty', () => {
  const entry = {
    action: 'saveMember',
    changes: [
      { field: 'name', before: null, after: '李新芳' },
      { field: 'specialty', before: null, after: '' },
      { field: 'post', before: null, after: 'member' },
    ],
  }
  expect(changeLines(entry).map((line) => line.text)).toEqual(['姓名：李新芳', '职务：执委'])
  expect(changeText({ field: 'name', before: '1栋', after: '一栋' }, 'saveArea')).toBe('片区名称：1栋 → 一栋')
})
