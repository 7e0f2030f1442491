// The console's view of each org (org.get), shared by the console's pages: a page
// opened from the overview shows at once, and after every save one reload brings
// the record, the versions and the rule warnings up to date everywhere.
import type { ActionOutput } from '../../../types/contracts'
import { call, getToken } from '../../api'
import { cachedBoard, rememberBoard } from '../../lib/boardCache'

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

/**
 * After a save: this org's console view, and the board if this session already
 * shows it, so going back to the public board shows the change at once.
 */
export async function refreshAfterSave(orgId: string): Promise<void> {
  const data = await loadConsole(orgId)
  const code = data.org.code
  if (cachedBoard(code)) rememberBoard(code, await call('board', 'get', { code }))
}
