// Which member record of this org is the caller's own (from org.mine), so a member
// can open her own card to keep her phone and photo current.
import { useCall } from '../../hooks/useCall'

/** undefined while asking (or not asked); null when none of this org's records is hers. */
export function useMyMemberId(orgId: string, enabled: boolean): string | null | undefined {
  const { state } = useCall('org', 'mine', enabled ? {} : null, { pullDown: false })
  if (state.status === 'loading') return undefined
  return state.status === 'ready' ? (state.data.places.find((place) => place.orgId === orgId)?.memberId ?? null) : null
}
