// 工作台: the federations she works for, each with its completeness; a chair of a
// 街道 or 乡镇 also sees every federation under hers and opens any of them. Below them,
// the way into help requests (求助受理 / 我负责的求助 / 代为登记求助), and the button that
// asks WeChat to tell her of new cases, topics and meetings.
import { View } from '@tarojs/components'
import { ActionButton } from '../../../components/ActionButton'
import { NewsButton } from '../../../components/NewsButton'
import { StateView } from '../../../components/StateView'
import { useMine } from '../../../hooks/useMine'
import { useNews } from '../../../hooks/useNews'
import { openPage } from '../../../lib/routes'
import { meUrl, redeemUrl } from '../../../lib/staffRoutes'
import { RequestEntries } from '../requests/components/RequestEntries'
import { PlaceCard } from './components/PlaceCard'
import './index.css'

export default function StaffHomePage() {
  const { state, reload } = useMine()
  const news = useNews('staffWork')
  return (
    <View className='page staff-page staff-home-page'>
      {state.status === 'loading' ? <StateView kind='loading' title='正在打开工作台…' /> : null}
      {state.status === 'signedOut' ? <StateView kind='error' title='请先登录' actionText='去「我的」登录' onAction={() => openPage(meUrl())} /> : null}
      {state.status === 'error' ? <StateView kind='error' title='工作台没有打开' detail={state.error.message} actionText='重新加载' onAction={() => void reload()} /> : null}
      {state.status === 'ready' && state.data.places.length === 0 ? (
        <View>
          <StateView kind='empty' title='您还没有绑定妇联' detail='请向本妇联主席要一个邀请码，绑定后就能在这里维护亮牌。' />
          <View className='staff-home__actions'>
            <ActionButton text='输入邀请码' onClick={() => openPage(redeemUrl())} />
          </View>
        </View>
      ) : null}
      {state.status === 'ready' ? state.data.places.map((place) => <PlaceCard key={place.memberId} place={place} />) : null}
      {state.status === 'ready' ? <RequestEntries places={state.data.places} /> : null}
      {state.status === 'ready' && state.data.places.length > 0 ? <NewsButton news={news} text='接收工作通知（求助、议题、会议）' className='staff-home-news' /> : null}
    </View>
  )
}
