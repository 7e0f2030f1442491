// Where the signed-in person works (org.mine), for 我的 and the 工作台, read on every show
// (back from redeeming an invitation, her new place is there at once). Signed out (H5
// without a dev login) is a state of its own, not an error.
import type { ActionOutput } from '../../types/contracts'
import { asSignedIn, useCall } from './useCall'

export type Place = ActionOutput<'org', 'mine'>['places'][number]

export function useMine() {
  const { state, reload } = useCall('org', 'mine', {}, { onShow: true })
  return { state: asSignedIn(state), reload }
}

export type MineState = ReturnType<typeof useMine>['state']
