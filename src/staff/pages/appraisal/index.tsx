// 述职评议 at one 执委会, for the chair (002 履职制度第八条 "接受妇女代表的评议，对其他执委履职情况进行评议"): open the
// round (whom it rates, how many 妇女代表 are present), show each 妇女代表 her one-time code as a QR
// code, one at a time, with 「下一位」 and the count used and left; type in paper ballots; close it
// and go to the results.
import { Text } from '@tarojs/components'
import type { AppraisalRoundView, CommitteeMeetingDoc } from '../../../../types'
import { APPRAISAL_HALF_LABEL } from '../../../../types/appraisal'
import { ActionButton } from '../../../components/ActionButton'
import { Section } from '../../../components/Section'
import { StateView } from '../../../components/StateView'
import { usePageParams } from '../../../hooks/usePageParams'
import { beijingDateTime } from '../../../lib/dates'
import { readParam } from '../../../lib/params'
import { openPage } from '../../../lib/routes'
import { appraisalResultsUrl } from '../../../lib/staffRoutes'
import { ConsoleShell } from '../../components/ConsoleShell'
import { useAppraisals } from '../../hooks/useAppraisals'
import { useCommittee } from '../../hooks/useCommittees'
import type { ConsoleData } from '../../lib/consoleStore'
import { CloseRound } from './components/CloseRound'
import { CodeCard } from './components/CodeCard'
import { OpenRound } from './components/OpenRound'
import { PaperBallot } from './components/PaperBallot'
import './appraisal.css'

const countsText = (round: AppraisalRoundView) => `已收到：扫码 ${round.ballots.code} 张，纸质 ${round.ballots.paper} 张，执委互评 ${round.ballots.member} 张`

function RoundHeader({ round }: { round: AppraisalRoundView }) {
  return (
    <Section title={`${round.year}年${APPRAISAL_HALF_LABEL[round.half]}述职评议`} note={round.status === 'open' ? '评议中' : '已结束'} className='appraisal-header'>
      <Text className='page-note appraisal-members'>{`评议 ${round.members.length} 位执委：${round.members.map((m) => m.name).join('、')}`}</Text>
      <Text className='page-note appraisal-counts'>{countsText(round)}</Text>
    </Section>
  )
}

function Round({ data, round, reload }: { data: ConsoleData; round: AppraisalRoundView; reload: () => void }) {
  const results = () => openPage(appraisalResultsUrl(data.org._id, round.year))
  return (
    <>
      <RoundHeader round={round} />
      {round.status === 'open' ? (
        <>
          <CodeCard round={round} onRefresh={reload} />
          <PaperBallot data={data} round={round} onEntered={reload} />
          <CloseRound round={round} onClosed={reload} />
        </>
      ) : (
        <Section title='评议已结束' className='appraisal-closed'>
          <Text className='page-note'>评议码已作废。每位执委的满意、基本满意、不满意票数和是否合格，请看评议结果。</Text>
          <ActionButton className='appraisal-results-button' text='查看评议结果' onClick={results} />
        </Section>
      )}
    </>
  )
}

function Appraisal({ data, meeting }: { data: ConsoleData; meeting: CommitteeMeetingDoc }) {
  const { state, items, reload, refresh } = useAppraisals(data.org._id)
  if (state.status === 'error') return <StateView kind='error' title='评议没有读到' detail={state.error.message} actionText='重新加载' onAction={() => void reload()} />
  if (!items) return <StateView kind='loading' title='正在读取评议…' />
  const round = items.find((r) => r.meetingId === meeting._id)
  if (!round) return <OpenRound meeting={meeting} onOpened={() => void refresh()} />
  return <Round data={data} round={round} reload={() => void refresh()} />
}

function Meeting({ data, meetingId }: { data: ConsoleData; meetingId: string }) {
  const { state, reload } = useCommittee(meetingId)
  if (state.status === 'error') return <StateView kind='error' title='执委会没有读到' detail={state.error.message} actionText='重新加载' onAction={() => void reload()} />
  if (state.status !== 'ready') return <StateView kind='loading' title='正在读取执委会…' />
  const { meeting } = state.data
  return (
    <>
      <Text className='page-note appraisal-meeting'>{`执委会：${beijingDateTime(meeting.startsAt)} · ${meeting.place}`}</Text>
      <Appraisal data={data} meeting={meeting} />
    </>
  )
}

export default function AppraisalPage() {
  const meetingId = readParam(usePageParams(), 'meetingId')
  return (
    <ConsoleShell className='appraisal-page' chairOnly='只有主席可以组织述职评议'>
      {(data) => <Meeting data={data} meetingId={meetingId} />}
    </ConsoleShell>
  )
}
