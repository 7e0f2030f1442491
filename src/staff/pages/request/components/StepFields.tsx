// The fields of the step she picked: member pickers for 受理 / 调整, the body for a
// referral, the channel of a contact (beside how she asked to be reached, with a warning on a
// call she refused), a referral's new status, the reason for closing,
// the date of a 回访, and the free text with who will read it.
import type { ReactElement } from 'react'
import { Text, View } from '@tarojs/components'
import type { StaffCaseView } from '../../../../../types/requests'
import {
  CLOSURE_REASON_LABEL,
  CONTACT_CHANNELS,
  CONTACT_CHANNEL_LABEL,
  REFERRAL_BODIES,
  REFERRAL_BODY_LABEL,
  REFERRAL_STATUSES,
  REFERRAL_STATUS_LABEL,
} from '../../../../../types/requestModel'
import { Choices, type ChoiceOption } from '../../../../components/Choices'
import { FormField } from '../../../../components/FormField'
import { TextArea } from '../../../../components/TextInput'
import { errorAt, type FieldErrors } from '../../../../lib/fieldErrors'
import { DateInput } from '../../../components/DateInput'
import { AUDIENCE_LABEL, type CloseReason, type StaffStepKind, type StepDraft, TEXT_OF } from '../../../lib/requestSteps'

export interface StepFieldsProps {
  kind: StaffStepKind
  draft: StepDraft
  onChange: (draft: StepDraft) => void
  view: StaffCaseView
  members: ChoiceOption<string>[] | null
  errors: FieldErrors
}

const CLOSE_REASONS: CloseReason[] = ['resolved', 'referred', 'outOfScope', 'unreachable']

function Assignment({ draft, onChange, members, errors }: StepFieldsProps) {
  if (!members) return <Text className='page-note'>正在读取执委名单…</Text>
  const backups = [{ value: '', label: '不设备岗' }, ...members.filter((member) => member.value !== draft.assigneeId)]
  return (
    <View>
      <FormField label='负责执委' name='step.assigneeId' required error={errorAt(errors, 'step.assigneeId')}>
        <Choices
          className='assignee-choice'
          options={members}
          selected={[draft.assigneeId]}
          onToggle={(assigneeId) => onChange({ ...draft, assigneeId, backupId: draft.backupId === assigneeId ? '' : draft.backupId })}
          emptyText='本会还没有在任的执委'
        />
      </FormField>
      <FormField label='备岗执委（她不在时接手）' name='step.backupId' error={errorAt(errors, 'step.backupId')}>
        <Choices className='backup-choice' options={backups} selected={[draft.backupId]} onToggle={(backupId) => onChange({ ...draft, backupId })} />
      </FormField>
    </View>
  )
}

function Referral({ draft, onChange, errors }: StepFieldsProps) {
  return (
    <FormField label='转介给' name='step.body' error={errorAt(errors, 'step.body')}>
      <Choices
        className='referral-body-choice'
        options={REFERRAL_BODIES.map((value) => ({ value, label: REFERRAL_BODY_LABEL[value] }))}
        selected={[draft.body]}
        onToggle={(body) => onChange({ ...draft, body })}
      />
    </FormField>
  )
}

/** How she asked to be reached, beside the contact log: channel, safe times, and 不要打电话. */
function HerWishes({ view }: { view: StaffCaseView }) {
  const times = view.personal.safeTimes ? `，方便的时间：${view.personal.safeTimes}` : '，没有写方便的时间'
  return (
    <View className='contact-wishes'>
      <Text className='contact-wishes__text'>{`她希望：${CONTACT_CHANNEL_LABEL[view.contactChannel]}${times}`}</Text>
      {view.doNotCall ? <Text className='contact-wishes__no-call'>她要求：不要给她打电话</Text> : null}
    </View>
  )
}

/** A call to a woman who asked not to be called may put her in danger: said before it is recorded. */
export const refusedCall = (view: StaffCaseView, draft: StepDraft): boolean => view.doNotCall && draft.how === 'phone'

