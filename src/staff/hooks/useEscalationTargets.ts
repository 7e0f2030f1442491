// Where a body's 上报 may go (附件4 七: 上级妇联 and 村(社区)“两委”), from its console view:
// a 街道 at the top is offered neither a 上级妇联 nor a 两委 it does not have.
import { useEffect, useState } from 'react'
import { escalationTargetsFor, type TopicEscalationTarget } from '../../../types/topicModel'
import { cachedConsole, loadConsole } from '../lib/consoleStore'

/** null while the org is being read */
export function useEscalationTargets(orgId: string): TopicEscalationTarget[] | null {
  const known = cachedConsole(orgId)
  const [targets, setTargets] = useState<TopicEscalationTarget[] | null>(known ? escalationTargetsFor(known.org) : null)
  useEffect(() => {
    if (targets) return
    loadConsole(orgId)
      .then((data) => setTargets(escalationTargetsFor(data.org)))
      .catch(() => setTargets([]))
  }, [orgId, targets])
  return targets
}
