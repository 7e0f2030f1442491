// The demo's pictures, drawn locally and deterministically: a head-and-shoulders
// portrait per member, a federation emblem for the logo, and activity scenes.
import { pick, seededRandom } from './random'
import { above, Canvas, circle, ellipse, mix, roundedRect, subtract, union, type Rgb } from './raster'

export const AVATAR_SIZE = 240

const BACKGROUNDS: readonly (readonly [Rgb, Rgb])[] = [
  [
    [253, 236, 239],
    [244, 206, 214],
  ],
  [
    [232, 243, 250],
    [200, 222, 240],
  ],
  [
    [238, 246, 236],
    [205, 228, 200],
  ],
  [
    [252, 243, 226],
    [240, 218, 180],
  ],
  [
    [241, 236, 250],
    [214, 203, 238],
  ],
]
const SKINS: readonly Rgb[] = [
  [246, 215, 190],
  [238, 200, 170],
  [226, 184, 150],
  [214, 170, 136],
]
const HAIRS: readonly Rgb[] = [
  [34, 28, 28],
  [30, 26, 28],
  [52, 38, 32],
  [78, 56, 42],
  [110, 104, 102],
]
const CLOTHES: readonly Rgb[] = [
  [196, 40, 60],
  [40, 62, 110],
  [30, 120, 120],
  [120, 60, 110],
  [200, 150, 50],
  [90, 96, 110],
  [230, 230, 236],
]
const HAIR_STYLES = ['short', 'bob', 'bun', 'long'] as const

const shade = (color: Rgb, amount: number): Rgb => mix(color, [0, 0, 0], amount)

/** A portrait of a woman, head and shoulders, varied by `seed`. */
export function avatarPng(seed: number): Buffer {
  const random = seededRandom(seed * 7919 + 17)
  const [top, bottom] = pick(random, BACKGROUNDS)
  const skin = pick(random, SKINS)
  const hair = pick(random, HAIRS)
  const clothes = pick(random, CLOTHES)
  const style = pick(random, HAIR_STYLES)
  const canvas = new Canvas(AVATAR_SIZE, AVATAR_SIZE)
  canvas.gradient(top, bottom)
  canvas.fill(circle(120, 110, 92), [255, 255, 255], 0.25)
  if (style === 'long') canvas.fill(union(ellipse(120, 98, 50, 56), roundedRect(72, 100, 168, 196, 34)), hair)
  if (style === 'bob') canvas.fill(ellipse(120, 102, 50, 54), hair)
  if (style === 'bun') canvas.fill(circle(120, 46, 19), hair)
  canvas.fill(roundedRect(105, 126, 135, 178, 12), shade(skin, 0.12))
  canvas.fill(ellipse(120, 252, 100, 80), clothes)
  canvas.fill(ellipse(120, 172, 18, 15), shade(skin, 0.12))
  canvas.fill(circle(86, 214, 6), [214, 168, 60])
  canvas.fill(ellipse(82, 104, 6, 10), shade(skin, 0.05))
  canvas.fill(ellipse(158, 104, 6, 10), shade(skin, 0.05))
  canvas.fill(ellipse(120, 100, 38, 46), skin)
  const crown = union(above(ellipse(120, 92, 45, 50), 76), ellipse(106, 76, 30, 12), ellipse(142, 74, 18, 9))
  const sideLength = { short: 114, bob: 140, bun: 96, long: 146 }[style]
  const sides = subtract(above(ellipse(120, 100, 47, 54), sideLength), ellipse(120, 114, 34, 44))
  canvas.fill(union(crown, sides), hair)
  canvas.fill(ellipse(101, 116, 8, 5), [236, 140, 140], 0.25)
  canvas.fill(ellipse(139, 116, 8, 5), [236, 140, 140], 0.25)
  return canvas.toBuffer()
}

