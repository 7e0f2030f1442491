// The intake's whole state, in memory only (never a draft in storage): the step she is
// on, the age answer, the consent tick, the form, and the submission with one
// requestId kept across retries of the same request. `clear` wipes all of it.
import { useCallback, useEffect, useRef, useState } from 'react'
import type { AgeBand } from '../../../types/requestModel'
import type { ActionOutput } from '../../../types/contracts'
import { asApiError, call, newRequestId } from '../../api'
import { type FieldErrors, toFieldErrors } from '../../staff/lib/fieldErrors'
import { initialRequestValues, missingChoices, requestPayload, type RequestValues } from '../lib/requestForm'

export type IntakeStep = 'age' | 'under14' | 'consent' | 'details' | 'done'
type Terms = ActionOutput<'requests', 'terms'>
type CaseRef = ActionOutput<'requests', 'submit'>['request']
export type TermsState = { status: 'loading' } | { status: 'ready'; terms: Terms } | { status: 'error'; message: string }

const KIND_WORDS: Partial<Record<string, string>> = {
  UNAUTHENTICATED: '请先登录后再提交（「我的」页面）。',
}

function useTerms() {
  const [terms, setTerms] = useState<TermsState>({ status: 'loading' })
  const load = useCallback(async () => {
    setTerms({ status: 'loading' })
    try {
      setTerms({ status: 'ready', terms: await call('requests', 'terms', {}) })
    } catch (caught) {
      setTerms({ status: 'error', message: asApiError(caught).message })
    }
  }, [])
  useEffect(() => void load(), [load])
  return { terms, reloadTerms: load }
}

/** Sending the request: field messages, a notice for anything else, one requestId per request. */
function useSubmission(orgId: string) {
  const [errors, setErrors] = useState<FieldErrors>({})
  const [notice, setNotice] = useState('')
  const [busy, setBusy] = useState(false)
  const [submitted, setSubmitted] = useState<CaseRef | null>(null)
  const requestId = useRef(newRequestId())

  const send = async (ageBand: AgeBand, values: RequestValues, consentVersion: string): Promise<boolean> => {
    const missing = missingChoices(values)
    setErrors(missing)
    setNotice('')
    if (Object.keys(missing).length > 0) return false
    setBusy(true)
    try {
      const payload = { ...requestPayload(orgId, ageBand, values), consent: true as const, consentVersion }
      const { request } = await call('requests', 'submit', payload, requestId.current)
      requestId.current = newRequestId()
      setSubmitted(request)
      return true
    } catch (caught) {
      const error = asApiError(caught)
      if (error.code === 'INVALID_INPUT' && error.issues.length > 0) setErrors(toFieldErrors(error.issues))
      else setNotice(KIND_WORDS[error.code] ?? error.message)
      return false
    } finally {
      setBusy(false)
    }
  }

  const reset = useCallback(() => {
    setErrors({})
    setNotice('')
    setSubmitted(null)
    requestId.current = newRequestId()
  }, [])

  return { errors, notice, busy, submitted, send, reset }
}

export function useIntake(orgId: string) {
  const { terms, reloadTerms } = useTerms()
  const [step, setStep] = useState<IntakeStep>('age')
  const [ageBand, setAgeBand] = useState<AgeBand>('unspecified')
  const [consented, setConsented] = useState(false)
  const [values, setValues] = useState<RequestValues>(initialRequestValues)
  const { errors, notice, busy, submitted, send, reset } = useSubmission(orgId)

  const clear = useCallback(() => {
    setStep('age')
    setAgeBand('unspecified')
    setConsented(false)
    setValues(initialRequestValues())
    reset()
  }, [reset])

  const chooseAge = (band: AgeBand) => {
    setAgeBand(band)
    setStep(band === 'under14' ? 'under14' : 'consent')
  }

  const submit = async () => {
    if (busy || terms.status !== 'ready') return
    if (!(await send(ageBand, values, terms.terms.consentVersion))) return
    setValues(initialRequestValues())
    setStep('done')
  }

  return { terms, reloadTerms, step, setStep, ageBand, chooseAge, consented, setConsented, values, setValues, errors, notice, busy, submitted, submit, clear }
}

export type Intake = ReturnType<typeof useIntake>
