// One 增替补 nomination: who she is, how she was put forward, and its next step — 初审 of a 自荐,
// the 党组织's approval, then the vote at a 执委会 (entered on that meeting's page); once voted,
// the result as the server computed it, and for an elected candidate the way to invite her.
import { StateView } from '../../../components/StateView'
import { usePageParams } from '../../../hooks/usePageParams'
import { readParam } from '../../../lib/params'
import { ConsoleShell } from '../../components/ConsoleShell'
import { useNomination } from '../../hooks/useCommittees'
import type { ConsoleData } from '../../lib/consoleStore'
import { ApprovalForm } from './components/ApprovalForm'
import { NominationFacts } from './components/NominationFacts'
import { ReviewForm } from './components/ReviewForm'
import '../topics/topics.css'

function Nomination({ data, nominationId }: { data: ConsoleData; nominationId: string }) {
  const { state, reload: load } = useNomination(nominationId)
  const reload = () => void load()
  if (state.status === 'error') return <StateView kind='error' title='人选没有读到' detail={state.error.message} actionText='重新加载' onAction={reload} />
  if (state.status !== 'ready') return <StateView kind='loading' title='正在读取…' />
  const { nomination } = state.data
  return (
    <>
      <NominationFacts data={data} nomination={nomination} />
      {nomination.status === 'review' ? <ReviewForm key={nomination.version} nomination={nomination} onSaved={reload} /> : null}
      {nomination.status === 'nominated' ? <ApprovalForm key={nomination.version} orgId={data.org._id} nomination={nomination} onSaved={reload} /> : null}
    </>
  )
}

export default function NominationPage() {
  const nominationId = readParam(usePageParams(), 'nominationId')
  return (
    <ConsoleShell className='nomination-page' chairOnly='只有主席可以办理增替补'>
      {(data) => <Nomination data={data} nominationId={nominationId} />}
    </ConsoleShell>
  )
}
