// The 亮成效 figures kept beside the 履职 entries: one `duty_counts` document per federation and
// period (`<orgId>_2026Q4`, `<orgId>_2026`), its own members' entries and, as tree counts, every
// federation under it. The org function keeps them on log / update / delete; the topics function
// adds a 建议 accepted as a topic (已立项). Shared so both write them the same way. Each write
// re-publishes the federation's 履职成效 on its board (boardResults.ts).
import type { DutyCounts, DutyCountsDoc } from '../../../types'
import { AppError } from '../../common/errors'
import type { Store } from '../../common/store/port'
import { publishDutyResults } from './boardResults'
import { applyEntry, emptyCounts, spanOf, type CadenceEntry } from './cadence'

/** The federation an entry counts for: itself and, for the tree counts, its ancestors. */
export interface CountedOrg {
  _id: string
  ancestorIds: string[]
}

/** The period documents an entry counts in: its quarter and its year. */
export const countsIds = (orgId: string, date: string): string[] => [`${orgId}_${spanOf(date, 'quarter').key}`, `${orgId}_${spanOf(date, 'year').key}`]

const periodsOf = (date: string): string[] => [spanOf(date, 'quarter').key, spanOf(date, 'year').key]

/** Adds `$inc` to one counts document, making it from `start` when it does not exist yet. */
async function addTo(store: Store, id: string, $inc: Record<string, number>, make: () => DutyCountsDoc): Promise<void> {
  if ((await store.update('duty_counts', { _id: id }, { $inc })) > 0) return
  try {
    await store.insert('duty_counts', make())
  } catch (error) {
    // another write made the document first: add to it
    if (!(error instanceof AppError && error.code === 'CONFLICT')) throw error
    await store.update('duty_counts', { _id: id }, { $inc })
  }
}

function entryInc(prefix: 'own' | 'tree', entry: CadenceEntry, sign: 1 | -1): Record<string, number> {
  return {
    [`${prefix}.entries`]: sign,
    [`${prefix}.byKind.${entry.kind}`]: sign,
    [`${prefix}.women`]: sign * entry.womenCount,
    [`${prefix}.womenByKind.${entry.kind}`]: sign * entry.womenCount,
  }
}

/**
 * Adds `incOf('tree')` to the documents of the periods of `date` for the org and each ancestor,
 * and `incOf('own')` to the org's own, making a missing document from `start`; then re-publishes
 * the org's 履职成效 on its board.
 */
async function addToPeriods(store: Store, org: CountedOrg, date: string, incOf: (prefix: 'own' | 'tree') => Record<string, number>, start: DutyCounts): Promise<void> {
  for (const orgId of [org._id, ...org.ancestorIds]) {
    const own = orgId === org._id
    for (const periodKey of periodsOf(date)) {
      const $inc = { ...incOf('tree'), ...(own ? incOf('own') : {}) }
      await addTo(store, `${orgId}_${periodKey}`, $inc, () => ({ _id: `${orgId}_${periodKey}`, orgId, periodKey, own: own ? start : emptyCounts(), tree: start }))
    }
  }
  await publishDutyResults(store, org._id, date)
}

/** Adds (1) or takes away (-1) an entry in its org's counts and, as tree counts, each ancestor's. */
export const bumpCounts = (store: Store, org: CountedOrg, entry: CadenceEntry, sign: 1 | -1): Promise<void> =>
  addToPeriods(store, org, entry.date, (prefix) => entryInc(prefix, entry, sign), applyEntry(emptyCounts(), entry, sign))

/**
 * Adds (1) or takes away (-1) one 建议 accepted as a 议事 topic (已立项), in the periods of the
 * entry's date. 002 第七条 asks the federation to 亮成效; a proposal that became a topic is one.
 */
export const countAccepted = (store: Store, org: CountedOrg, entryDate: string, sign: 1 | -1): Promise<void> =>
  addToPeriods(store, org, entryDate, (prefix) => ({ [`${prefix}.accepted`]: sign }), { ...emptyCounts(), accepted: sign })
