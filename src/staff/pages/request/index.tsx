// One help request in the hands of the chair or the assigned member: its facts and
// deadlines, what the woman said, the whole timeline (internal steps marked), and the
// steps she may take now. Opening it is recorded, and the page says so.
import { Text, View } from '@tarojs/components'
import { StateView } from '../../../components/StateView'
import { Timeline } from '../../../components/Timeline'
import { usePageParams } from '../../../hooks/usePageParams'
import { readParam } from '../../../lib/params'
import { openPage } from '../../../lib/routes'
import { meUrl } from '../../../lib/staffRoutes'
import { type RequestCase, useRequestCase } from '../../hooks/useRequestCase'
import { CaseFacts } from './components/CaseFacts'
import { HerWords } from './components/HerWords'
import { StepPanel } from './components/StepPanel'
import './request.css'

function Failure({ requestCase }: { requestCase: RequestCase }) {
  const { state } = requestCase
  if (state.status === 'notStaff') return <StateView kind='empty' title='这是您本人的求助' detail='请在「我的求助」里查看。' />
  if (state.status !== 'error') return null
  const { code, message } = state.error
  if (code === 'UNAUTHENTICATED') return <StateView kind='error' title='请先登录' actionText='去「我的」登录' onAction={() => openPage(meUrl())} />
  if (code === 'NOT_FOUND') return <StateView kind='error' title='没有找到这条求助' detail='它可能不归您经手，或已被本人删除。' />
  return <StateView kind='error' title='求助没有打开' detail={message} actionText='重新加载' onAction={() => void requestCase.reload()} />
}

export default function StaffRequestPage() {
  const caseId = readParam(usePageParams(), 'caseId')
  const requestCase = useRequestCase(caseId)
  const { state } = requestCase
  return (
    <View className='page staff-page staff-request-page'>
      <Text className='request-audit-note'>查看记录会留存。请勿截图、转发或向无关的人透露她的情况。</Text>
      {state.status === 'loading' ? <StateView kind='loading' title='正在读取…' /> : null}
      {state.status === 'ready' ? (
        <View>
          <CaseFacts view={state.data} />
          <HerWords view={state.data} />
          <StepPanel key={`${state.data.state}-${state.data.version}`} view={state.data} requestCase={requestCase} />
          <Timeline title='处理记录' entries={state.data.timeline} />
        </View>
      ) : (
        <Failure requestCase={requestCase} />
      )}
    </View>
  )
}
