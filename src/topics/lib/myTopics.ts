// The topics she submitted from this phone, newest first, so 我提的议题 can show their
// states: the back end has no list of one person's topics, and her own pending or
// declined topics are not in the public list.
import Taro from '@tarojs/taro'

const KEY = 'liangpai.myTopics'
const LIMIT = 50

export interface MyTopicRef {
  topicId: string
  orgId: string
}

export function myTopics(orgId: string): string[] {
  const stored: unknown = Taro.getStorageSync(KEY)
  const refs = Array.isArray(stored) ? (stored as MyTopicRef[]) : []
  return refs.filter((ref) => ref.orgId === orgId).map((ref) => ref.topicId)
}

export function rememberMyTopic(ref: MyTopicRef): void {
  const stored: unknown = Taro.getStorageSync(KEY)
  const refs = Array.isArray(stored) ? (stored as MyTopicRef[]) : []
  const next = [ref, ...refs.filter((old) => old.topicId !== ref.topicId)].slice(0, LIMIT)
  Taro.setStorageSync(KEY, next)
}
