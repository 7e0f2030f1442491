// Filing a help request on a woman's behalf (requests.fileOnBehalf) after a visit, a
// 主席信箱 letter or a hotline call: how it came in, the day she consented by word of
// mouth, her age band and the request itself. One requestId is kept across retries.
import { useRef, useState } from 'react'
import type { ActionOutput } from '../../../types/contracts'
import type { AgeBand } from '../../../types/requestModel'
import { asApiError, call, newRequestId } from '../../api'
import { initialRequestValues, missingChoices, requestPayload, type RequestValues } from '../../help/lib/requestForm'
import { beijingToday } from '../lib/dates'
import { type FieldErrors, toFieldErrors } from '../lib/fieldErrors'

export type FilingChannel = 'visit' | 'mailbox' | 'hotline'
type CaseRef = ActionOutput<'requests', 'fileOnBehalf'>['request']

export interface FilingValues {
  channel: FilingChannel
  verbalConsentDate: string | null
  ageBand: AgeBand | ''
  request: RequestValues
}

export const initialFilingValues = (): FilingValues => ({ channel: 'visit', verbalConsentDate: beijingToday(), ageBand: '', request: initialRequestValues() })

function missing(values: FilingValues): FieldErrors {
  const errors = missingChoices(values.request)
  if (!values.ageBand) errors.ageBand = '请选择她的年龄段'
  if (!values.verbalConsentDate) errors.verbalConsentDate = '请填写她口头同意的日期'
  return errors
}

export function useRequestFiling(orgId: string) {
  const requestId = useRef(newRequestId())
  const [busy, setBusy] = useState(false)
  const [errors, setErrors] = useState<FieldErrors>({})
  const [notice, setNotice] = useState('')
  const [filed, setFiled] = useState<CaseRef | null>(null)

  const file = async (values: FilingValues): Promise<boolean> => {
    if (busy) return false
    const refused = missing(values)
    setErrors(refused)
    setNotice('')
    if (Object.keys(refused).length > 0) return false
    setBusy(true)
    try {
      const payload = { ...requestPayload(orgId, values.ageBand as AgeBand, values.request), channel: values.channel, verbalConsentDate: values.verbalConsentDate ?? '' }
      const { request } = await call('requests', 'fileOnBehalf', payload, requestId.current)
      requestId.current = newRequestId()
      setFiled(request)
      return true
    } catch (caught) {
      const error = asApiError(caught)
      if (error.code === 'INVALID_INPUT' && error.issues.length > 0) setErrors(toFieldErrors(error.issues))
      else setNotice(error.message)
      return false
    } finally {
      setBusy(false)
    }
  }

  return { busy, errors, notice, filed, file, reset: () => setFiled(null) }
}
