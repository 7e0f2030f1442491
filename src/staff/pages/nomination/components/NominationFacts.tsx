// A nomination as it stands: the candidate, the seat, how she was put forward, the 初审 and the
// 党组织's approval once recorded, and the vote's result in the server's words.
import { Text } from '@tarojs/components'
import { NOMINATION_KIND_LABEL, NOMINATION_STATUS_LABEL, type NominationDoc } from '../../../../../types/committee'
import { ActionButton } from '../../../../components/ActionButton'
import { Section } from '../../../../components/Section'
import { DocumentPhoto } from '../../../components/DocumentPhoto'
import { openPage } from '../../../../lib/routes'
import { committeesUrl, invitesUrl } from '../../../../lib/staffRoutes'
import { nameOf } from '../../../lib/committee'
import type { ConsoleData } from '../../../lib/consoleStore'

function supportText(data: ConsoleData, support: NominationDoc['support']): string {
  if (support.route === 'organisation') return `组织推荐：${support.partyOrg}`
  if (support.route === 'self') return '个人自荐'
  const members = support.memberIds.length ? `执委 ${support.memberIds.map((id) => nameOf(data, id)).join('、')} 推荐` : ''
  const women = support.women ? `${support.women} 名妇女签名推荐${support.sheetPhoto ? '（有签名表照片）' : ''}` : ''
  return `群众推荐：${[members, women].filter(Boolean).join('；')}`
}

function lines(data: ConsoleData, n: NominationDoc): string[] {
  return [
    `${NOMINATION_KIND_LABEL[n.kind]}${n.replacesMemberId ? `（接替离任的 ${nameOf(data, n.replacesMemberId)}）` : ''}`,
    supportText(data, n.support),
    ...(n.candidate.phone ? [`电话：${n.candidate.phone}`] : []),
    ...(n.candidate.intro ? [`简介：${n.candidate.intro}`] : []),
    ...(n.review ? [`初审：${n.review.passed ? '通过' : '不通过'}（${n.review.by}，${n.review.on}）${n.review.note ? `：${n.review.note}` : ''}`] : []),
    ...(n.approval
      ? [`党组织批准：${n.approval.by}，${n.approval.on}${n.approval.documentNo ? `，${n.approval.documentNo}` : ''}${n.approval.photo ? '（有批复照片）' : ''}`]
      : []),
  ]
}

export function NominationFacts({ data, nomination }: { data: ConsoleData; nomination: NominationDoc }) {
  const { vote } = nomination
  return (
    <Section title={nomination.candidate.name} note={NOMINATION_STATUS_LABEL[nomination.status]} className='nomination-facts'>
      {lines(data, nomination).map((line) => (
        <Text key={line} className='page-note nomination-line'>
          {line}
        </Text>
      ))}
      {nomination.support.route === 'mass' && nomination.support.sheetPhoto ? (
        <DocumentPhoto orgId={nomination.orgId} photoRef={nomination.support.sheetPhoto} label='签名表照片' />
      ) : null}
      {nomination.approval?.photo ? <DocumentPhoto orgId={nomination.orgId} photoRef={nomination.approval.photo} label='党组织批复照片' /> : null}
      {vote ? <Text className='page-note nomination-vote'>{`执委会表决：${vote.reason}（赞成 ${vote.yes}，弃权 ${vote.abstain}，反对 ${vote.no}）`}</Text> : null}
      {nomination.status === 'approved' ? (
        <>
          <Text className='page-note'>党组织已批准。在执委会全体会议上表决：召集一次议程有“增替补表决”的执委会，记录出席后录入表决结果。</Text>
          <ActionButton className='open-committees-button' variant='plain' text='去执委会' onClick={() => openPage(committeesUrl(data.org._id))} />
        </>
      ) : null}
      {nomination.memberId ? (
        <ActionButton
          className='invite-elected-button'
          variant='plain'
          text='邀请她绑定微信'
          onClick={() => openPage(invitesUrl(data.org._id, nomination.memberId ?? undefined))}
        />
      ) : null}
    </Section>
  )
}
