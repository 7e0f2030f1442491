// A member's card: big photo, post, specialty, the areas she covers, her on-duty
// month and a call button.
import { View } from '@tarojs/components'
import type { GetBoardOutput } from '../../../../types/board'
import { ActionButton } from '../../../components/ActionButton'
import { BoardShell } from '../../../components/BoardShell'
import { StateView } from '../../../components/StateView'
import { useBoardRoute } from '../../../hooks/useBoardRoute'
import { usePageParams } from '../../../hooks/usePageParams'
import { readParam } from '../../../lib/params'
import { boardUrl, openPage } from '../../../lib/routes'
import { MemberProfile } from './components/MemberProfile'
import './index.css'

/** `code`: the board's code as the link gave it, to go back to that board */
function MemberCard({ data, memberId, code }: { data: GetBoardOutput; memberId: string; code: string }) {
  const member = data.board.members.find((candidate) => candidate.id === memberId)
  if (member) return <MemberProfile data={data} member={member} />
  return (
    <>
      <StateView kind='empty' title='没有找到这位执委' detail='她可能已经卸任。请回到亮牌查看现在的执委。' />
      <View className='member-page__back'>
        <ActionButton text={`查看${data.board.name}亮牌`} onClick={() => openPage(boardUrl(code))} />
      </View>
    </>
  )
}

export default function MemberPage() {
  const memberId = readParam(usePageParams(), 'id')
  const route = useBoardRoute()
  return (
    <BoardShell className='member-page' route={route} loadingTitle='正在打开执委名片…' errorTitle='执委名片没有打开'>
      {(data) => <MemberCard data={data} memberId={memberId} code={route.code ?? data.board.code} />}
    </BoardShell>
  )
}
