// 述职评议 for the console pages: the federation's rounds (org.listAppraisals; pull down to read them
// again) and the codes of an open round (org.appraisalCodes). Both are read when the component that
// needs them mounts, which may be after the page was shown.
import { useCall } from '../../hooks/useCall'

export function useAppraisals(orgId: string) {
  const call = useCall('org', 'listAppraisals', { orgId })
  const items = call.state.status === 'ready' ? call.state.data.items : null
  return { ...call, items }
}

export function useAppraisalCodes(roundId: string | null) {
  return useCall('org', 'appraisalCodes', roundId ? { roundId } : null, { pullDown: false })
}

/** One code as the image a phone scans (a WeChat mini-program code in WeChat). */
export function useAppraisalCodeImage(roundId: string, ordinal: number | null) {
  return useCall('org', 'appraisalCodeImage', ordinal === null ? null : { roundId, ordinal }, { pullDown: false })
}
