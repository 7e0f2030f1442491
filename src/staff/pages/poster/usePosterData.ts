// The poster's data: the org's QR code (org.qrcode, which also names its code) and
// then its public board (board.get), so the poster and the board never disagree.
import { useCallback, useEffect, useState } from 'react'
import type { GetBoardOutput } from '../../../../types/board'
import { type ApiError, asApiError, call } from '../../../api'
import type { OrgQrcode } from '../../hooks/useOrgQrcode'

export type PosterState =
  | { status: 'loading' }
  | { status: 'ready'; board: GetBoardOutput; qrcode: OrgQrcode }
  | { status: 'error'; error: ApiError }

export function usePosterData(orgId: string) {
  const [state, setState] = useState<PosterState>({ status: 'loading' })
  const load = useCallback(async () => {
    setState({ status: 'loading' })
    try {
      const qrcode = await call('org', 'qrcode', { orgId })
      const board = await call('board', 'get', { code: qrcode.scene })
      setState({ status: 'ready', board, qrcode })
    } catch (error) {
      setState({ status: 'error', error: asApiError(error) })
    }
  }, [orgId])
  useEffect(() => void load(), [load])
  return { state, reload: load }
}
