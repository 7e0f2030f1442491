// The invitations of one org (org.listInvites): loaded when the page opens and
// reloaded after creating or revoking one.
import { useCallback, useEffect, useState } from 'react'
import type { InviteView } from '../../../../types/org'
import { type ApiError, asApiError, call } from '../../../api'

export type InvitesState = { status: 'loading' } | { status: 'ready'; invites: InviteView[] } | { status: 'error'; error: ApiError }

export function useInvites(orgId: string) {
  const [state, setState] = useState<InvitesState>({ status: 'loading' })
  const load = useCallback(async () => {
    try {
      const { invites } = await call('org', 'listInvites', { orgId })
      setState({ status: 'ready', invites })
    } catch (error) {
      setState({ status: 'error', error: asApiError(error) })
    }
  }, [orgId])
  useEffect(() => void load(), [load])
  return { state, reload: load }
}
