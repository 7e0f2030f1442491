// A refused save names its fields by payload path; the console must put each message
// next to the field she sees, and never drop one no field shows.
import { errorAt, toFieldErrors, unclaimedErrors } from '../../../src/lib/fieldErrors'

describe('field errors from INVALID_INPUT issues', () => {
  test('the payload wrapper (fields., changes.) is not part of the field name', () => {
    const errors = toFieldErrors([
      { field: 'fields.phone', message: '请填写正确的手机号' },
      { field: 'changes.hours.sessions.0.end', message: '时间格式应为 HH:mm' },
      { field: 'coverAreaIds', message: '最多 100 个' },
    ])
    expect(errors).toEqual({ phone: '请填写正确的手机号', 'hours.sessions.0.end': '时间格式应为 HH:mm', coverAreaIds: '最多 100 个' })
  })

  test('a field with several issues keeps the first message', () => {
    const errors = toFieldErrors([
      { field: 'fields.name', message: '请填写姓名' },
      { field: 'fields.name', message: '姓名至少 2 个字' },
    ])
    expect(errors.name).toBe('请填写姓名')
  })

  test('unknown keys listed together are split, each under its own name', () => {
    expect(toFieldErrors([{ field: 'fields.openid,fields.extra', message: '不允许的字段' }])).toEqual({ openid: '不允许的字段', extra: '不允许的字段' })
  })

  test('a group field shows the message of anything inside it, but not of a field that merely starts alike', () => {
    const errors = toFieldErrors([{ field: 'changes.hours.closedDates.2', message: '日期格式应为 YYYY-MM-DD' }])
    expect(errorAt(errors, 'hours')).toBe('日期格式应为 YYYY-MM-DD')
    expect(errorAt(errors, 'hours.closedDates')).toBe('日期格式应为 YYYY-MM-DD')
    expect(errorAt(errors, 'hours.sessions')).toBeUndefined()
    expect(errorAt(toFieldErrors([{ field: 'termStartX', message: 'x' }]), 'termStart')).toBeUndefined()
  })

  test('messages no shown field claims are listed in their own words (which name the field), never by its key', () => {
    const errors = toFieldErrors([
      { field: 'fields.phone', message: '请填写正确的手机号' },
      { field: 'version', message: '请填写版本' },
    ])
    expect(unclaimedErrors(errors, ['name', 'phone'])).toEqual(['请填写版本'])
    expect(unclaimedErrors(errors, ['phone', 'version'])).toEqual([])
  })
})
