// H5 only: shrinks a chosen photo in a canvas so it fits the upload limit. Long side
// at most 1280 px, JPEG; the quality steps down until the file is small enough. The
// mini-program compresses on the phone instead (upload.ts): Taro builds it with
// imageResize.weapp.ts, which has no canvas code.
import { MAX_IMAGE_BYTES } from '../../types/limits'
import { ApiError } from './errors'
import { MAX_SIDE_PX } from './imageSize'

export { MAX_SIDE_PX }
const QUALITIES = [0.86, 0.76, 0.66, 0.56, 0.46]

function loadImage(src: string): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    const image = new Image()
    image.onload = () => resolve(image)
    image.onerror = () => reject(new ApiError('INVALID_INPUT', '这个文件不是能打开的图片，请换一张'))
    image.src = src
  })
}

/** Bytes a base64 string decodes to. */
export const base64Bytes = (base64: string): number => Math.floor((base64.length * 3) / 4) - (base64.endsWith('==') ? 2 : base64.endsWith('=') ? 1 : 0)

function drawScaled(image: HTMLImageElement, maxSide: number): HTMLCanvasElement {
  const scale = Math.min(1, maxSide / Math.max(image.naturalWidth, image.naturalHeight))
  const canvas = document.createElement('canvas')
  canvas.width = Math.max(1, Math.round(image.naturalWidth * scale))
  canvas.height = Math.max(1, Math.round(image.naturalHeight * scale))
  const context = canvas.getContext('2d')
  if (!context) throw new ApiError('INTERNAL', '浏览器无法处理图片，请换个浏览器再试')
  // JPEG has no transparency: a white background instead of black
  context.fillStyle = '#ffffff'
  context.fillRect(0, 0, canvas.width, canvas.height)
  context.drawImage(image, 0, 0, canvas.width, canvas.height)
  return canvas
}

/** The photo at `src` (a blob: URL from chooseMedia) as JPEG base64 within MAX_IMAGE_BYTES. */
export async function shrinkToJpegBase64(src: string): Promise<string> {
  const image = await loadImage(src)
  for (const maxSide of [MAX_SIDE_PX, 960, 720]) {
    const canvas = drawScaled(image, maxSide)
    for (const quality of QUALITIES) {
      const base64 = canvas.toDataURL('image/jpeg', quality).split(',')[1] ?? ''
      if (base64 && base64Bytes(base64) <= MAX_IMAGE_BYTES) return base64
    }
  }
  throw new ApiError('INVALID_INPUT', '图片太大，压缩后仍超过 700 KB，请换一张')
}
