// A tiny anti-aliased rasteriser for the demo pictures: shapes are signed distance
// functions, painted in order onto an RGBA canvas and written as PNG with pngjs.
// Pictures are drawn here rather than downloaded, so the demo works offline.
import { PNG } from 'pngjs'

export type Rgb = readonly [number, number, number]

// Math's functions held locally: under a test runner's sandbox every global lookup
// goes through the sandbox and a picture costs tens of times more.
const { sqrt, min, max, abs, round, floor, ceil } = Math
const FAR = Infinity
const length = (x: number, y: number) => sqrt(x * x + y * y)

/** Negative inside, positive outside, in pixels (close enough near the edge). */
export type Distance = (x: number, y: number) => number

export interface Shape {
  distance: Distance
  /** [x0, y0, x1, y1] outside which the shape is surely empty */
  bounds: readonly [number, number, number, number]
}

export function circle(cx: number, cy: number, r: number): Shape {
  return { distance: (x, y) => length(x - cx, y - cy) - r, bounds: [cx - r, cy - r, cx + r, cy + r] }
}

export function ellipse(cx: number, cy: number, rx: number, ry: number): Shape {
  const distance: Distance = (x, y) => {
    const u = (x - cx) / rx
    const v = (y - cy) / ry
    const k = length(u, v)
    const gradient = length(u / rx, v / ry)
    return gradient === 0 ? -min(rx, ry) : (k * (k - 1)) / gradient
  }
  return { distance, bounds: [cx - rx, cy - ry, cx + rx, cy + ry] }
}

export function roundedRect(x0: number, y0: number, x1: number, y1: number, r: number): Shape {
  const cx = (x0 + x1) / 2
  const cy = (y0 + y1) / 2
  const hx = (x1 - x0) / 2 - r
  const hy = (y1 - y0) / 2 - r
  const distance: Distance = (x, y) => {
    const qx = abs(x - cx) - hx
    const qy = abs(y - cy) - hy
    return length(max(qx, 0), max(qy, 0)) + min(max(qx, qy), 0) - r
  }
  return { distance, bounds: [x0, y0, x1, y1] }
}

export function union(...shapes: Shape[]): Shape {
  const distance: Distance = (x, y) => {
    let nearest = FAR
    for (const shape of shapes) nearest = min(nearest, shape.distance(x, y))
    return nearest
  }
  const bounds = [0, 1, 2, 3].map((k) => (k < 2 ? min : max)(...shapes.map((s) => s.bounds[k])))
  return { distance, bounds: [bounds[0], bounds[1], bounds[2], bounds[3]] }
}

/** The part of `shape` that is not inside `cut`. */
export function subtract(shape: Shape, cut: Shape): Shape {
  return { distance: (x, y) => max(shape.distance(x, y), -cut.distance(x, y)), bounds: shape.bounds }
}

/** The part of `shape` above the horizontal line y = `limit`. */
export function above(shape: Shape, limit: number): Shape {
  return { distance: (x, y) => max(shape.distance(x, y), y - limit), bounds: [shape.bounds[0], shape.bounds[1], shape.bounds[2], min(shape.bounds[3], limit)] }
}

export function mix(a: Rgb, b: Rgb, t: number): Rgb {
  return [a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t, a[2] + (b[2] - a[2]) * t]
}

export class Canvas {
  readonly png: PNG

  constructor(
    readonly width: number,
    readonly height: number,
  ) {
    this.png = new PNG({ width, height })
  }

  private blend(x: number, y: number, color: Rgb, alpha: number): void {
    const i = (y * this.width + x) * 4
    const data = this.png.data
    for (let c = 0; c < 3; c++) data[i + c] = round(data[i + c] + (color[c] - data[i + c]) * alpha)
    data[i + 3] = 255
  }

  /** A vertical gradient over the whole canvas. */
  gradient(top: Rgb, bottom: Rgb): void {
    for (let y = 0; y < this.height; y++) {
      const color = mix(top, bottom, y / (this.height - 1))
      for (let x = 0; x < this.width; x++) this.blend(x, y, color, 1)
    }
  }

  fill(shape: Shape, color: Rgb, opacity = 1): void {
    const [bx0, by0, bx1, by1] = shape.bounds
    const x0 = max(0, floor(bx0) - 1)
    const y0 = max(0, floor(by0) - 1)
    const x1 = min(this.width - 1, ceil(bx1) + 1)
    const y1 = min(this.height - 1, ceil(by1) + 1)
    for (let y = y0; y <= y1; y++) {
      for (let x = x0; x <= x1; x++) {
        const coverage = min(1, max(0, 0.5 - shape.distance(x + 0.5, y + 0.5)))
        if (coverage > 0) this.blend(x, y, color, coverage * opacity)
      }
    }
  }

  toBuffer(): Buffer {
    return PNG.sync.write(this.png, { filterType: 1 })
  }
}
