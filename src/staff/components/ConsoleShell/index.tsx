// The frame of every console page: it reads the org the page was opened for, shows a
// spinner while it loads and a clear Chinese error with a way forward (retry, sign in,
// or back to 我的), tells anyone but a chair when the page is for chairs only, and
// then renders the page itself — with the consent popup a privacy-scoped step needs
// (photos, copying an invite code).
import type { ReactNode } from 'react'
import { View } from '@tarojs/components'
import type { ApiError } from '../../../api'
import { PrivacyConsent } from '../../../components/PrivacyConsent'
import { StateView } from '../../../components/StateView'
import { openPage } from '../../../lib/routes'
import { meUrl } from '../../../lib/staffRoutes'
import { useConsole } from '../../hooks/useConsole'
import type { ConsoleData } from '../../lib/consoleStore'
import { canEdit } from '../../lib/labels'

export interface ConsoleShellProps {
  className: string
  loadingTitle?: string
  /** the page is for the org's chairs: what anyone else is told instead */
  chairOnly?: string
  /** the page, with a way to read the org again (after a conflict) */
  children: (data: ConsoleData, reload: () => void) => ReactNode
}

function ErrorState({ error, onRetry }: { error: ApiError; onRetry: () => void }) {
  const { code, message } = error
  if (code === 'UNAUTHENTICATED') return <StateView kind='error' title='请先登录' detail={message} actionText='去「我的」登录' onAction={() => openPage(meUrl())} />
  if (code === 'FORBIDDEN' || code === 'NOT_FOUND')
    return <StateView kind='error' title='打不开这个妇联的工作台' detail={message} actionText='回到「我的」' onAction={() => openPage(meUrl())} />
  return <StateView kind='error' title='没有读到数据' detail={message} actionText='重新加载' onAction={onRetry} />
}

function Ready({ data, chairOnly, reload, children }: Pick<ConsoleShellProps, 'chairOnly' | 'children'> & { data: ConsoleData; reload: () => void }) {
  if (chairOnly && !canEdit(data.role)) return <StateView kind='empty' title={chairOnly} />
  return <>{children(data, reload)}</>
}

export function ConsoleShell({ className, loadingTitle = '正在读取…', chairOnly, children }: ConsoleShellProps) {
  const { state, reload } = useConsole()
  const retry = () => void reload()
  return (
    <View className={`page staff-page ${className}`}>
      {state.status === 'loading' ? <StateView kind='loading' title={loadingTitle} /> : null}
      {state.status === 'error' ? <ErrorState error={state.error} onRetry={retry} /> : null}
      {state.status === 'ready' ? (
        <Ready data={state.data} chairOnly={chairOnly} reload={retry}>
          {children}
        </Ready>
      ) : null}
      <PrivacyConsent />
    </View>
  )
}
