// Which member record of this org is the caller's own (from org.mine), so a member
// can open her own card to keep her phone and photo current.
import { useEffect, useState } from 'react'
import { call } from '../../api'

/** undefined while asking; null when none of this org's records is hers. */
export function useMyMemberId(orgId: string, enabled: boolean): string | null | undefined {
  const [memberId, setMemberId] = useState<string | null | undefined>(undefined)
  useEffect(() => {
    if (!enabled) return
    let alive = true
    call('org', 'mine', {})
      .then(({ places }) => {
        if (alive) setMemberId(places.find((place) => place.orgId === orgId)?.memberId ?? null)
      })
      .catch(() => alive && setMemberId(null))
    return () => void (alive = false)
  }, [orgId, enabled])
  return memberId
}
