// 我的求助: her own cases (requests.listMine), read on every show (back from a case she
// withdrew or deleted) and on pull-down. Signed out is a state of its own.
import type { ActionOutput } from '../../../types/contracts'
import { asSignedIn, useCall } from '../../hooks/useCall'

export type MineItem = ActionOutput<'requests', 'listMine'>['requests'][number]

export function useMyRequests() {
  const { state, reload, clear } = useCall('requests', 'listMine', {}, { onShow: true })
  return { state: asSignedIn(state), reload, clear }
}

export type MyRequestsState = ReturnType<typeof useMyRequests>['state']
