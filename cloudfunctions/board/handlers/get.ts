// board.get: everything the first screen of the public board shows, in one store read. The
// 履职成效 of this quarter and this year are picked from the board document by today's date.
import { DEFAULT_ANNOUNCE_DAYS, type BoardActivity, type BoardDoc, type GetBoardInput, type GetBoardOutput } from '../../../types'
import { AppError } from '../../common/errors'
import type { Ctx } from '../../common/context'
import { describeHours, openNow } from '../lib/openingHours'
import { localMonth, quarterOf } from '../../common/time'
import { dutyResultsAt } from '../../shared/duty/boardResults'
import { lapsedOn } from '../../shared/terms'
import { announcedOn } from '../../shared/committeeChanges'

/** How many past results the board shows (亮成效). */
const RECENT_RESULTS = 6

export async function get(input: GetBoardInput, ctx: Ctx): Promise<GetBoardOutput> {
  const stored = await ctx.store.getById<BoardDoc>('boards', input.code)
  if (!stored) throw new AppError('NOT_FOUND', `没有找到编码为「${input.code}」的妇联，请按名称搜索`)
  const now = ctx.clock.now()
  // the year's activities are answered once, as this quarter's plans and the recent results picked from them
  const { _id, dutyResults, activities, ...all } = stored
  // a member whose term ended more than 90 days ago is left off until it is renewed (shared/terms.ts);
  // a change in the committee is announced for the federation's announceDays (shared/committeeChanges.ts)
  const lapsed = lapsedOn(now)
  const board = {
    ...all,
    members: all.members.filter((m) => !lapsed(m.termEnd)),
    committeeChanges: announcedOn(all.committeeChanges, all.announceDays ?? DEFAULT_ANNOUNCE_DAYS, now),
  }
  const month = localMonth(now)
  const quarter = quarterOf(now)
  const inQuarter = (a: BoardActivity) => a.date >= quarter.first && a.date <= quarter.last
  return {
    board,
    openNow: openNow(board.hours, ctx.calendar.current(now.getTime()), now),
    hoursText: describeHours(board.hours),
    onDuty: { month, memberIds: board.members.filter((m) => m.onDutyMonth === month).map((m) => m.id) },
    activities: {
      quarterLabel: quarter.label,
      plans: activities.filter(inQuarter).reverse(),
      results: activities.filter((a) => a.status === 'done' && a.resultText !== '').slice(0, RECENT_RESULTS),
    },
    dutyResults: dutyResultsAt(dutyResults, now),
    asOf: now.toISOString(),
  }
}
