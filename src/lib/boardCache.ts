// Boards already loaded: in this session, keyed by org code, so the find-member and
// member pages open from the board without a second call (a cold open calls board.get);
// and on the phone, the last copy of each of the few boards she opened, so a board still
// opens — marked with the time of its copy — when the network is gone or too slow.
import Taro from '@tarojs/taro'
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

/** A board the back end just answered: kept for this session and as the phone's copy. */
export function rememberBoard(code: string, board: GetBoardOutput, now = Date.now()): void {
  entries.delete(code)
  entries.set(code, { board, storedAt: now })
  if (entries.size > MAX_ENTRIES) {
    const oldest = entries.keys().next().value
    if (oldest !== undefined) entries.delete(oldest)
  }
  keepCopies([{ code, board }, ...readCopies().filter((copy) => copy.code !== code)])
}

/** A board the back end no longer knows: no copy of it is offered again. */
export function forgetBoard(code: string): void {
  entries.delete(code)
  const copies = readCopies()
  if (copies.some((copy) => copy.code === code)) keepCopies(copies.filter((copy) => copy.code !== code))
}

/** The phone's last copy of this board (its `asOf` is when the back end made it), or null. */
export function savedBoard(code: string): GetBoardOutput | null {
  return readCopies().find((copy) => copy.code === code)?.board ?? null
}

const COPIES_KEY = 'liangpai.boardCopies'
/** The shape the copies are stored in; a copy from another shape is not offered. */
const COPIES_FORMAT = 1
/** A resident follows one or two boards; a few copies keep the phone's storage small. */
const MAX_COPIES = 3

interface BoardCopy {
  code: string
  board: GetBoardOutput
}

const isCopy = (value: unknown): value is BoardCopy => {
  const copy = value as Partial<BoardCopy> | null
  return typeof copy?.code === 'string' && typeof copy.board?.asOf === 'string' && typeof copy.board.board?.name === 'string'
}

function readCopies(): BoardCopy[] {
  try {
    const stored = Taro.getStorageSync(COPIES_KEY) as { format?: unknown; copies?: unknown } | ''
    if (!stored || stored.format !== COPIES_FORMAT || !Array.isArray(stored.copies)) return []
    return stored.copies.filter(isCopy)
  } catch {
    return []
  }
}

function keepCopies(copies: BoardCopy[]): void {
  try {
    Taro.setStorageSync(COPIES_KEY, { format: COPIES_FORMAT, copies: copies.slice(0, MAX_COPIES) })
  } catch {
    // storage full or unavailable: the board itself still works, only without a copy
  }
}
