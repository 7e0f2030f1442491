// Filing a help request on a woman's behalf (requests.fileOnBehalf) after a visit, a
// 主席信箱 letter or a hotline call: how it came in, the day she consented by word of
// mouth, her age band and the request itself. One requestId is kept across retries. Opened
// from the member's 帮扶 / 报告 entry, the first request filed names it (the entry records it).
import { useState } from 'react'
import type { ActionOutput } from '../../../types/contracts'
import type { AgeBand } from '../../../types/requestModel'
import { useSave } from '../../hooks/useSave'
import { beijingToday } from '../../lib/dates'
import type { FieldErrors } from '../../lib/fieldErrors'
import { initialRequestValues, missingChoices, requestPayload, type RequestValues } from '../../lib/requestForm'

export type FilingChannel = 'visit' | 'mailbox' | 'hotline'
type CaseRef = ActionOutput<'requests', 'fileOnBehalf'>['request']

export interface FilingValues {
  channel: FilingChannel
  verbalConsentDate: string | null
  ageBand: AgeBand | ''
  request: RequestValues
}

const initialFilingValues = (): FilingValues => ({ channel: 'visit', verbalConsentDate: beijingToday(), ageBand: '', request: initialRequestValues() })

function missing(values: FilingValues): FieldErrors {
  const errors = missingChoices(values.request)
  if (!values.ageBand) errors.ageBand = '请选择她的年龄段'
  if (!values.verbalConsentDate) errors.verbalConsentDate = '请填写她口头同意的日期'
  return errors
}

export function useRequestFiling(orgId: string, fromEntryId = '') {
  const [values, setValues] = useState<FilingValues>(initialFilingValues)
  const set = <K extends keyof FilingValues>(field: K, value: FilingValues[K]) => setValues((current) => ({ ...current, [field]: value }))
  const save = useSave({ show: 'notice', fields: 'inline', oneRecord: true })
  const [filed, setFiled] = useState<CaseRef | null>(null)
  /** the entry it comes from, until one request has been filed from it */
  const [dutyEntryId, setDutyEntryId] = useState(fromEntryId)

  const file = async () => {
    const payload = {
      ...requestPayload(orgId, values.ageBand as AgeBand, values.request),
      channel: values.channel,
      verbalConsentDate: values.verbalConsentDate ?? '',
      ...(dutyEntryId ? { dutyEntryId } : {}),
    }
    const answer = await save.run('requests', 'fileOnBehalf', payload, { missing: missing(values), done: false })
    if (!answer) return
    setFiled(answer.request)
    setDutyEntryId('')
    setValues(initialFilingValues())
  }

  /** 再登记一件: a fresh form */
  const another = () => {
    setValues(initialFilingValues())
    setFiled(null)
  }

  return { values, set, dutyEntryId, busy: save.busy, errors: save.errors, notice: save.notice, filed, file, another }
}
