// The one thread of the process that folds the log collections' journals into their files
// (server/foldJob.ts), started on the first fold. It keeps the process alive only while a
// fold is being written; a process that ends before leaves the journal, folded at the next start.
import type { Worker } from 'node:worker_threads'
import type { FoldJob, FoldReply } from './foldJob'
import { startSourceWorker } from './sourceWorker'

let thread: Worker | null = null
let nextId = 1
const waiting = new Map<number, { resolve(): void; reject(error: Error): void }>()

/** A thread that ended on its own fails the folds it held (each is tried again); the next fold starts a new one. */
function lost(worker: Worker, error: Error): void {
  if (thread !== worker) return
  thread = null
  for (const fold of waiting.values()) fold.reject(error)
  waiting.clear()
}

function start(): Worker {
  const worker = startSourceWorker('foldJob')
  worker.on('message', (reply: FoldReply) => {
    const fold = waiting.get(reply.id)
    waiting.delete(reply.id)
    if (waiting.size === 0) worker.unref()
    if (reply.error === null) fold?.resolve()
    else fold?.reject(new Error(reply.error))
  })
  worker.on('error', (error) => lost(worker, error))
  worker.on('exit', (code) => lost(worker, new Error(`the fold thread ended (code ${code})`)))
  return worker
}

/** Folds `journals` (oldest first) of the log collection in `dir` into its files, in the fold thread; resolves once every line is written. */
export function foldInThread(dir: string, journals: string[]): Promise<void> {
  thread ??= start()
  const worker = thread
  const id = nextId++
  return new Promise((resolve, reject) => {
    waiting.set(id, { resolve, reject })
    worker.ref()
    worker.postMessage({ id, dir, journals } satisfies FoldJob)
  })
}
