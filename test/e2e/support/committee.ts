// Steps of the 执委会 journeys that several browser tests walk the same way.
import type { Page } from 'playwright-core'
import { fillKept, freshGoto, shown } from './journey'

/**
 * 执委会 → 召集执委会: one today at 00:00 with 增替补表决 of `candidate` on its agenda, every 执委 in
 * office called; `beforeSave` looks at the form before it is sent. Back on the list, it opens it.
 */
export async function callElectionCommittee(page: Page, listUrl: string, candidate: string, beforeSave: () => Promise<void> = async () => {}): Promise<void> {
  await freshGoto(page, listUrl)
  await shown(page, '.schedule-committee-button').first().click()
  await fillKept(page, shown(page, 'input.committee-time-input').first(), '00:00')
  await shown(page, '.committee-agenda .choice').filter({ hasText: '增替补表决' }).first().click()
  const title = shown(page, 'input.committee-agenda-title--election').first()
  await fillKept(page, title, `增补执委 ${candidate}`)
  await beforeSave()
  await shown(page, '.save-button').first().click()
  await page.waitForURL((url) => !url.hash.includes('committee-new'))
  await freshGoto(page, listUrl)
}

/** The vote form of a recorded 执委会: the first present as 监票员, 刘会计 as 计票员, `yes` 赞成 and no other vote. */
export async function fillVote(page: Page, yes: number): Promise<void> {
  await shown(page, '.vote-scrutineers .choice').first().click()
  await fillKept(page, shown(page, 'input.vote-teller-input--0').first(), '刘会计')
  await fillKept(page, shown(page, 'input.vote-count-input--yes').first(), String(yes))
  await fillKept(page, shown(page, 'input.vote-count-input--abstain').first(), '0')
  await fillKept(page, shown(page, 'input.vote-count-input--no').first(), '0')
}
