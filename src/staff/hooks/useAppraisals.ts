// 述职评议 for the console pages: the federation's rounds (org.listAppraisals, read again on every
// show), the round held at one 执委会, and the codes of an open round (org.appraisalCodes).
import { useCall } from '../../hooks/useCall'

export function useAppraisals(orgId: string) {
  const call = useCall('org', 'listAppraisals', { orgId }, { onShow: true })
  const items = call.state.status === 'ready' ? call.state.data.items : null
  return { ...call, items }
}

export function useAppraisalCodes(roundId: string | null) {
  return useCall('org', 'appraisalCodes', roundId ? { roundId } : null, { pullDown: false })
}
