// The body of an image worker thread (server/imagePool.ts): it prepares one picture at
// a time with the same codec the cloud functions use and answers with the JPEG, or with
// the refusal as plain fields (an AppError does not survive the trip between threads).
import { parentPort } from 'node:worker_threads'
import { prepareImage } from '../cloudfunctions/common/imageCodec'
import { AppError } from '../cloudfunctions/common/errors'

export interface ImageJob {
  id: number
  bytes: Uint8Array
  maxSide: number
}

export type ImageJobReply =
  { id: number; ok: true; bytes: Uint8Array; width: number; height: number } | { id: number; ok: false; refusal: ReturnType<AppError['toBody']> | null; message: string }

function answer(job: ImageJob): ImageJobReply {
  try {
    const image = prepareImage(Buffer.from(job.bytes.buffer, job.bytes.byteOffset, job.bytes.byteLength), job.maxSide)
    return { id: job.id, ok: true, bytes: image.bytes, width: image.width, height: image.height }
  } catch (error) {
    return { id: job.id, ok: false, refusal: error instanceof AppError ? error.toBody() : null, message: error instanceof Error ? error.message : String(error) }
  }
}

// copied, not transferred: a small Buffer shares its memory with the thread's pool
parentPort?.on('message', (job: ImageJob) => parentPort?.postMessage(answer(job)))
