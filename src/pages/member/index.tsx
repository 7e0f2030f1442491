// A member's card: big photo, post, specialty, the areas she covers, her on-duty
// month and a call button.
import { View } from '@tarojs/components'
import { ActionButton } from '../../components/ActionButton'
import { StateView } from '../../components/StateView'
import { useBoardRoute } from '../../hooks/useBoardRoute'
import { readParam } from '../../lib/params'
import { boardUrl, openPage } from '../../lib/routes'
import { MemberProfile } from './components/MemberProfile'
import { usePageParams } from '../../hooks/usePageParams'
import './index.css'

export default function MemberPage() {
  const params = usePageParams()
  const memberId = readParam(params, 'id')
  const { code, state, reload, redirecting } = useBoardRoute()
  if (state.status === 'loading' || redirecting) {
    return (
      <View className='page member-page'>
        <StateView kind='loading' title='正在打开执委名片…' />
      </View>
    )
  }
  if (state.status === 'error') {
    return (
      <View className='page member-page'>
        <StateView kind='error' title='执委名片没有打开' detail={state.error.message} actionText='重新加载' onAction={() => void reload()} />
      </View>
    )
  }
  const data = state.board
  const member = data.board.members.find((candidate) => candidate.id === memberId)
  if (!member) {
    return (
      <View className='page member-page'>
        <StateView kind='empty' title='没有找到这位执委' detail='她可能已经卸任。请回到亮牌查看现在的执委。' />
        <View className='member-page__back'>
          <ActionButton text={`查看${data.board.name}亮牌`} onClick={() => openPage(boardUrl(code ?? data.board.code))} />
        </View>
      </View>
    )
  }
  return (
    <View className='page member-page'>
      <MemberProfile data={data} member={member} />
    </View>
  )
}
