// Where quick exit has to go in a browser's page history so that no page of the help
// subpackage is left in it, Back or Forward. A browser cannot delete history entries:
// it can only go back to one and then push (which drops every entry after it) or
// replace it. So the plan is to go back to the entry just before the first help page
// and push the neutral page there; when the first entry this page can reach is itself a
// help page, to replace it and push once more so that nothing after it stays.
import { HELP_ROOT } from '../../lib/helpRoutes'

export interface ExitEntry {
  /** the entry's address or page path: a full URL with a hash route, or a page path */
  url: string
  /** false for an entry of another document (before a reload): going there reloads the app */
  sameDocument: boolean
}

export interface ExitPlan {
  /** how many entries to go back before writing the neutral page */
  back: number
  /** push: after a non-help entry; replace: over a help entry with nothing after it; replaceAndPush: over a help entry, dropping those after it */
  write: 'push' | 'replace' | 'replaceAndPush'
}

/** The page path of an entry: `help/pages/case/index` from `http://…/#/help/pages/case/index?caseId=…` or `/help/pages/case/index`. */
export function pagePathOf(url: string): string {
  const hash = url.indexOf('#')
  const route = hash >= 0 ? url.slice(hash + 1) : url
  return route.replace(/^\/+/, '').split('?')[0]
}

export const isHelpEntry = (url: string): boolean => pagePathOf(url).startsWith(`${HELP_ROOT}/`)

/** The plan for `entries` (oldest first) when she is on `entries[current]`. */
export function planExit(entries: readonly ExitEntry[], current: number): ExitPlan {
  // Only entries of this document can be reached without reloading the app.
  let first = current
  while (first > 0 && entries[first - 1].sameDocument) first--
  let firstHelp = first
  while (firstHelp < current && !isHelpEntry(entries[firstHelp].url)) firstHelp++
  if (!isHelpEntry(entries[firstHelp].url)) return { back: 0, write: 'push' }
  if (firstHelp > first) return { back: current - firstHelp + 1, write: 'push' }
  const after = current > first || entries.length - 1 > current
  return { back: current - first, write: after ? 'replaceAndPush' : 'replace' }
}
