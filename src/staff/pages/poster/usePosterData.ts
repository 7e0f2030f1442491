// The poster's data: the org's QR code (org.qrcode, which also names its code) and
// then its public board (board.get), so the poster and the board never disagree.
import type { ActionOutput } from '../../../../types/contracts'
import type { GetBoardOutput } from '../../../../types/board'
import { type CallState, useCall } from '../../../hooks/useCall'

export type OrgQrcode = ActionOutput<'org', 'qrcode'>
export type PosterState = CallState<{ board: GetBoardOutput; qrcode: OrgQrcode }>

export function usePosterData(orgId: string) {
  const qrcode = useCall('org', 'qrcode', { orgId }, { pullDown: false })
  const code = qrcode.state.status === 'ready' ? qrcode.state.data.scene : null
  const board = useCall('board', 'get', code ? { code } : null, { pullDown: false })
  const state: PosterState =
    qrcode.state.status !== 'ready'
      ? qrcode.state
      : board.state.status !== 'ready'
        ? board.state
        : { status: 'ready', data: { board: board.state.data, qrcode: qrcode.state.data } }
  const reload = async () => {
    await qrcode.reload()
    await board.reload()
  }
  return { state, reload }
}
