// The facts of a case for the staff: where it stands, its deadlines (and whether they
// are missed), who handles it, how it came in and on what consent, its referrals,
// the planned 回访, and how it was closed and rated.
import { Text, View } from '@tarojs/components'
import type { StaffCaseView } from '../../../../../types/requests'
import {
  AGE_BAND_LABEL,
  CLOSURE_REASON_LABEL,
  REFERRAL_BODY_LABEL,
  REFERRAL_STATUS_LABEL,
  REQUEST_CATEGORY_LABEL,
  REQUEST_CHANNEL_LABEL,
  REQUEST_STATE_LABEL,
  URGENCY_LABEL,
} from '../../../../../types/requestModel'
import { Section } from '../../../../components/Section'
import { beijingDate, beijingDateTime } from '../../../../lib/dates'
import { overdueLabel } from '../../../lib/requests'

export function Fact({ label, text, name = '' }: { label: string; text: string; name?: string }) {
  if (!text) return null
  return (
    <View className={`request-fact ${name ? `request-fact--${name}` : ''}`}>
      <Text className='request-fact__label'>{label}</Text>
      <Text className='request-fact__text'>{text}</Text>
    </View>
  )
}

function consentText(view: StaffCaseView): string {
  const { consent } = view
  if (consent.kind === 'verbal') return `口头同意（${consent.verbalDate ?? ''}），说明版本 ${consent.version}`
  return `本人在线勾选同意（${beijingDateTime(consent.at)}），说明版本 ${consent.version}`
}

function Deadlines({ view }: { view: StaffCaseView }) {
  const late = overdueLabel(view.overdue)
  return (
    <View className='request-deadlines'>
      {late ? <Text className='request-overdue-flag'>{late}</Text> : null}
      <Fact name='acceptBy' label='受理期限' text={view.acceptedAt ? `已于 ${beijingDateTime(view.acceptedAt)} 受理` : `${beijingDateTime(view.acceptBy)} 前`} />
      <Fact
        name='contactBy'
        label='首次联系期限'
        text={view.firstContactAt ? `已于 ${beijingDateTime(view.firstContactAt)} 联系` : view.contactBy ? `${beijingDateTime(view.contactBy)} 前` : ''}
      />
    </View>
  )
}

export function CaseFacts({ view }: { view: StaffCaseView }) {
  const handler = view.assignee ? `${view.assignee.name}${view.backup ? `（备岗 ${view.backup.name}）` : ''}` : '未分派'
  return (
    <Section title={view.code} note={REQUEST_STATE_LABEL[view.state]} className='request-facts'>
      <Deadlines view={view} />
      <Fact name='kind' label='类别 · 紧急程度 · 年龄' text={`${REQUEST_CATEGORY_LABEL[view.category]} · ${URGENCY_LABEL[view.urgency]} · ${AGE_BAND_LABEL[view.ageBand]}`} />
      <Fact name='forWhom' label='为谁求助' text={view.forWhom === 'self' ? '本人' : '替别人求助'} />
      <Fact name='handler' label='负责执委' text={handler} />
      <Fact name='org' label='所属妇联' text={`${view.orgName}${view.escalatedToOrgId ? ' · 已上报上级妇联' : ''}`} />
      <Fact
        name='channel'
        label='来源'
        text={`${REQUEST_CHANNEL_LABEL[view.channel]}${view.filedBy ? `，${view.filedBy.name} 代为登记` : ''} · ${beijingDateTime(view.createdAt)}`}
      />
      <Fact name='consent' label='同意情况' text={consentText(view)} />
      {view.referrals.map((referral) => (
        <Fact
          key={referral.id}
          name='referral'
          label={`转介 · ${REFERRAL_BODY_LABEL[referral.body]}`}
          text={`${REFERRAL_STATUS_LABEL[referral.status]}（${beijingDate(referral.updatedAt)}）${referral.note ? `：${referral.note}` : ''}`}
        />
      ))}
      {view.followUp ? (
        <Fact
          name='followUp'
          label='回访'
          text={`${view.followUp.dueDate}${view.followUp.doneAt ? ` · 已于 ${beijingDate(view.followUp.doneAt)} 回访` : ' · 待回访'}${view.followUp.note ? `：${view.followUp.note}` : ''}`}
        />
      ) : null}
      {view.closure ? <Fact name='closure' label='办结' text={`${CLOSURE_REASON_LABEL[view.closure.reason]}${view.closure.note ? `：${view.closure.note}` : ''}`} /> : null}
      {view.rating ? <Fact name='rating' label='她的评价' text={`${'★'.repeat(view.rating.score)}${view.rating.comment ? ` ${view.rating.comment}` : ''}`} /> : null}
    </Section>
  )
}
