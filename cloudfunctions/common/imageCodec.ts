// The image codec: PNG and JPEG recognised by their magic bytes, measured from the
// header before anything is decoded (a small file can declare a huge canvas: a
// decompression bomb), decoded in pure JS, shrunk with an area-average filter and
// re-encoded as JPEG. Re-encoding writes only the pixels, so EXIF, GPS positions,
// comments and any bytes hidden after the image are dropped. Machinery, not a board
// rule: the WeChat ports decode with it too (the content check and the QR code); which
// sizes the board uses, and who may upload what, is org.uploadImage's business.
import * as jpeg from 'jpeg-js'
import { PNG } from 'pngjs'
import { AppError } from './errors'
import type { ImagePort } from './ports'

export type ImageKind = 'png' | 'jpeg'

/**
 * The most pixels decoded at once: a phone camera's full 4000 × 3000. Measured here,
 * jpeg-js needs ≈ 230 MB and 2.4 s for 12 MP (≈ 430 MB and 5 s for 24 MP), so this
 * bounds a cloud function instance; the client shrinks photos to 1280 px before upload.
 */
export const MAX_PIXELS = 12_000_000
const JPEG_QUALITY = 82

export interface Rgba {
  width: number
  height: number
  /** 4 bytes a pixel, row by row */
  data: Uint8Array | Uint8ClampedArray
}

export interface PreparedImage {
  bytes: Buffer
  width: number
  height: number
}

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])

export const NOT_AN_IMAGE = '只支持 JPG 或 PNG 图片'
export const TOO_MANY_PIXELS = '图片尺寸太大，请选择 1200 万像素以内的图片'

const refuse = (message: string) => new AppError('INVALID_INPUT', message, [{ field: 'source', message }])

export function sniffImage(bytes: Buffer): ImageKind | null {
  if (bytes.length >= 8 && bytes.subarray(0, 8).equals(PNG_SIGNATURE)) return 'png'
  if (bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'jpeg'
  return null
}

function pngSize(bytes: Buffer): { width: number; height: number } | null {
  if (bytes.length < 24 || bytes.toString('latin1', 12, 16) !== 'IHDR') return null
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) }
}

/** SOF0–SOF15 except DHT (C4), JPG (C8) and DAC (CC): the frame header with the size. */
const isFrameHeader = (marker: number) => marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc
const standsAlone = (marker: number) => marker === 0x01 || (marker >= 0xd0 && marker <= 0xd8)

function jpegSize(bytes: Buffer): { width: number; height: number } | null {
  let at = 2
  while (at + 4 <= bytes.length) {
    if (bytes[at] !== 0xff) return null
    const marker = bytes[at + 1]
    if (marker === 0xff) {
      at += 1
      continue
    }
    if (standsAlone(marker)) {
      at += 2
      continue
    }
    if (marker === 0xda || marker === 0xd9) return null
    if (isFrameHeader(marker)) return at + 9 <= bytes.length ? { height: bytes.readUInt16BE(at + 5), width: bytes.readUInt16BE(at + 7) } : null
    at += 2 + bytes.readUInt16BE(at + 2)
  }
  return null
}

/** Width and height from the header alone, or null when the header is not there. */
export function declaredSize(bytes: Buffer, kind: ImageKind): { width: number; height: number } | null {
  return kind === 'png' ? pngSize(bytes) : jpegSize(bytes)
}

/** JPEG has no transparency: transparent parts become white, as on paper. */
function flattenOnWhite(image: Rgba): Rgba {
  const { data } = image
  for (let i = 0; i < data.length; i += 4) {
    const alpha = data[i + 3]
    if (alpha === 255) continue
    for (let c = 0; c < 3; c++) data[i + c] = Math.round((data[i + c] * alpha + 255 * (255 - alpha)) / 255)
    data[i + 3] = 255
  }
  return image
}

function decode(bytes: Buffer, kind: ImageKind): Rgba {
  try {
    if (kind === 'png') {
      const png = PNG.sync.read(bytes)
      return flattenOnWhite({ width: png.width, height: png.height, data: png.data })
    }
    const maxResolutionInMP = MAX_PIXELS / 1_000_000
    const decoded = jpeg.decode(bytes, { useTArray: true, formatAsRGBA: true, maxResolutionInMP, maxMemoryUsageInMB: 256 })
    return { width: decoded.width, height: decoded.height, data: decoded.data }
  } catch {
    throw refuse(NOT_AN_IMAGE)
  }
}

