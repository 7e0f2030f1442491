// Paths of the 议事 pages: the resident side (the `topics` subpackage) and the chair's
// side (in the `staff` subpackage), in one place.
import { topicPath } from '../../types/routes'
import { staffPage, subpackageUrl } from './pageUrl'

export const TOPICS_ROOT = 'topics'

const topicsPage = (name: string, params: Record<string, string | undefined>): string => subpackageUrl(TOPICS_ROOT, name, params)

export const publicTopicsUrl = (orgId: string): string => topicsPage('list', { orgId })
export const topicUrl = (topicId: string): string => `/${topicPath(topicId)}`
export const submitTopicUrl = (orgId: string): string => topicsPage('submit', { orgId })
/** 我提的议题: hers in every federation; the org it was opened from, where there is one */
export const myTopicsUrl = (orgId?: string): string => topicsPage('mine', { orgId })

export const chairTopicsUrl = (orgId: string): string => staffPage('topics', { orgId })
export const chairTopicUrl = (orgId: string, topicId: string): string => staffPage('topic', { orgId, topicId })
export const meetingNewUrl = (orgId: string): string => staffPage('meeting-new', { orgId })
export const meetingRecordUrl = (orgId: string, meetingId: string): string => staffPage('meeting-record', { orgId, meetingId })
export const meetingsUrl = (orgId: string): string => staffPage('meetings', { orgId })
/** a member (or the chair) entering a topic for a woman she visited */
export const topicNewUrl = (orgId: string): string => staffPage('topic-new', { orgId })
