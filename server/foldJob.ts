// The body of the thread that folds the log collections' journals into their files
// (server/logStore.ts, `foldInThread`): it reads the journals, gathers their lines by file,
// appends each file's lines whole, one file after another, and answers once all are
// written, or with the first error. The reads, opens, writes and closes of a fold — one to
// three files a stored document — run here, beside the thread that answers the callers,
// rather than on it; only the folder and the journals' names cross between the threads.
import fs from 'node:fs'
import os from 'node:os'
import { parentPort } from 'node:worker_threads'
import path from 'node:path'
import { appendWhole, journalRanges } from './appendLines'

export interface FoldJob {
  id: number
  /** the log collection's folder */
  dir: string
  /** its journals to fold, oldest first */
  journals: string[]
}

export interface FoldReply {
  id: number
  error: string | null
}

function fold(job: FoldJob): FoldReply {
  try {
    // each file's lines from every journal, oldest first (a last line cut short by a kill was never acknowledged, and is left out)
    const lines = new Map<string, Buffer[]>()
    for (const journal of job.journals) {
      const file = path.join(job.dir, journal)
      // the collection still reads these lines from the journal: one that is not there fails the fold (tried again), never folds nothing
      if (!fs.existsSync(file)) throw new Error(`${file}: the journal is missing`)
      const bytes = fs.readFileSync(file)
      for (const [name, ranges] of journalRanges(bytes)) {
        const pieces = lines.get(name) ?? []
        for (let i = 0; i < ranges.length; i += 2) pieces.push(bytes.subarray(ranges[i], ranges[i + 1]))
        lines.set(name, pieces)
      }
    }
    for (const [name, pieces] of lines) appendWhole(path.join(job.dir, name), Buffer.concat(pieces))
    return { id: job.id, error: null }
  } catch (error) {
    return { id: job.id, error: error instanceof Error ? error.message : String(error) }
  }
}

/**
 * A fold is never waited for by a caller, so this thread runs at the lowest priority: on two
 * cores it shared the second with the benchmark's client and the host's own threads, and a
 * fold running at full priority delayed answers already written. On Linux a thread has a
 * nice value of its own, set through its id (/proc/thread-self names it); elsewhere it runs as is.
 */
function yieldToAnswers(): void {
  try {
    os.setPriority(Number(fs.readlinkSync('/proc/thread-self').split('/').pop()), 19)
  } catch {
    // no /proc, or not allowed: the default priority
  }
}

yieldToAnswers()
parentPort?.on('message', (job: FoldJob) => parentPort?.postMessage(fold(job)))
