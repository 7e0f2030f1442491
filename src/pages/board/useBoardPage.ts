// The board page's data: the board its QR scene names, plus what follows from it
// (the title, the last-visited board, the share card).
import { useEffect } from 'react'
import Taro, { useShareAppMessage } from '@tarojs/taro'
import { useBoardRoute } from '../../hooks/useBoardRoute'
import { saveRecentBoard } from '../../lib/recentBoard'
import { boardUrl } from '../../lib/routes'

export function useBoardPage() {
  const route = useBoardRoute()
  const board = route.state.status === 'ready' ? route.state.data.board : null

  useEffect(() => {
    if (!board) return
    void Taro.setNavigationBarTitle({ title: board.name })
    saveRecentBoard({ code: board.code, name: board.name })
  }, [board])

  useShareAppMessage(() => (board ? { title: `${board.name}·亮牌`, path: boardUrl(board.code) } : { title: '妇联亮牌', path: '/pages/search/index' }))

  return route
}
