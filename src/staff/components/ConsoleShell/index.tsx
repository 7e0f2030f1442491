// The frame of every console page: a spinner while the org loads, a clear Chinese
// error with a way forward (retry, sign in, or back to 我的), then the page itself.
import type { ReactNode } from 'react'
import { View } from '@tarojs/components'
import { StateView } from '../../../components/StateView'
import { openPage } from '../../../lib/routes'
import { meUrl } from '../../../lib/staffRoutes'
import type { ConsoleData } from '../../lib/consoleStore'
import type { ConsoleState } from '../../hooks/useConsole'

export interface ConsoleShellProps {
  className: string
  state: ConsoleState
  onRetry: () => void
  loadingTitle?: string
  children: (data: ConsoleData) => ReactNode
}

function ErrorState({ state, onRetry }: { state: Extract<ConsoleState, { status: 'error' }>; onRetry: () => void }) {
  const { code, message } = state.error
  if (code === 'UNAUTHENTICATED') return <StateView kind='error' title='请先登录' detail={message} actionText='去「我的」登录' onAction={() => openPage(meUrl())} />
  if (code === 'FORBIDDEN' || code === 'NOT_FOUND') return <StateView kind='error' title='打不开这个妇联的工作台' detail={message} actionText='回到「我的」' onAction={() => openPage(meUrl())} />
  return <StateView kind='error' title='没有读到数据' detail={message} actionText='重新加载' onAction={onRetry} />
}

export function ConsoleShell({ className, state, onRetry, loadingTitle = '正在读取…', children }: ConsoleShellProps) {
  return (
    <View className={`page staff-page ${className}`}>
      {state.status === 'loading' ? <StateView kind='loading' title={loadingTitle} /> : null}
      {state.status === 'error' ? <ErrorState state={state} onRetry={onRetry} /> : null}
      {state.status === 'ready' ? children(state.data) : null}
    </View>
  )
}
