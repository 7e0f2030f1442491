// When a member whose term has ended leaves the public board: TERM_GRACE_DAYS after the end,
// until her term is renewed (issue "The committee's own life": the board shows who serves, and
// a term long past is no longer a promise the federation can keep on the wall). Read by the
// board (at read time, so no rebuild is needed on the day) and by the console's term warning.
import { localDateDaysBefore } from '../common/time'

export const TERM_GRACE_DAYS = 90

/** On `now`: has a term that ended on `termEnd` lapsed, that is ended more than TERM_GRACE_DAYS ago (Beijing dates)? No end date never lapses. */
export function lapsedOn(now: Date): (termEnd: string | null | undefined) => boolean {
  const before = localDateDaysBefore(now, TERM_GRACE_DAYS)
  return (termEnd) => !!termEnd && termEnd < before
}

/** Her term ended more than TERM_GRACE_DAYS ago (Beijing dates); no end date never lapses. */
export function termLapsed(termEnd: string | null | undefined, now: Date): boolean {
  return lapsedOn(now)(termEnd)
}
