// Paths of the 议事 pages: the resident side (the `topics` subpackage) and the chair's
// side (in the `staff` subpackage), in one place.
import { STAFF_ROOT } from './staffRoutes'

export const TOPICS_ROOT = 'topics'

const query = (params: Record<string, string | undefined>): string => {
  const pairs = Object.entries(params).filter((pair): pair is [string, string] => pair[1] !== undefined && pair[1] !== '')
  return pairs.length ? `?${pairs.map(([key, value]) => `${key}=${encodeURIComponent(value)}`).join('&')}` : ''
}
const topicsPage = (name: string, params: Record<string, string | undefined>): string => `/${TOPICS_ROOT}/pages/${name}/index${query(params)}`
const staffPage = (name: string, params: Record<string, string | undefined>): string => `/${STAFF_ROOT}/pages/${name}/index${query(params)}`

export const publicTopicsUrl = (orgId: string): string => topicsPage('list', { orgId })
export const topicUrl = (topicId: string): string => topicsPage('detail', { topicId })
export const submitTopicUrl = (orgId: string): string => topicsPage('submit', { orgId })
export const myTopicsUrl = (orgId: string): string => topicsPage('mine', { orgId })

export const chairTopicsUrl = (orgId: string): string => staffPage('topics', { orgId })
export const chairTopicUrl = (orgId: string, topicId: string): string => staffPage('topic', { orgId, topicId })
export const meetingNewUrl = (orgId: string): string => staffPage('meeting-new', { orgId })
export const meetingRecordUrl = (orgId: string, meetingId: string): string => staffPage('meeting-record', { orgId, meetingId })
export const meetingsUrl = (orgId: string): string => staffPage('meetings', { orgId })
/** a member (or the chair) entering a topic for a woman she visited */
export const topicNewUrl = (orgId: string): string => staffPage('topic-new', { orgId })
