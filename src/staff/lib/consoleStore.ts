// The console's view of each org (org.get), shared by the console's pages: a page
// opened from the overview shows at once, and after every save one reload brings
// the record, the versions and the rule warnings up to date everywhere.
import type { ActionOutput } from '../../../types/contracts'
import { call, getToken } from '../../api'

export type ConsoleData = ActionOutput<'org', 'get'>

const entries = new Map<string, ConsoleData>()
const listeners = new Set<() => void>()

/** H5 can switch identity (dev login): what one person saw is not shown to another. */
const keyOf = (orgId: string): string => `${getToken() ?? 'wechat'}|${orgId}`

export function cachedConsole(orgId: string): ConsoleData | null {
  return entries.get(keyOf(orgId)) ?? null
}

export async function loadConsole(orgId: string): Promise<ConsoleData> {
  const data = await call('org', 'get', { orgId })
  entries.set(keyOf(orgId), data)
  for (const listener of listeners) listener()
  return data
}

export function subscribeConsole(listener: () => void): () => void {
  listeners.add(listener)
  return () => void listeners.delete(listener)
}
