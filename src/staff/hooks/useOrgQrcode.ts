// The 妇女之家 QR code of an org (org.qrcode): WeChat's mini-program code in the
// mini-program, a PNG of the H5 board link on the local host.
import { useCallback, useEffect, useState } from 'react'
import type { ActionOutput } from '../../../types/contracts'
import { type ApiError, asApiError, call } from '../../api'

export type OrgQrcode = ActionOutput<'org', 'qrcode'>
export type QrcodeState = { status: 'loading' } | { status: 'ready'; qrcode: OrgQrcode } | { status: 'error'; error: ApiError }

export function useOrgQrcode(orgId: string) {
  const [state, setState] = useState<QrcodeState>({ status: 'loading' })
  const load = useCallback(async () => {
    setState({ status: 'loading' })
    try {
      setState({ status: 'ready', qrcode: await call('org', 'qrcode', { orgId }) })
    } catch (error) {
      setState({ status: 'error', error: asApiError(error) })
    }
  }, [orgId])
  useEffect(() => void load(), [load])
  return { state, reload: load }
}
