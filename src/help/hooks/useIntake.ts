// The intake's whole state, in memory only (never a draft in storage): the step she is
// on, the age answer, the consent tick, the form, and the submission with one
// requestId kept across retries of the same request. `clear` wipes all of it. The
// consent text comes with the page; the server's terms, when they arrive, only say how
// long cases are kept here and which version is in force. Submitting a complete form
// first asks WeChat to let us tell her how her request moves on (src/lib/subscribe.ts);
// it is sent whatever she chose.
import { useCallback, useState } from 'react'
import type { ErrorCode } from '../../../types/common'
import type { ActionOutput } from '../../../types/contracts'
import type { AgeBand } from '../../../types/requestModel'
import { useCall } from '../../hooks/useCall'
import { useSave } from '../../hooks/useSave'
import { initialRequestValues, missingChoices, requestPayload, type RequestValues } from '../../lib/requestForm'
import { askForNews } from '../../lib/subscribe'
import { BUNDLED_RETENTION_DAYS, CONSENT_TEXT_VERSION } from '../lib/consent'

export type IntakeStep = 'age' | 'under14' | 'consent' | 'details' | 'done'
type CaseRef = ActionOutput<'requests', 'submit'>['request']

const SIGN_IN_HINT: Partial<Record<ErrorCode, string>> = {
  UNAUTHENTICATED: '登录在「我的」页面。',
}

/** Sending the request: red text for fields, a notice for anything else, one requestId per request. */
function useSubmission(orgId: string) {
  const save = useSave({ show: 'notice', hints: SIGN_IN_HINT, fields: 'inline', oneRecord: true })
  const [submitted, setSubmitted] = useState<CaseRef | null>(null)

  const send = async (ageBand: AgeBand, values: RequestValues, consentVersion: string): Promise<boolean> => {
    const payload = { ...requestPayload(orgId, ageBand, values), consent: true as const, consentVersion }
    const answer = await save.run('requests', 'submit', payload, { missing: missingChoices(values), done: false })
    if (answer) setSubmitted(answer.request)
    return answer !== null
  }

  const { reset: resetSave } = save
  const reset = useCallback(() => {
    resetSave()
    setSubmitted(null)
  }, [resetSave])

  return { errors: save.errors, notice: save.notice, busy: save.busy, submitted, send, reset }
}

export function useIntake(orgId: string) {
  const { state: terms } = useCall('requests', 'terms', {}, { pullDown: false })
  const retentionDays = terms.status === 'ready' ? terms.data.retentionDays : BUNDLED_RETENTION_DAYS
  const serverConsentVersion = terms.status === 'ready' ? terms.data.consentVersion : null
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
    if (busy) return
    // a form still missing a choice is not sent: nothing to hear about yet
    if (Object.keys(missingChoices(values)).length === 0) await askForNews('myRequest')
    if (!(await send(ageBand, values, CONSENT_TEXT_VERSION))) return
    setValues(initialRequestValues())
    setStep('done')
  }

  return { retentionDays, serverConsentVersion, step, setStep, ageBand, chooseAge, consented, setConsented, values, setValues, errors, notice, busy, submitted, submit, clear }
}

export type Intake = ReturnType<typeof useIntake>
