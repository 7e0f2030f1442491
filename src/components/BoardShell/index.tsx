// The frame of the pages opened for one board (亮牌, 找我的执委, a member's card): a
// spinner while it loads or while the page leaves for the search page, the reason it
// did not open with a retry, and then the page itself — under a mark with its time when
// it is the phone's copy of the board (no or slow network).
import type { ReactNode } from 'react'
import { View } from '@tarojs/components'
import type { GetBoardOutput } from '../../../types/board'
import type { BoardRoute } from '../../hooks/useBoardRoute'
import { BoardCopyNote } from '../BoardCopyNote'
import { StateView } from '../StateView'

export interface BoardShellProps {
  className: string
  route: BoardRoute
  loadingTitle: string
  errorTitle: string
  children: (data: GetBoardOutput) => ReactNode
}

export function BoardShell({ className, route, loadingTitle, errorTitle, children }: BoardShellProps) {
  const { state } = route
  return (
    <View className={`page ${className}`}>
      {state.status === 'loading' || route.redirecting ? <StateView kind='loading' title={loadingTitle} /> : null}
      {state.status === 'error' && !route.redirecting ? (
        <StateView kind='error' title={errorTitle} detail={state.error.message} actionText='重新加载' onAction={() => void route.reload()} />
      ) : null}
      {state.status === 'ready' && !route.redirecting && route.copy ? <BoardCopyNote copy={route.copy} onRetry={() => void route.reload()} /> : null}
      {state.status === 'ready' && !route.redirecting ? children(state.data) : null}
    </View>
  )
}
