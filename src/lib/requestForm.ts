// The fields of a help request as a form holds them, for the woman's intake and for a
// member filing on her behalf: the starting values, the checks the form makes before
// sending (a choice not made yet), and the contract's payload fields.
import type { AgeBand, ContactChannel, RequestCategory, Urgency } from '../../types/requestModel'
import type { FieldErrors } from './fieldErrors'

export interface RequestValues {
  category: RequestCategory | ''
  description: string
  needs: string
  urgency: Urgency
  contactChannel: ContactChannel | ''
  safeTimes: string
  doNotCall: boolean
  phone: string
  address: string
  forWhom: 'self' | 'other'
  name: string
}

export const initialRequestValues = (): RequestValues => ({
  category: '',
  description: '',
  needs: '',
  urgency: 'normal',
  contactChannel: '',
  safeTimes: '',
  doNotCall: false,
  phone: '',
  address: '',
  forWhom: 'self',
  name: '',
})

/** Choices the form starts without: asked for here, before anything is sent. */
export function missingChoices(values: RequestValues): FieldErrors {
  const errors: FieldErrors = {}
  if (!values.category) errors.category = '请选择求助的类别'
  if (!values.contactChannel) errors['contact.channel'] = '请选择怎样联系您比较安全'
  return errors
}

/** A channel and "do not call" that contradict each other are resolved toward not calling. */
export function withDoNotCall(values: RequestValues, doNotCall: boolean): RequestValues {
  const contactChannel = doNotCall && values.contactChannel === 'phone' ? '' : values.contactChannel
  return { ...values, doNotCall, contactChannel }
}

export function withChannel(values: RequestValues, channel: ContactChannel): RequestValues {
  return { ...values, contactChannel: channel, doNotCall: channel === 'phone' ? false : values.doNotCall }
}

/** The request fields of the contract (submit and fileOnBehalf share them). */
export function requestPayload(orgId: string, ageBand: AgeBand, values: RequestValues) {
  return {
    orgId,
    category: values.category as RequestCategory,
    urgency: values.urgency,
    ageBand,
    forWhom: values.forWhom,
    name: values.name.trim(),
    description: values.description.trim(),
    needs: values.needs.trim(),
    phone: values.phone.trim(),
    address: values.contactChannel === 'visit' ? values.address.trim() : '',
    contact: { channel: values.contactChannel as ContactChannel, safeTimes: values.safeTimes.trim(), doNotCall: values.doNotCall },
  }
}