/** A fictional federation emblem: a plum blossom in a ring, on a red disc. */
export function emblemPng(): Buffer {
  const canvas = new Canvas(AVATAR_SIZE, AVATAR_SIZE)
  canvas.gradient([255, 255, 255], [255, 255, 255])
  const red: Rgb = [200, 16, 46]
  const white: Rgb = [255, 255, 255]
  canvas.fill(circle(120, 120, 112), red)
  canvas.fill(subtract(circle(120, 120, 100), circle(120, 120, 93)), white)
  for (let k = 0; k < 5; k++) {
    const angle = ((-90 + 72 * k) * Math.PI) / 180
    canvas.fill(circle(120 + 36 * Math.cos(angle), 120 + 36 * Math.sin(angle), 28), white)
  }
  canvas.fill(circle(120, 120, 20), [242, 193, 78])
  for (let k = 0; k < 5; k++) {
    const angle = ((-54 + 72 * k) * Math.PI) / 180
    canvas.fill(circle(120 + 12 * Math.cos(angle), 120 + 12 * Math.sin(angle), 3), red)
  }
  return canvas.toBuffer()
}

export const ACTIVITY_SCENES = ['meeting', 'outdoor', 'class'] as const
export type ActivityScene = (typeof ACTIVITY_SCENES)[number]

interface Figure {
  x: number
  /** where the shoulders meet the body */
  y: number
  scale: number
}

function drawFigure(canvas: Canvas, figure: Figure, random: () => number): void {
  const { x, y, scale: s } = figure
  canvas.fill(ellipse(x, y + 30 * s, 24 * s, 32 * s), pick(random, CLOTHES))
  canvas.fill(ellipse(x, y - 14 * s, 13 * s, 15 * s), pick(random, SKINS))
  canvas.fill(above(ellipse(x, y - 17 * s, 14.5 * s, 15 * s), y - 17 * s), pick(random, HAIRS))
}

function drawBanner(canvas: Canvas, x0: number, x1: number): void {
  canvas.fill(roundedRect(x0, 20, x1, 54, 4), [196, 28, 44])
  canvas.fill(roundedRect(x0 + 14, 34, x1 - 14, 40, 3), [246, 214, 120], 0.9)
}

/** An activity scene, 320×240: a meeting, an outdoor service day or a class. */
export function activityPng(scene: ActivityScene): Buffer {
  const random = seededRandom(ACTIVITY_SCENES.indexOf(scene) + 101)
  const canvas = new Canvas(320, 240)
  if (scene === 'outdoor') {
    canvas.gradient([168, 208, 240], [236, 244, 250])
    canvas.fill(circle(270, 40, 18), [255, 226, 130])
    canvas.fill(roundedRect(0, 160, 320, 240, 0), [134, 184, 110])
    for (const tx of [30, 292]) {
      canvas.fill(roundedRect(tx - 5, 120, tx + 5, 170, 3), [110, 80, 60])
      canvas.fill(circle(tx, 108, 28), [76, 140, 80])
    }
    for (const px of [72, 248]) canvas.fill(roundedRect(px - 2, 20, px + 2, 172, 2), [120, 120, 128])
    drawBanner(canvas, 70, 250)
  } else {
    canvas.gradient([250, 244, 232], [236, 226, 206])
    canvas.fill(roundedRect(0, 180, 320, 240, 0), [196, 170, 140])
    if (scene === 'class') canvas.fill(roundedRect(90, 64, 230, 130, 4), [52, 96, 76])
    else for (const wx of [16, 262]) canvas.fill(roundedRect(wx, 70, wx + 42, 130, 3), [200, 224, 240])
    drawBanner(canvas, 60, 260)
  }
  const count = scene === 'class' ? 5 : 6
  for (let i = 0; i < count; i++) {
    const x = 44 + (i * 232) / (count - 1)
    drawFigure(canvas, { x, y: scene === 'class' ? 196 : 170, scale: scene === 'class' ? 0.8 : 1 }, random)
  }
  if (scene === 'meeting') canvas.fill(roundedRect(20, 200, 300, 222, 4), [150, 104, 70])
  return canvas.toBuffer()
}
