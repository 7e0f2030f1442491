// The local host's image port: pictures are prepared in worker threads. Decoding a 12 MP
// picture keeps a JavaScript thread busy for a second or more (a 17 KB PNG declaring
// 3464 × 3464 takes 1.3–2 s), and the host answers every caller from one thread, so four
// chairs uploading such a file kept an anonymous board.get waiting ≈ 2 s. The header is
// measured on the request path first (imageCodec.measureImage), so a picture that will
// be refused never occupies a worker; a bounded queue turns a flood into RATE_LIMITED.
import os from 'node:os'
import type { Worker } from 'node:worker_threads'
import { AppError } from '../cloudfunctions/common/errors'
import { measureImage, type PreparedImage } from '../cloudfunctions/common/imageCodec'
import type { ImagePort } from '../cloudfunctions/common/ports'
import type { ImageJob, ImageJobReply } from './imageJob'
import { startSourceWorker } from './sourceWorker'

export interface ImagePoolOptions {
  /** threads decoding at once; by default one per spare core, at most two (≈ 230 MB each for 12 MP) */
  workers?: number
  /** pictures waiting for a thread before more are refused */
  maxWaiting?: number
}

export type ImagePool = ImagePort & { close(): Promise<void> }

export const BUSY = '图片处理繁忙，请稍后再试'
const MAX_WAITING = 16

interface Waiting {
  job: ImageJob
  resolve(image: PreparedImage): void
  reject(error: Error): void
}

interface Slot {
  worker: Worker | null
  busy: Waiting | null
}

const defaultWorkers = () => Math.max(1, Math.min(2, os.availableParallelism() - 1))

function settle(waiting: Waiting, reply: ImageJobReply): void {
  if (reply.ok) return waiting.resolve({ bytes: Buffer.from(reply.bytes.buffer, reply.bytes.byteOffset, reply.bytes.byteLength), width: reply.width, height: reply.height })
  const { refusal } = reply
  waiting.reject(refusal ? new AppError(refusal.code, refusal.message, refusal.issues) : new Error(`image worker: ${reply.message}`))
}

export function imagePool({ workers = defaultWorkers(), maxWaiting = MAX_WAITING }: ImagePoolOptions = {}): ImagePool {
  const slots: Slot[] = Array.from({ length: workers }, () => ({ worker: null, busy: null }))
  const queue: Waiting[] = []
  let nextId = 1
  let closed = false

  /** A thread that ends on its own (out of memory, a crash) fails its picture; the next one starts afresh. */
  function lost(slot: Slot, error: Error): void {
    const job = slot.busy
    slot.worker = null
    slot.busy = null
    job?.reject(error)
    pump()
  }

  function start(slot: Slot): Worker {
    const worker = startSourceWorker('imageJob')
    worker.on('message', (reply: ImageJobReply) => {
      const job = slot.busy
      slot.busy = null
      // an idle thread does not keep the process alive
      worker.unref()
      if (job) settle(job, reply)
      pump()
    })
    worker.on('error', (error) => lost(slot, error))
    worker.on('exit', (code) => {
      if (slot.worker === worker) lost(slot, new Error(`image worker exited with code ${code}`))
    })
    slot.worker = worker
    return worker
  }

  function pump(): void {
    for (const slot of slots) {
      if (closed || slot.busy || queue.length === 0) continue
      const worker = slot.worker ?? start(slot)
      const next = queue.shift()!
      slot.busy = next
      worker.ref()
      worker.postMessage(next.job)
    }
  }

  return {
    async prepare({ bytes, maxSide }) {
      measureImage(bytes)
      if (closed || queue.length >= maxWaiting) throw new AppError('RATE_LIMITED', BUSY)
      // a copy of just these bytes: a small Buffer's memory is shared with others
      const job: ImageJob = { id: nextId++, bytes: new Uint8Array(bytes), maxSide }
      return new Promise<PreparedImage>((resolve, reject) => {
        queue.push({ job, resolve, reject })
        pump()
      })
    },
    async close() {
      closed = true
      for (const waiting of queue.splice(0)) waiting.reject(new AppError('RATE_LIMITED', BUSY))
      const running = slots.map((slot) => slot.worker).filter((worker): worker is Worker => worker !== null)
      for (const slot of slots) {
        slot.busy?.reject(new AppError('RATE_LIMITED', BUSY))
        slot.busy = null
        slot.worker = null
      }
      await Promise.all(running.map((worker) => worker.terminate()))
    },
  }
}

let shared: ImagePool | null = null

/** One pool for the whole process: the host and every set of test services share its threads. */
export function sharedImagePool(): ImagePool {
  shared ??= imagePool()
  return shared
}
