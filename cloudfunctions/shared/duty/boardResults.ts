// 履职成效 on the public board. 002 第七条 asks each member to 亮成效: "亮成效，工作活动开展后，
// 及时公布成效及群众满意度。" The board shows what this federation's own 执委 did: the `own`
// counts of `duty_counts`, not the `tree` ones, because the board is the federation's own wall
// and its children's members already show on their own boards (the 街道 reads the roll-up in
// the console). The figures are published into the board document, keyed by period, so that
// board.get stays one store read and picks the period of its own day: a new quarter reads as
// nothing yet without any write.
//
// A year's four quarters and the year are published together, from one read of their five
// counts documents: the women reached in a quarter is shown beside the year's, and whether the
// quarter's may be shown depends on the year's (below), so an entry dated in any quarter
// re-publishes all of them.
import type { BoardDutyFigures, BoardDutyPeriod, DutyCounts, DutyCountsDoc, DutyPeriodSpan, PublishedCount } from '../../../types'
import type { Store } from '../../common/store/port'
import { localDate } from '../../common/time'
import { protectRow, SMALLEST_SHOWN } from '../suppression'
import { spanOf } from './cadence'

/** The periods published together: a year's four quarters and the year itself, as `duty_counts` keys them. */
export const yearPeriodKeys = (year: number): string[] => [`${year}Q1`, `${year}Q2`, `${year}Q3`, `${year}Q4`, `${year}`]

/**
 * 走访联系 人次: the women counted on `contact` entries (联系/走访谈心) only. A 宣讲's audience is
 * not a visit (宣讲 is its own figure, in 场), nor is a 调研, 帮扶 or 公益 (counted in 条 / 次).
 */
const contactWomenOf = (counts: DutyCounts | undefined): number => Math.max(0, counts?.womenByKind?.contact ?? 0)

/** A count of women in 1–4 is published as few (少于5): the rule of suppression.ts, as the board's 群众满意度 follows it. */
const shownAlone = (women: number): PublishedCount => (women > 0 && women < SMALLEST_SHOWN ? 'few' : women)

/**
 * The quarter's women as shown beside the year's. The year's is shown when it is 5 or more, so
 * the rest of the year (year − quarter) could be worked out from an exact quarter: the pair is
 * protected as one row of suppression.ts (a small part makes the quarter's withheld, —).
 */
export function quarterWomenShown(quarter: number, year: number): PublishedCount {
  if (year < SMALLEST_SHOWN) return shownAlone(quarter)
  return protectRow([quarter, Math.max(0, year - quarter)]).shown[0] ?? 'hidden'
}

function figuresOf(counts: DutyCounts | undefined, contactWomen: PublishedCount): BoardDutyFigures {
  const kind = (key: keyof DutyCounts['byKind']) => counts?.byKind[key] ?? 0
  return {
    entries: counts?.entries ?? 0,
    contactWomen,
    talks: kind('talk'),
    surveys: kind('survey'),
    proposals: kind('proposal'),
    // kept by countAccepted (counts.ts) when a topic filed from a 建议 is accepted; absent on older documents
    accepted: counts?.accepted ?? 0,
    helps: kind('help'),
    services: kind('service'),
  }
}

/** A year's published figures, from the federation's own counts of that year (keyed by period). */
export function publishYear(year: number, own: ReadonlyMap<string, DutyCounts>): Record<string, BoardDutyFigures> {
  const yearCounts = own.get(`${year}`)
  const yearWomen = contactWomenOf(yearCounts)
  const published: Record<string, BoardDutyFigures> = { [`${year}`]: figuresOf(yearCounts, shownAlone(yearWomen)) }
  for (const key of yearPeriodKeys(year).slice(0, 4)) published[key] = figuresOf(own.get(key), quarterWomenShown(contactWomenOf(own.get(key)), yearWomen))
  return published
}

/** Reads the federation's own counts of one year: one store read of at most five documents. */
async function ownCountsOf(store: Store, orgId: string, year: number): Promise<Map<string, DutyCounts>> {
  const ids = yearPeriodKeys(year).map((key) => `${orgId}_${key}`)
  const docs = await store.find<DutyCountsDoc>('duty_counts', { _id: { $in: ids } })
  return new Map(docs.map((doc) => [doc.periodKey, doc.own]))
}

/** The figures a rebuilt board holds: the year of `now` (Beijing), its quarters with it. */
export async function dutyResultsOf(store: Store, orgId: string, now: Date): Promise<Record<string, BoardDutyFigures>> {
  const year = Number(localDate(now).slice(0, 4))
  return publishYear(year, await ownCountsOf(store, orgId, year))
}

/**
 * After a write to the counts, re-publishes the year of `date` on the federation's board: one
 * read of its counts, one write of the board's field (the rest of the board is left as it is).
 * The year two before is dropped, so the field holds at most a few years between rebuilds. Two
 * writes at the same moment may leave the figures one entry behind until the next write or
 * rebuild of the board (each publishes what it read); the counts themselves are exact.
 */
export async function publishDutyResults(store: Store, orgId: string, date: string): Promise<void> {
  const year = Number(date.slice(0, 4))
  const published = publishYear(year, await ownCountsOf(store, orgId, year))
  const $set = Object.fromEntries(Object.entries(published).map(([key, figures]) => [`dutyResults.${key}`, figures]))
  const $unset = Object.fromEntries(yearPeriodKeys(year - 2).map((key) => [`dutyResults.${key}`, true as const]))
  await store.update('boards', { orgId }, { $set, $unset })
}

/**
 * What board.get answers: the figures of this quarter and this year on the Beijing date of
 * `now`. A period the board holds nothing for (a quarter just begun, a board built before
 * 履职 existed) reads as nothing yet.
 */
export function dutyResultsAt(results: Record<string, BoardDutyFigures> | undefined, now: Date): { quarter: BoardDutyPeriod; year: BoardDutyPeriod } {
  const today = localDate(now)
  const pick = (span: DutyPeriodSpan): BoardDutyPeriod => ({ key: span.key, label: span.label, figures: results?.[span.key] ?? figuresOf(undefined, 0) })
  return { quarter: pick(spanOf(today, 'quarter')), year: pick(spanOf(today, 'year')) }
}
