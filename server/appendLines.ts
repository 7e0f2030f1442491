// Whole lines of the store's files: appended whole (a last line cut short by a kill taken off
// first, every byte of the text written), read whole (a torn last line left out), and a log
// collection's journal read back by the file each of its lines is for.
import fs from 'node:fs'
import { FILE_MODE } from './dataDir'
import { dropTornTailOf } from './tornTail'

/**
 * The complete lines of a file ('' when there is none): a last line cut short by a kill is
 * left out. Read at once rather than through the thread pool: a collection's files are
 * small (a query reads one), and on a busy host the asynchronous open, stat, read and
 * close each waited their turn for far longer than the read itself takes.
 */
export function completeTextNow(file: string): string {
  let bytes: Buffer
  try {
    bytes = fs.readFileSync(file)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return ''
    throw error
  }
  return bytes.subarray(0, bytes.lastIndexOf(0x0a) + 1).toString('utf8')
}

/** The files a journal line may be for: a log collection's data file or `_id` index file. */
const JOURNALED = /^(d[0-9a-f]{3}\.jsonl|i[0-9a-f]{3}\.ids)$/

/**
 * Where each file's lines are in a journal's bytes (each line `<file><tab><line>`): for each
 * file, pairs of byte offsets of its lines, in the order written. A last line cut short by a
 * kill was never acknowledged, and is left out. Read by the store at start for the journals a
 * run left, and by the fold thread for the journals it folds.
 */
export function journalRanges(bytes: Buffer): Map<string, number[]> {
  const ranges = new Map<string, number[]>()
  for (let start = 0, end = bytes.indexOf(0x0a); end >= 0; start = end + 1, end = bytes.indexOf(0x0a, start)) {
    const tab = bytes.indexOf(0x09, start)
    if (tab < 0 || tab > end) continue
    const name = bytes.toString('latin1', start, tab)
    if (!JOURNALED.test(name)) continue
    const known = ranges.get(name)
    if (known) known.push(tab + 1, end + 1)
    else ranges.set(name, [tab + 1, end + 1])
  }
  return ranges
}

/** Writes all of `text` at the end of the file open for appending as `fd`. */
export function appendTo(fd: number, text: string | Buffer): void {
  const bytes = typeof text === 'string' ? Buffer.from(text, 'utf8') : text
  for (let written = 0; written < bytes.length;) written += fs.writeSync(fd, bytes, written, bytes.length - written)
}

/** Appends `text` to `file` (made if missing), after cutting off a torn last line, if any. */
export function appendWhole(file: string, text: string | Buffer): void {
  const fd = fs.openSync(file, 'a+', FILE_MODE)
  try {
    dropTornTailOf(fd)
    appendTo(fd, text)
  } finally {
    fs.closeSync(fd)
  }
}

interface Gathered {
  text: string
  write(text: string): void
}

/** What the store's files are to be appended at the end of this turn, by owner (a collection file, a log collection's journal). */
const gathered = new Map<object, Gathered>()
let turnEnd: Promise<void> | null = null
const RESOLVED = Promise.resolve()

function writeGathered(owner: object, held: Gathered): void {
  gathered.delete(owner)
  held.write(held.text)
}

/**
 * Appends `text` at the end of this turn of the event loop (setImmediate), together with
 * every other text its owner is given in the turn, through `write`. Under a burst of calls
 * the host answers fifty in a turn, each appending to five to eight files: one write a file
 * a turn instead of one a line. Nothing may be acknowledged before `written()` resolves.
 */
export function appendAtTurnEnd(owner: object, text: string, write: (text: string) => void): void {
  const held = gathered.get(owner)
  if (held) held.text += text
  else gathered.set(owner, { text, write })
  if (turnEnd) return
  turnEnd = new Promise<void>((resolve, reject) =>
    setImmediate(() => {
      turnEnd = null
      let failure: unknown = null
      for (const [key, next] of [...gathered]) {
        try {
          writeGathered(key, next)
        } catch (error) {
          failure ??= error
        }
      }
      if (failure) reject(failure)
      else resolve()
    }),
  )
  // a failure reaches every caller waiting on `written()`; none waiting is not a crash
  turnEnd.catch(() => undefined)
}

/** Writes what `owner` was given in this turn now (before its file is closed or replaced). */
export function writeNow(owner: object): void {
  const held = gathered.get(owner)
  if (held) writeGathered(owner, held)
}

/** Resolves once every text given so far is written; rejects with the first write that failed. */
export function written(): Promise<void> {
  return turnEnd ?? RESOLVED
}

/**
 * `value`, once every text given so far is written (`written`): what the store answers, a read
 * too, so that no one is shown a line that a kill could still take away before its write is acknowledged.
 */
export async function acknowledged<T>(value: T): Promise<T> {
  await written()
  return value
}
