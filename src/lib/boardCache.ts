// Boards already loaded in this session, keyed by org code, so the find-member and
// member pages open from the board without a second call. A cold open calls board.get.
import type { GetBoardOutput } from '../../types/board'

/** Opening hours and the on-duty month change with time: keep entries briefly. */
const FRESH_MS = 10 * 60 * 1000
const MAX_ENTRIES = 20

const entries = new Map<string, { board: GetBoardOutput; storedAt: number }>()

export function cachedBoard(code: string, now = Date.now()): GetBoardOutput | null {
  const entry = entries.get(code)
  if (!entry || now - entry.storedAt > FRESH_MS) return null
  return entry.board
}

export function rememberBoard(code: string, board: GetBoardOutput, now = Date.now()): void {
  entries.delete(code)
  entries.set(code, { board, storedAt: now })
  if (entries.size > MAX_ENTRIES) {
    const oldest = entries.keys().next().value
    if (oldest !== undefined) entries.delete(oldest)
  }
}
