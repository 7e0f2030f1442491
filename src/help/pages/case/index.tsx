// 求助进展: one of her cases — where it stands, her timeline in plain words, what she
// wrote — and what she can do: ask to be told on WeChat when it moves on, add
// information, withdraw, rate the help once it is closed, export or delete her data.
// 110, 12338 and 快速离开 stay at the top.
import { View } from '@tarojs/components'
import type { RequesterCaseView } from '../../../../types/requests'
import { PrivacyConsent } from '../../../components/PrivacyConsent'
import { NewsButton } from '../../../components/NewsButton'
import { StateView } from '../../../components/StateView'
import { Timeline } from '../../../components/Timeline'
import { usePageParams } from '../../../hooks/usePageParams'
import { myHelpUrl, staffRequestUrl } from '../../../lib/helpRoutes'
import { readParam } from '../../../lib/params'
import { openPage, replacePage } from '../../../lib/routes'
import { SafetyBanner } from '../../components/SafetyBanner'
import { type MyCase, useMyCase } from '../../hooks/useMyCase'
import { AddInfoPanel } from './components/AddInfoPanel'
import { CaseSummary } from './components/CaseSummary'
import { MyDataPanel } from './components/MyDataPanel'
import { MyWords } from './components/MyWords'
import { RatePanel } from './components/RatePanel'
import '../help.css'

/** What she added later is part of her story: folded with it under 我填写的内容, not spelled out on the timeline. */
const withoutHerAdditions = (view: RequesterCaseView) => view.timeline.map((entry) => (entry.step === 'addInfo' ? { ...entry, text: '' } : entry))

function MyCaseView({ view, myCase }: { view: RequesterCaseView; myCase: MyCase }) {
  return (
    <View className='case-view'>
      <CaseSummary view={view} />
      {view.state !== 'closed' ? <NewsButton news={myCase.news} text='有进展时通知我' className='case-news' /> : null}
      <RatePanel key={`rate-${view.version}`} myCase={myCase} canRate={view.canRate} rating={view.rating} />
      <Timeline entries={withoutHerAdditions(view)} />
      {view.canAddInfo ? <AddInfoPanel myCase={myCase} /> : null}
      <MyWords view={view} />
      <MyDataPanel myCase={myCase} caseId={view._id} code={view.code} canWithdraw={view.canWithdraw} />
    </View>
  )
}

function Content({ state, myCase }: { state: MyCase['state']; myCase: MyCase }) {
  if (state.status === 'loading') return <StateView kind='loading' title='正在读取…' />
  if (state.status === 'error') {
    const { code, message } = state.error
    if (code === 'NOT_FOUND')
      return (
        <StateView kind='error' title='没有找到这条求助' detail='它可能已被删除，或者不是用这个账号提交的。' actionText='查看我的求助' onAction={() => replacePage(myHelpUrl())} />
      )
    return <StateView kind='error' title='没有读到' detail={message} actionText='重新加载' onAction={() => void myCase.refresh()} />
  }
  const view = state.data.case
  if (view.kind === 'staff')
    return <StateView kind='empty' title='这是您经手的求助' detail='请在工作台里处理。' actionText='到工作台打开' onAction={() => openPage(staffRequestUrl(view._id))} />
  return <MyCaseView view={view} myCase={myCase} />
}

export default function MyCasePage() {
  const caseId = readParam(usePageParams(), 'caseId')
  const myCase = useMyCase(caseId)
  return (
    <View className='page help-page my-case-page'>
      <SafetyBanner onExit={myCase.clear} />
      {caseId ? <Content state={myCase.state} myCase={myCase} /> : <StateView kind='error' title='没有找到这条求助' />}
      <PrivacyConsent />
    </View>
  )
}
