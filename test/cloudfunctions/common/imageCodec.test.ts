// Images for the board: only real PNG and JPEG files, measured before decoding (a tiny
// file may declare a gigantic canvas), shrunk with an averaging filter, re-encoded as
// JPEG without metadata, transparency on white.
import * as jpeg from 'jpeg-js'
import { PNG } from 'pngjs'
import { MAX_PIXELS, NOT_AN_IMAGE, TOO_MANY_PIXELS, declaredSize, decodeImage, prepareImage, sniffImage } from '../../../cloudfunctions/common/imageCodec'

type Paint = (x: number, y: number) => [number, number, number, number]

function pixels(width: number, height: number, paint: Paint): Buffer {
  const data = Buffer.alloc(width * height * 4)
  for (let y = 0; y < height; y++) for (let x = 0; x < width; x++) data.set(paint(x, y), (y * width + x) * 4)
  return data
}
const pngOf = (width: number, height: number, paint: Paint) => {
  const png = new PNG({ width, height })
  png.data = pixels(width, height, paint)
  return PNG.sync.write(png, { filterType: 0 })
}
const jpegOf = (width: number, height: number, paint: Paint) => jpeg.encode({ width, height, data: pixels(width, height, paint) }, 90).data
const grey: Paint = () => [128, 128, 128, 255]

/** Decodes output as a JPEG reader would; fails the test if it is not one. */
const asJpeg = (bytes: Buffer) => jpeg.decode(bytes, { useTArray: true })
const pixelAt = (image: { width: number; data: Uint8Array }, x: number, y: number) => Array.from(image.data.subarray((y * image.width + x) * 4, (y * image.width + x) * 4 + 3))
const refusal = (message: string) => expect.objectContaining({ code: 'INVALID_INPUT', message, issues: [{ field: 'source', message }] })

/** A JPEG with an EXIF segment (GPS position) and a comment inserted after SOI. */
function withMetadata(image: Buffer): Buffer {
  const exif = Buffer.concat([Buffer.from('Exif\0\0'), Buffer.from('GPSLatitude 29.56 GPSLongitude 106.55')])
  const app1 = Buffer.concat([Buffer.from([0xff, 0xe1]), Buffer.from([(exif.length + 2) >> 8, (exif.length + 2) & 0xff]), exif])
  const text = Buffer.from('secret comment')
  const com = Buffer.concat([Buffer.from([0xff, 0xfe, 0, text.length + 2]), text])
  return Buffer.concat([image.subarray(0, 2), app1, com, image.subarray(2)])
}

describe('recognising', () => {
  test('PNG and JPEG by their magic bytes, nothing else', () => {
    expect(sniffImage(pngOf(2, 2, grey))).toBe('png')
    expect(sniffImage(jpegOf(2, 2, grey))).toBe('jpeg')
    expect(sniffImage(Buffer.from('just some text, named photo.png'))).toBeNull()
    expect(sniffImage(Buffer.from('GIF89a'))).toBeNull()
  })

  test('the size comes from the header, past any metadata segments', () => {
    expect(declaredSize(pngOf(30, 20, grey), 'png')).toEqual({ width: 30, height: 20 })
    expect(declaredSize(withMetadata(jpegOf(30, 20, grey)), 'jpeg')).toEqual({ width: 30, height: 20 })
  })

  test('a text file, a PNG signature followed by junk, and a truncated PNG are refused', () => {
    const png = pngOf(40, 40, grey)
    for (const bytes of [Buffer.from('hello, I am not a picture'), Buffer.concat([png.subarray(0, 8), Buffer.from('junk'.repeat(20))]), png.subarray(0, png.length - 30)]) {
      expect(() => decodeImage(bytes)).toThrow(refusal(NOT_AN_IMAGE))
    }
  })
})

describe('refusing decompression bombs', () => {
  test('a small PNG declaring a 20000 × 20000 canvas is refused from its header, at once', () => {
    const png = pngOf(1, 1, grey)
    png.writeUInt32BE(20000, 16)
    png.writeUInt32BE(20000, 20)
    const started = Date.now()
    expect(() => decodeImage(png)).toThrow(refusal(TOO_MANY_PIXELS))
    expect(Date.now() - started).toBeLessThan(100)
  })

  test('a JPEG declaring more than the pixel limit is refused the same way', () => {
    const image = jpegOf(8, 8, grey)
    const sof = image.indexOf(Buffer.from([0xff, 0xc0]))
    image.writeUInt16BE(4000, sof + 5)
    image.writeUInt16BE(Math.ceil(MAX_PIXELS / 4000) + 1, sof + 7)
    expect(() => decodeImage(image)).toThrow(refusal(TOO_MANY_PIXELS))
  })
})

describe('re-encoding', () => {
  test('a large PNG becomes a JPEG whose longer side is the limit, keeping the shape', () => {
    const out = prepareImage(pngOf(1000, 500, grey), 800)
    expect(sniffImage(out.bytes)).toBe('jpeg')
    expect(out).toMatchObject({ width: 800, height: 400 })
    expect(asJpeg(out.bytes)).toMatchObject({ width: 800, height: 400 })
  })

  test('a small image is never enlarged', () => {
    const out = prepareImage(jpegOf(300, 200, grey), 800)
    expect(asJpeg(out.bytes)).toMatchObject({ width: 300, height: 200 })
  })

  test('transparent parts become white, not black', () => {
    const out = asJpeg(
      prepareImage(
        pngOf(64, 64, (x) => (x < 32 ? [0, 0, 0, 0] : [200, 30, 30, 255])),
        800,
      ).bytes,
    )
    for (const channel of pixelAt(out, 8, 32)) expect(channel).toBeGreaterThan(245)
    const [r, g, b] = pixelAt(out, 56, 32)
    expect(r).toBeGreaterThan(180)
    expect(g).toBeLessThan(60)
    expect(b).toBeLessThan(60)
  })

  test('fine stripes shrink to their average grey, not to one of their colours', () => {
    const out = asJpeg(
      prepareImage(
        pngOf(1600, 40, (x) => (x % 2 ? [255, 255, 255, 255] : [0, 0, 0, 255])),
        800,
      ).bytes,
    )
    for (const x of [10, 400, 790]) for (const channel of pixelAt(out, x, 10)) expect(Math.abs(channel - 128)).toBeLessThan(12)
  })

  test('EXIF (with its GPS position) and comments do not survive', () => {
    const original = withMetadata(jpegOf(120, 80, grey))
    expect(original.includes('GPSLatitude')).toBe(true)
    const out = prepareImage(original, 800).bytes
    expect(out.includes('Exif')).toBe(false)
    expect(out.includes('GPSLatitude')).toBe(false)
    expect(out.includes('secret comment')).toBe(false)
  })
})
