// A generated portrait PNG for upload tests: no binary fixture in the repository,
// and each call can differ so an upload is visibly a new photo.
import { PNG } from 'pngjs'

/** A width × height PNG: a warm gradient with a darker disc standing in for a face. */
export function portraitPng(width = 600, height = 800, hue = 0): Buffer {
  const png = new PNG({ width, height })
  const cx = width / 2
  const cy = height * 0.4
  const radius = width * 0.28
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const at = (width * y + x) << 2
      const inDisc = (x - cx) ** 2 + (y - cy) ** 2 < radius ** 2
      png.data[at] = inDisc ? 120 : (200 + hue + (x * 40) / width) % 256
      png.data[at + 1] = inDisc ? 70 : 120 + (y * 80) / height
      png.data[at + 2] = inDisc ? 60 : 140
      png.data[at + 3] = 255
    }
  }
  return PNG.sync.write(png)
}