function Contact({ draft, onChange, view, errors }: StepFieldsProps) {
  return (
    <View>
      <HerWishes view={view} />
      <FormField label='这次怎么联系的' name='step.how' required error={errorAt(errors, 'step.how')}>
        <Choices
          className='contact-how-choice'
          options={CONTACT_CHANNELS.map((value) => ({ value, label: CONTACT_CHANNEL_LABEL[value] }))}
          selected={[draft.how]}
          onToggle={(how) => onChange({ ...draft, how })}
        />
      </FormField>
      {refusedCall(view, draft) ? (
        <Text className='contact-refused-call'>
          她说过不要给她打电话：电话可能被别人接到，会给她带来危险。如果确实打了（比如她先打来），请在下面写明原因。这次记录会算作对她的首次联系。
        </Text>
      ) : null}
    </View>
  )
}

function ReferralUpdate({ draft, onChange, view, errors }: StepFieldsProps) {
  const referrals = view.referrals.map((referral) => ({ value: referral.id, label: REFERRAL_BODY_LABEL[referral.body], note: REFERRAL_STATUS_LABEL[referral.status] }))
  return (
    <View>
      <FormField label='哪一次转介' name='step.referralId' required error={errorAt(errors, 'step.referralId')}>
        <Choices
          className='referral-choice'
          options={referrals}
          selected={[draft.referralId]}
          onToggle={(referralId) => onChange({ ...draft, referralId })}
          emptyText='还没有转介记录'
        />
      </FormField>
      <FormField label='对方的答复' name='step.status' error={errorAt(errors, 'step.status')}>
        <Choices
          className='referral-status-choice'
          options={REFERRAL_STATUSES.map((value) => ({ value, label: REFERRAL_STATUS_LABEL[value] }))}
          selected={[draft.status]}
          onToggle={(status) => onChange({ ...draft, status })}
        />
      </FormField>
    </View>
  )
}

function Closing({ draft, onChange, errors }: StepFieldsProps) {
  return (
    <FormField label='办结原因（她能看到）' name='step.reason' error={errorAt(errors, 'step.reason')}>
      <Choices
        className='close-reason-choice'
        options={CLOSE_REASONS.map((value) => ({ value, label: CLOSURE_REASON_LABEL[value] }))}
        selected={[draft.closeReason]}
        onToggle={(closeReason) => onChange({ ...draft, closeReason })}
      />
    </FormField>
  )
}

function FollowUpDate({ draft, onChange, errors }: StepFieldsProps) {
  return (
    <FormField label='回访日期' name='step.dueDate' required error={errorAt(errors, 'step.dueDate')}>
      <DateInput className='follow-up-date-input' value={draft.dueDate} onChange={(dueDate) => onChange({ ...draft, dueDate })} />
    </FormField>
  )
}

/** The fields a step needs besides its free text. */
const SPECIFIC: Partial<Record<StaffStepKind, (props: StepFieldsProps) => ReactElement>> = {
  accept: Assignment,
  reassign: Assignment,
  refer: Referral,
  referOn: Referral,
  contact: Contact,
  updateReferral: ReferralUpdate,
  close: Closing,
  scheduleFollowUp: FollowUpDate,
}

export function StepFields(props: StepFieldsProps) {
  const { kind, draft, onChange, errors } = props
  const text = TEXT_OF[kind]
  const Specific = SPECIFIC[kind]
  return (
    <View className='step-fields'>
      {Specific ? <Specific {...props} /> : null}
      {text ? (
        <FormField label={text.label} name={text.field} error={errorAt(errors, text.field)}>
          <Text className={`step-audience step-audience--${text.audience}`}>{AUDIENCE_LABEL[text.audience]}</Text>
          <TextArea className='step-text-input' value={draft.text} maxLength={1000} onChange={(value) => onChange({ ...draft, text: value })} />
        </FormField>
      ) : null}
    </View>
  )
}
