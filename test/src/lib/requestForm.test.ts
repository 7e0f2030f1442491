// The help-request form: what it asks for before sending, how "do not call" and the
// contact channel keep each other honest, and that what it sends is what the contract
// accepts (and carries no address unless she asked for a visit).
import { fileRequestOnBehalfInput, submitRequestInput } from '../../../types/requests'
import { initialRequestValues, missingChoices, requestPayload, withChannel, withDoNotCall } from '../../../src/lib/requestForm'

const filled = () => ({
  ...initialRequestValues(),
  category: 'domesticViolence' as const,
  description: '  丈夫喝酒后经常动手  ',
  contactChannel: 'sms' as const,
  address: '3号楼2单元',
})

describe('the help-request form', () => {
  test('a fresh form has made no choice for her: category and contact channel are asked for', () => {
    expect(missingChoices(initialRequestValues())).toEqual({ category: '请选择求助的类别', 'contact.channel': '请选择怎样联系您比较安全' })
    expect(missingChoices(filled())).toEqual({})
  })

  test('ticking 不要打电话 drops a phone channel; choosing the phone again unticks it', () => {
    const byPhone = withChannel(filled(), 'phone')
    const noCalls = withDoNotCall(byPhone, true)
    expect(noCalls).toMatchObject({ doNotCall: true, contactChannel: '' })
    expect(withDoNotCall(filled(), true)).toMatchObject({ doNotCall: true, contactChannel: 'sms' })
    expect(withChannel(noCalls, 'phone')).toMatchObject({ doNotCall: false, contactChannel: 'phone' })
  })

  test('the payload passes the submit contract, trimmed, without the address unless a visit was asked for', () => {
    const payload = requestPayload('org-1', '18to59', filled())
    expect(payload.description).toBe('丈夫喝酒后经常动手')
    expect(payload.address).toBe('')
    expect(submitRequestInput.safeParse({ ...payload, consent: true, consentVersion: '2026-11' }).success).toBe(true)
    expect(requestPayload('org-1', '18to59', withChannel(filled(), 'visit')).address).toBe('3号楼2单元')
  })

  test('a member filing for her sends the same fields, which the fileOnBehalf contract accepts', () => {
    const payload = { ...requestPayload('org-1', '60plus', filled()), channel: 'hotline', verbalConsentDate: '2026-11-20' }
    expect(fileRequestOnBehalfInput.safeParse(payload).success).toBe(true)
  })
})
