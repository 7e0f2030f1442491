// How a refused write reaches her: for every error code under every way a form shows
// refusals, she is told the server's own Chinese reason (a form may only add where to go
// next after it) or red text under the fields she can fix — and a CONFLICT is kept for a
// reload notice, carrying that reason, only where the form offers one.
import { ERROR_CODES, type ErrorCode } from '../../../types/common'
import { DIALOG_TITLE, FIELDS_TOAST, type RefusalRules, refusalOf } from '../../../src/lib/refusals'

const REASON = '服务器说的原因'
const refused = (code: ErrorCode, issues = [{ field: 'fields.phone', message: '请填写正确的手机号' }]) => ({ code, message: REASON, issues })

const RULES: Record<string, RefusalRules> = {
  'a console form': { keepConflict: true },
  'a form with a notice': { show: 'notice', fields: 'inline' },
  'a button with no fields': { dialogTitle: '没有附议成功', fields: 'none' },
  'a hint after the reason': { show: 'notice', hints: { UNAUTHENTICATED: '登录在「我的」页面。' } },
}

describe('every refusal reaches her', () => {
  const cases = Object.entries(RULES).flatMap(([name, rules]) => ERROR_CODES.map((code) => [name, code, rules] as const))

  test.each(cases)('%s, %s: shown in words or under a field', (_name, code, rules) => {
    const refusal = refusalOf(refused(code), rules)
    switch (refusal.kind) {
      case 'fields':
        expect(Object.values(refusal.errors)).toEqual(['请填写正确的手机号'])
        break
      case 'conflict':
        expect(refusal.reason).toBe(REASON)
        break
      default:
        expect(refusal.text.startsWith(REASON)).toBe(true)
    }
  })

  test('a refused field is shown under that field (its wrapper dropped), with a toast only where the form asks for one', () => {
    expect(refusalOf(refused('INVALID_INPUT'))).toEqual({ kind: 'fields', errors: { phone: '请填写正确的手机号' }, toast: FIELDS_TOAST })
    expect(refusalOf(refused('INVALID_INPUT'), { fields: 'inline' })).toEqual({ kind: 'fields', errors: { phone: '请填写正确的手机号' }, toast: null })
  })

  test('where no field is on screen, a refused field is said like any other refusal', () => {
    expect(refusalOf(refused('INVALID_INPUT'), { fields: 'none', dialogTitle: '没有成功' })).toEqual({ kind: 'dialog', title: '没有成功', text: REASON })
    expect(refusalOf(refused('INVALID_INPUT', []))).toEqual({ kind: 'dialog', title: DIALOG_TITLE, text: REASON })
  })

  test('CONFLICT is kept for the reload notice only where the form offers one; elsewhere its reason is said', () => {
    expect(refusalOf(refused('CONFLICT'), { keepConflict: true })).toEqual({ kind: 'conflict', reason: REASON })
    expect(refusalOf(refused('CONFLICT'))).toEqual({ kind: 'dialog', title: DIALOG_TITLE, text: REASON })
    expect(refusalOf(refused('CONFLICT'), { show: 'notice' })).toEqual({ kind: 'notice', text: REASON })
  })

  test('a hint follows the server’s reason, only for its own code, and never replaces it', () => {
    const rules = RULES['a hint after the reason']
    expect(refusalOf(refused('UNAUTHENTICATED'), rules)).toEqual({ kind: 'notice', text: `${REASON}。登录在「我的」页面。` })
    expect(refusalOf({ code: 'UNAUTHENTICATED', message: '请先登录！', issues: [] }, rules)).toEqual({ kind: 'notice', text: '请先登录！登录在「我的」页面。' })
    expect(refusalOf(refused('RATE_LIMITED'), rules)).toEqual({ kind: 'notice', text: REASON })
  })
})
