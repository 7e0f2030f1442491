// Every cloud function the local host serves, by name: the same domains that are
// deployed to WeChat cloud one function each.
import { boardDomain } from '../cloudfunctions/board/domain'
import type { Domain } from '../cloudfunctions/common/runtime'
import { orgDomain } from '../cloudfunctions/org/domain'
import { reportsDomain } from '../cloudfunctions/reports/domain'
import { requestsDomain } from '../cloudfunctions/requests/domain'
import { topicsDomain } from '../cloudfunctions/topics/domain'

export const DOMAINS: Record<string, Domain> = {
  board: boardDomain,
  org: orgDomain,
  topics: topicsDomain,
  requests: requestsDomain,
  reports: reportsDomain,
}
