// What a standing lets a caller see of a topic, and reading a topic again by id (the
// agenda re-reads the ones it moves). Whether she may act at all is decided before the
// handler runs: POLICY in common/policy.ts names the topic or meeting and its org.
import type { TopicDoc } from '../../../types'
import { loadDoc } from '../../common/access'
import type { Ctx } from '../../common/context'
import type { Standing } from '../../common/staff'

export const loadTopic = (ctx: Ctx, topicId: string): Promise<TopicDoc> => loadDoc<TopicDoc>(ctx, 'topics', topicId)

/** Chairs of the org or of a federation above it see pending topics and every name. */
export const seesAll = (standing: Standing) => standing.role === 'chair' || standing.role === 'ancestorChair'
