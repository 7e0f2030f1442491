// The board page's data: the board its QR scene names, plus what follows from it
// (the title, the last-visited board, the chat card and the 朋友圈 post).
import { useEffect } from 'react'
import Taro, { useShareAppMessage, useShareTimeline } from '@tarojs/taro'
import { useBoardRoute } from '../../hooks/useBoardRoute'
import { saveRecentBoard } from '../../lib/recentBoard'
import { chatCard, timelineCard } from './boardShare'

export function useBoardPage() {
  const route = useBoardRoute()
  const board = route.state.status === 'ready' ? route.state.data.board : null

  useEffect(() => {
    if (!board) return
    void Taro.setNavigationBarTitle({ title: board.name })
    saveRecentBoard({ code: board.code, name: board.name })
  }, [board])

  useShareAppMessage(() => chatCard(board))
  useShareTimeline(() => timelineCard(board, route.code))

  return route
}
