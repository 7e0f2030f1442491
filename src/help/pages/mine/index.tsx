// 我的求助: every request she filed, newest first, with where each stands; a tap opens
// its timeline. The safety banner is here too: the list names categories.
import { Text, View } from '@tarojs/components'
import { REQUEST_CATEGORY_LABEL, REQUEST_STATE_LABEL } from '../../../../types/requestModel'
import { ListRow } from '../../../components/ListRow'
import { Section } from '../../../components/Section'
import { StateView } from '../../../components/StateView'
import { beijingDate } from '../../../lib/dates'
import { helpCaseUrl } from '../../../lib/helpRoutes'
import { openPage } from '../../../lib/routes'
import { meUrl } from '../../../lib/staffRoutes'
import { SafetyBanner } from '../../components/SafetyBanner'
import { type MineItem, type MyRequestsState, useMyRequests } from '../../hooks/useMyRequests'
import '../help.css'

function Row({ item }: { item: MineItem }) {
  return (
    <ListRow
      className='my-request-row'
      title={item.code}
      badge={REQUEST_STATE_LABEL[item.state]}
      badgeTone={item.state === 'closed' ? 'good' : 'warn'}
      lines={[`${REQUEST_CATEGORY_LABEL[item.category]} · ${item.orgName}`, `提交于 ${beijingDate(item.createdAt)}`]}
      onOpen={() => openPage(helpCaseUrl(item._id))}
    />
  )
}

function Requests({ state, onRetry }: { state: MyRequestsState; onRetry: () => void }) {
  switch (state.status) {
    case 'loading':
      return <StateView kind='loading' title='正在读取…' />
    case 'signedOut':
      return <StateView kind='error' title='请先登录' actionText='去「我的」登录' onAction={() => openPage(meUrl())} />
    case 'error':
      return <StateView kind='error' title='没有读到您的求助' detail={state.error.message} actionText='重新加载' onAction={onRetry} />
    case 'ready': {
      const { requests } = state.data
      if (requests.length === 0) return <StateView kind='empty' title='您还没有求助记录' detail='需要帮助时，可以在妇联亮牌上点「我要求助」。' />
      return (
        <Section title='我的求助' note={`${requests.length} 件`}>
          {requests.map((item) => (
            <Row key={item._id} item={item} />
          ))}
          <Text className='help-note'>下拉可以刷新。</Text>
        </Section>
      )
    }
  }
}

export default function MyRequestsPage() {
  const { state, reload, clear } = useMyRequests()
  return (
    <View className='page help-page my-requests-page'>
      <SafetyBanner onExit={clear} />
      <Requests state={state} onRetry={() => void reload()} />
    </View>
  )
}
