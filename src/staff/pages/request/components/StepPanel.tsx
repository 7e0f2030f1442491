// What she can do next on the case: only the steps the case view allows her now
// (lifecycle ∩ policy), each as a small form. A call recorded for a woman who asked not
// to be called is confirmed first. After a step the page shows the case
// as the back end returned it; a refused one (CONFLICT) shows why, and a reload.
import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import type { StaffCaseView } from '../../../../../types/requests'
import { REQUEST_STEP_LABEL } from '../../../../../types/requestModel'
import { ActionButton } from '../../../../components/ActionButton'
import { Choices } from '../../../../components/Choices'
import { Section } from '../../../../components/Section'
import { confirmAction } from '../../../../lib/confirm'
import { unclaimedErrors } from '../../../../lib/fieldErrors'
import { ConflictNotice } from '../../../components/ConflictNotice'
import type { RequestCase } from '../../../hooks/useRequestCase'
import { useRequestMembers } from '../../../hooks/useRequestMembers'
import { FIELDS_OF, initialDraft, type StaffStepKind, stepOf } from '../../../lib/requestSteps'
import { refusedCall, StepFields } from './StepFields'

const REQUESTER_ONLY = new Set(['addInfo', 'withdraw', 'rate'])

export function StepPanel({ view, requestCase }: { view: StaffCaseView; requestCase: RequestCase }) {
  const kinds = view.allowedSteps.filter((step): step is StaffStepKind => !REQUESTER_ONLY.has(step))
  const [kind, setKind] = useState<StaffStepKind | ''>(kinds[0] ?? '')
  const [draft, setDraft] = useState(initialDraft)
  const members = useRequestMembers(view.role === 'upperChair' && view.escalatedToOrgId ? [view.orgId, view.escalatedToOrgId] : [view.orgId])
  if (requestCase.conflict !== null) {
    return (
      <View className='request-conflict'>
        <ConflictNotice reason={requestCase.conflict} onReload={() => void requestCase.reload()} />
      </View>
    )
  }
  if (kinds.length === 0 || !kind) return <Text className='page-note request-no-steps'>这条求助现在没有您可以办理的事项。</Text>
  const submit = async () => {
    const confirmCall =
      kind === 'contact' && refusedCall(view, draft) ? () => confirmAction('她要求不要打电话', '仍然记录这次电话联系吗？它会算作对她的首次联系。', '仍然记录') : undefined
    if (await requestCase.act(stepOf(kind, draft), '已记录', confirmCall)) setDraft(initialDraft())
  }
  return (
    <Section title='办理' className='request-steps'>
      <Choices className='request-step-kind' options={kinds.map((value) => ({ value, label: REQUEST_STEP_LABEL[value] }))} selected={[kind]} onToggle={setKind} />
      <StepFields kind={kind} draft={draft} onChange={setDraft} view={view} members={members} errors={requestCase.errors} />
      {unclaimedErrors(requestCase.errors, FIELDS_OF[kind]).map((message) => (
        <Text key={message} className='field-error request-step-error'>
          {message}
        </Text>
      ))}
      <ActionButton className='request-step-button' text={requestCase.busy ? '正在保存…' : REQUEST_STEP_LABEL[kind]} onClick={() => void submit()} />
    </Section>
  )
}