/**
 * What a picture declares in its header (PNG IHDR, JPEG SOF): refused at once when it is
 * not a PNG or JPEG, or declares more than MAX_PIXELS. Nothing is decoded, so this is
 * cheap enough to run on the request path before a picture is queued for decoding.
 */
export function measureImage(bytes: Buffer): { kind: ImageKind; width: number; height: number } {
  const kind = sniffImage(bytes)
  if (!kind) throw refuse(NOT_AN_IMAGE)
  const size = declaredSize(bytes, kind)
  if (!size || size.width < 1 || size.height < 1) throw refuse(NOT_AN_IMAGE)
  if (size.width * size.height > MAX_PIXELS) throw refuse(TOO_MANY_PIXELS)
  return { kind, ...size }
}

/** Decodes a PNG or JPEG into RGBA on white, refusing anything else and oversized canvases. */
export function decodeImage(bytes: Buffer): Rgba {
  const { kind, ...size } = measureImage(bytes)
  const image = decode(bytes, kind)
  if (image.width !== size.width || image.height !== size.height || image.data.length < image.width * image.height * 4) throw refuse(NOT_AN_IMAGE)
  return image
}

/** For one axis: which source pixels each target pixel covers, and by how much. */
function coverage(source: number, target: number): { first: number; weights: number[] }[] {
  const scale = source / target
  return Array.from({ length: target }, (_, i) => {
    const start = i * scale
    const end = Math.min(source, (i + 1) * scale)
    const first = Math.floor(start)
    const weights: number[] = []
    for (let s = first; s < end; s++) weights.push((Math.min(end, s + 1) - Math.max(start, s)) / scale)
    return { first, weights }
  })
}

/** Shrinks each row to `width` pixels: RGB sums as floats, one row of the source height each. */
function shrinkRows(image: Rgba, width: number): Float32Array {
  const across = coverage(image.width, width)
  const rows = new Float32Array(width * image.height * 3)
  for (let y = 0; y < image.height; y++) {
    for (let x = 0; x < width; x++) {
      const { first, weights } = across[x]
      const to = (y * width + x) * 3
      for (let k = 0; k < weights.length; k++) {
        const at = (y * image.width + first + k) * 4
        rows[to] += image.data[at] * weights[k]
        rows[to + 1] += image.data[at + 1] * weights[k]
        rows[to + 2] += image.data[at + 2] * weights[k]
      }
    }
  }
  return rows
}

/**
 * Each target pixel is the average of the source area it covers (a box filter: no
 * aliasing when shrinking), rows first, then columns.
 */
function shrink(image: Rgba, width: number, height: number): Rgba {
  const rows = shrinkRows(image, width)
  const down = coverage(image.height, height)
  // a clamped array rounds and clamps each sum itself
  const data = new Uint8ClampedArray(width * height * 4)
  for (let y = 0; y < height; y++) {
    const { first, weights } = down[y]
    for (let x = 0; x < width; x++) {
      const to = (y * width + x) * 4
      for (let c = 0; c < 3; c++) {
        let sum = 0
        for (let k = 0; k < weights.length; k++) sum += rows[((first + k) * width + x) * 3 + c] * weights[k]
        data[to + c] = sum
      }
      data[to + 3] = 255
    }
  }
  return { width, height, data }
}

/** Shrinks to fit within maxWidth × maxHeight (by default a square: the longer side at most maxWidth); never enlarges. */
export function fitWithin(image: Rgba, maxWidth: number, maxHeight = maxWidth): Rgba {
  const factor = Math.min(1, maxWidth / image.width, maxHeight / image.height)
  if (factor === 1) return image
  return shrink(image, Math.max(1, Math.round(image.width * factor)), Math.max(1, Math.round(image.height * factor)))
}

export function encodeJpeg(image: Rgba, quality = JPEG_QUALITY): Buffer {
  return jpeg.encode({ width: image.width, height: image.height, data: image.data }, quality).data
}

/** The image as the board shows it: a fresh JPEG whose longer side is at most `maxSide`. */
export function prepareImage(bytes: Buffer, maxSide: number): PreparedImage {
  const image = fitWithin(decodeImage(bytes), maxSide)
  return { bytes: encodeJpeg(image), width: image.width, height: image.height }
}

/** The image port done in the calling thread: a WeChat cloud function instance serves one call at a time. */
export const inProcessImages: ImagePort = { prepare: async ({ bytes, maxSide }) => prepareImage(bytes, maxSide) }
