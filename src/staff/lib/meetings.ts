// Meetings this phone scheduled, kept so the chair can record one afterwards (who was
// invited, which version): the back end returns a meeting only when it is scheduled.
import Taro from '@tarojs/taro'
import type { MeetingDoc } from '../../../types/topicModel'

const KEY = 'liangpai.meetings'
const LIMIT = 30

function all(): MeetingDoc[] {
  const stored: unknown = Taro.getStorageSync(KEY)
  return Array.isArray(stored) ? (stored as MeetingDoc[]) : []
}

export const rememberedMeeting = (meetingId: string): MeetingDoc | null => all().find((meeting) => meeting._id === meetingId) ?? null

export function rememberMeeting(meeting: MeetingDoc): void {
  Taro.setStorageSync(KEY, [meeting, ...all().filter((old) => old._id !== meeting._id)].slice(0, LIMIT))
}

/** "3号楼王芳、李丽" → ["3号楼王芳", "李丽"]: names typed in one line. */
export const splitNames = (text: string): string[] =>
  text
    .split(/[,，、;；\s]+/)
    .map((name) => name.trim())
    .filter(Boolean)

/** A Beijing date and time as the instant the back end stores. */
export const beijingInstant = (date: string, time: string): string => {
  const parsed = Date.parse(`${date}T${time || '00:00'}:00+08:00`)
  return Number.isNaN(parsed) ? '' : new Date(parsed).toISOString()
}
