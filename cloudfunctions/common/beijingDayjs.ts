// dayjs at Beijing's offset, for the calendar arithmetic time.ts's plain functions do not
// cover: months back, dates in words. Its own module, so that a function needing only
// time.ts (board) bundles no dayjs.
import dayjs, { type Dayjs } from 'dayjs'
import utc from 'dayjs/plugin/utc'
import { BEIJING_OFFSET_MINUTES } from './time'

dayjs.extend(utc)

export function inBeijing(instant: Date): Dayjs {
  return dayjs(instant).utcOffset(BEIJING_OFFSET_MINUTES)
}
