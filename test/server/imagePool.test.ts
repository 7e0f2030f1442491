// Pictures are prepared off the request path on the local host: while a chair's upload
// of a small PNG declaring a 3464 × 3464 canvas is decoded, everyone else keeps being
// answered. The worker answers exactly what the in-process codec would, refusals keep
// their Chinese reason, a picture refused by its header never reaches a worker, and a
// flood of pictures is told to wait instead of queueing without end.
import { PNG } from 'pngjs'
import { NOT_AN_IMAGE, TOO_MANY_PIXELS, prepareImage } from '../../cloudfunctions/common/imageCodec'
import { BUSY, imagePool, type ImagePool } from '../../server/imagePool'
import { createCaller } from '../fixtures/caller'
import { testServices } from '../fixtures/services'
import { seedConsoleTree } from '../cloudfunctions/org/fixtures/consoleTree'

/** A flat grey PNG: deflate packs its SIDE² pixels into a few KB. */
function flatPng(side: number): Buffer {
  const png = new PNG({ width: side, height: side, colorType: 0, inputColorType: 0, inputHasAlpha: false })
  png.data = Buffer.alloc(side * side, 200)
  return PNG.sync.write(png, { colorType: 0, inputColorType: 0, inputHasAlpha: false, filterType: 0, deflateLevel: 9 })
}

/** The longest time the event loop went without running a 5 ms timer while `work` ran, and how long `work` took. */
async function longestStall<T>(work: () => Promise<T>): Promise<{ stallMs: number; tookMs: number; result: T }> {
  let last = performance.now()
  let stallMs = 0
  const ticker = setInterval(() => {
    const now = performance.now()
    stallMs = Math.max(stallMs, now - last)
    last = now
  }, 5)
  const started = performance.now()
  try {
    const result = await work()
    return { stallMs: Math.max(stallMs, performance.now() - last), tookMs: performance.now() - started, result }
  } finally {
    clearInterval(ticker)
  }
}

let pool: ImagePool | null = null
afterEach(async () => {
  await pool?.close()
  pool = null
})

test('decoding a 17 KB PNG that declares 3464 × 3464 pixels does not stop the host answering others', async () => {
  const services = await testServices()
  await seedConsoleTree(services.store, services.clock.now())
  const bomb = flatPng(3464)
  expect(bomb.length).toBeLessThan(20_000)
  const chair = createCaller('org', services, 'chair')
  // the worker thread starts (and compiles the codec) once; measure a warm one, as the host runs
  await chair.uploadImage({ orgId: 'comm', purpose: 'photo', source: { kind: 'inline', dataBase64: flatPng(64).toString('base64') } })

  const { stallMs, tookMs, result } = await longestStall(() =>
    chair.uploadImage({ orgId: 'comm', purpose: 'activity', source: { kind: 'inline', dataBase64: bomb.toString('base64') } }),
  )
  expect(result).toMatchObject({ width: 1280, height: 1280 })
  // in the calling thread the whole decode is one stall (≈ all of `tookMs`); in a worker the loop keeps turning
  expect(stallMs).toBeLessThan(Math.max(150, tookMs / 4))
}, 60_000)

test('the worker answers the same JPEG the codec makes in process', async () => {
  pool = imagePool({ workers: 1 })
  const png = flatPng(900)
  const inWorker = await pool.prepare({ bytes: png, maxSide: 800 })
  const inProcess = prepareImage(png, 800)
  expect({ width: inWorker.width, height: inWorker.height }).toEqual({ width: 800, height: 800 })
  expect(Buffer.compare(inWorker.bytes, inProcess.bytes)).toBe(0)
}, 60_000)

test('refusals keep their code and Chinese reason; a header that declares too much never reaches a worker', async () => {
  pool = imagePool({ workers: 1 })
  const huge = flatPng(1)
  huge.writeUInt32BE(20000, 16)
  huge.writeUInt32BE(20000, 20)
  await expect(pool.prepare({ bytes: huge, maxSide: 800 })).rejects.toMatchObject({
    code: 'INVALID_INPUT',
    message: TOO_MANY_PIXELS,
    issues: [{ field: 'source', message: TOO_MANY_PIXELS }],
  })
  await expect(pool.prepare({ bytes: Buffer.from('not a picture'), maxSide: 800 })).rejects.toMatchObject({ code: 'INVALID_INPUT', message: NOT_AN_IMAGE })
  // a PNG whose header is fine but whose pixel data is cut short is refused by the worker, with the same reason
  const png = flatPng(300)
  await expect(pool.prepare({ bytes: png.subarray(0, png.length - 30), maxSide: 800 })).rejects.toMatchObject({ code: 'INVALID_INPUT', message: NOT_AN_IMAGE })
}, 60_000)

test('past the waiting limit, a picture is told to try again later', async () => {
  pool = imagePool({ workers: 1, maxWaiting: 1 })
  const png = flatPng(1500)
  const first = pool.prepare({ bytes: png, maxSide: 800 })
  const second = pool.prepare({ bytes: png, maxSide: 800 })
  await expect(pool.prepare({ bytes: png, maxSide: 800 })).rejects.toMatchObject({ code: 'RATE_LIMITED', message: BUSY })
  await expect(Promise.all([first, second])).resolves.toHaveLength(2)
}, 60_000)
