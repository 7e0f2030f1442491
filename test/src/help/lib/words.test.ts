// The plain words of the help pages: the retention period as the consent step states
// it, and how far along her timeline a case has come.
import { progressSteps, retentionText } from '../../../../src/help/lib/words'

describe('help-page words', () => {
  test('a retention in whole years reads in years, anything else in days', () => {
    expect(retentionText(1095)).toBe('3 年')
    expect(retentionText(365)).toBe('1 年')
    expect(retentionText(400)).toBe('400 天')
    expect(retentionText(30)).toBe('30 天')
  })

  test('the timeline marks every step up to the current one as done', () => {
    expect(progressSteps('accepted')).toEqual([
      { label: '已提交', done: true, current: false },
      { label: '已受理', done: true, current: true },
      { label: '处理中', done: false, current: false },
      { label: '已办结', done: false, current: false },
    ])
    expect(progressSteps('closed').every((step) => step.done)).toBe(true)
  })
})
