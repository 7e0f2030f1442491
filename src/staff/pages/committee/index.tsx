// One 执委会 for the chair: when, where and its agenda; once it has started, who came and its
// minutes (记录执委会), or calling it off; once recorded, the attendance and minutes as kept and,
// when 增替补表决 was on its agenda, the vote (录入表决结果) and its result as the server computed it.
import { Text } from '@tarojs/components'
import type { CommitteeMeetingDoc } from '../../../../types/committee'
import { ActionButton } from '../../../components/ActionButton'
import { Section } from '../../../components/Section'
import { StateView } from '../../../components/StateView'
import { usePageParams } from '../../../hooks/usePageParams'
import { beijingDateTime } from '../../../lib/dates'
import { readParam } from '../../../lib/params'
import { openPage } from '../../../lib/routes'
import { appraisalUrl } from '../../../lib/staffRoutes'
import { ConsoleShell } from '../../components/ConsoleShell'
import { useCommittee } from '../../hooks/useCommittees'
import { COMMITTEE_STATUS_LABEL, agendaText, hasElection } from '../../lib/committee'
import type { ConsoleData } from '../../lib/consoleStore'
import { CancelCommittee } from './components/CancelCommittee'
import { CommitteeMinutes } from './components/CommitteeMinutes'
import { RecordCommittee } from './components/RecordCommittee'
import { VoteSection } from './components/VoteSection'
import '../topics/topics.css'
import './committee.css'

function Header({ meeting }: { meeting: CommitteeMeetingDoc }) {
  return (
    <Section title='执委会全体会议' note={COMMITTEE_STATUS_LABEL[meeting.status]} className='committee-header'>
      <Text className='page-note committee-when'>{`${beijingDateTime(meeting.startsAt)} · ${meeting.place}`}</Text>
      <Text className='page-note committee-agenda-text'>{`议程：${agendaText(meeting.agenda)}`}</Text>
      {meeting.cancelReason ? <Text className='page-note committee-cancel-reason'>{`取消的原因：${meeting.cancelReason}`}</Text> : null}
    </Section>
  )
}

/** 述职评议 on the agenda: the round at this meeting (codes for the 妇女代表, paper ballots, results) */
function AppraisalLink({ orgId, meetingId }: { orgId: string; meetingId: string }) {
  return (
    <Section title='述职评议' className='committee-appraisal'>
      <Text className='page-note'>执委述职后，请到会的妇女代表扫码评议，执委之间互评。</Text>
      <ActionButton className='open-appraisal-button' text='去述职评议' onClick={() => openPage(appraisalUrl(orgId, meetingId))} />
    </Section>
  )
}

function Scheduled({ data, meeting, reload }: { data: ConsoleData; meeting: CommitteeMeetingDoc; reload: () => void }) {
  const started = Date.parse(meeting.startsAt) <= Date.now()
  return (
    <>
      {started ? (
        <RecordCommittee key={meeting.version} data={data} meeting={meeting} onSaved={reload} />
      ) : (
        <StateView kind='empty' title='执委会还没有开' detail='开完会再记录出席情况和会议纪要。' />
      )}
      <Section title='取消这次执委会' className='committee-cancel'>
        <CancelCommittee key={`cancel-${meeting.version}`} meeting={meeting} onDone={reload} />
      </Section>
    </>
  )
}

function Committee({ data, meetingId }: { data: ConsoleData; meetingId: string }) {
  // after a vote the record is read again with `refresh`, which keeps the page (and the vote's result) on screen
  const { state, reload: load, refresh } = useCommittee(meetingId)
  const reload = () => void load()
  if (state.status === 'error') return <StateView kind='error' title='执委会没有读到' detail={state.error.message} actionText='重新加载' onAction={reload} />
  if (state.status !== 'ready') return <StateView kind='loading' title='正在读取执委会…' />
  const { meeting } = state.data
  return (
    <>
      <Header meeting={meeting} />
      {meeting.status === 'scheduled' ? <Scheduled data={data} meeting={meeting} reload={reload} /> : null}
      {meeting.status === 'recorded' ? <CommitteeMinutes data={data} meeting={meeting} /> : null}
      {meeting.status === 'recorded' && hasElection(meeting) ? <VoteSection data={data} meeting={meeting} onCounted={() => void refresh()} /> : null}
      {meeting.status !== 'cancelled' && meeting.agenda.some((item) => item.kind === 'report') ? <AppraisalLink orgId={data.org._id} meetingId={meeting._id} /> : null}
    </>
  )
}

export default function CommitteePage() {
  const meetingId = readParam(usePageParams(), 'meetingId')
  return (
    <ConsoleShell className='committee-page' chairOnly='只有主席可以记录执委会'>
      {(data) => <Committee data={data} meetingId={meetingId} />}
    </ConsoleShell>
  )
}
