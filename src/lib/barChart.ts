// A bar chart as an SVG string, drawn on the phone with no chart library: one bar per
// figure, its label under it, the figure written above it, the axes named in Chinese. A
// page shows it as an image (svgDataUrl) and writes the same figures as text beside it, for
// a screen reader and for large fonts. A protected 求助 count (少于5, —, a range) has no
// height to draw that would not give it away: it is drawn as a hatched outline, the same
// for every protected count, with its words above it.
import { chartColour } from './chartTheme'

export interface ChartBar {
  /** under the bar: 1季度, 3月, 家庭暴力 */
  label: string
  /** the height to draw; null for a protected count (drawn hatched, telling nothing) */
  value: number | null
  /** the figure written above the bar, as the page writes it */
  text: string
}

export interface BarChartSpec {
  /** the chart's title (the image's own title, read by a screen reader) */
  title: string
  bars: readonly ChartBar[]
  /** what the bars are, under them: 季度, 月份, 类别 */
  xAxis: string
  /** what is counted, over the left axis: 条, 个, 件 */
  yAxis: string
}

const WIDTH = 480
const PLOT = { left: 56, right: 468, top: 56, bottom: 240 }
const LABEL_GAP = 22

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' }
export const escapeXml = (text: string): string => text.replace(/[&<>"']/g, (char) => ESCAPES[char] ?? char)

const clamp = (value: number, low: number, high: number) => Math.max(low, Math.min(high, value))
const charCount = (text: string) => Math.max(1, Array.from(text).length)

/** The labels in one or two lines, in a size that fits a bar's slot. */
function labelLayout(labels: readonly string[], slot: number): { size: number; lines: string[][] } {
  const longest = Math.max(...labels.map(charCount))
  const oneLine = Math.floor((slot * 0.92) / longest)
  if (oneLine >= 13 || longest <= 2) return { size: clamp(oneLine, 10, 18), lines: labels.map((label) => [label]) }
  const perLine = Math.ceil(longest / 2)
  // halves as even as they come: 家庭/暴力, 婚姻家/庭纠纷
  const split = (label: string) => {
    const chars = Array.from(label)
    const half = Math.ceil(chars.length / 2)
    return chars.length <= 2 ? [label] : [chars.slice(0, half).join(''), chars.slice(half).join('')]
  }
  return { size: clamp(Math.floor((slot * 0.92) / perLine), 10, 18), lines: labels.map(split) }
}

interface TextLook {
  size: number
  colour: string
  anchor?: 'start' | 'middle' | 'end'
  kind?: string
  bold?: boolean
}

const text = (x: number, y: number, content: string, { size, colour, anchor = 'middle', kind, bold }: TextLook) =>
  `<text${kind ? ` class="${kind}"` : ''} x="${x}" y="${y}" font-size="${size}" fill="${colour}" text-anchor="${anchor}"${bold ? ' font-weight="bold"' : ''}>${escapeXml(content)}</text>`

function barOf(bar: ChartBar, x: number, width: number, max: number): string {
  const plotHeight = PLOT.bottom - PLOT.top
  const size = clamp(Math.floor((width * 1.5) / charCount(bar.text)), 10, 18)
  const centre = x + width / 2
  if (bar.value === null) {
    const shape = `<rect class="bar bar--protected" x="${x}" y="${PLOT.top}" width="${width}" height="${plotHeight}" fill="url(#hatch)" stroke="${chartColour('muted')}" stroke-dasharray="6 4"/>`
    return shape + text(centre, PLOT.top - 8, bar.text, { size, colour: chartColour('muted'), kind: 'bar-value', bold: true })
  }
  const height = max > 0 ? Math.round((bar.value / max) * plotHeight) : 0
  const top = PLOT.bottom - height
  return (
    `<rect class="bar" x="${x}" y="${top}" width="${width}" height="${height}" fill="${chartColour('bar')}"/>` +
    text(centre, top - 8, bar.text, { size, colour: chartColour('text'), kind: 'bar-value', bold: true })
  )
}

type LabelLayout = ReturnType<typeof labelLayout>

/** Where the labels end: under the last line of the longest label. */
const labelsBottom = ({ size, lines }: LabelLayout) => PLOT.bottom + LABEL_GAP + (Math.max(1, ...lines.map((rows) => rows.length)) - 1) * (size + 2)

function labelsOf({ size, lines }: LabelLayout, slot: number): string {
  return lines
    .map((rows, i) => {
      const centre = PLOT.left + slot * i + slot / 2
      const spans = rows.map((row, line) => `<tspan x="${centre}" dy="${line === 0 ? 0 : size + 2}">${escapeXml(row)}</tspan>`).join('')
      return `<text class="bar-label" x="${centre}" y="${PLOT.bottom + LABEL_GAP}" font-size="${size}" fill="${chartColour('text')}" text-anchor="middle">${spans}</text>`
    })
    .join('')
}

function axes(spec: BarChartSpec, max: number, xAxisAt: number): string {
  const grid = max > 0 ? `<line x1="${PLOT.left}" y1="${PLOT.top}" x2="${PLOT.right}" y2="${PLOT.top}" stroke="${chartColour('grid')}" stroke-width="2"/>` : ''
  const tick = { size: 14, colour: chartColour('muted'), anchor: 'end', kind: 'tick' } as const
  const ticks = text(PLOT.left - 10, PLOT.bottom + 5, '0', tick) + (max > 0 ? text(PLOT.left - 10, PLOT.top + 5, String(max), tick) : '')
  return (
    grid +
    `<line x1="${PLOT.left}" y1="${PLOT.top}" x2="${PLOT.left}" y2="${PLOT.bottom}" stroke="${chartColour('axis')}" stroke-width="2"/>` +
    `<line x1="${PLOT.left}" y1="${PLOT.bottom}" x2="${PLOT.right}" y2="${PLOT.bottom}" stroke="${chartColour('axis')}" stroke-width="2"/>` +
    ticks +
    text(PLOT.left - 44, 24, spec.yAxis, { size: 15, colour: chartColour('muted'), anchor: 'start', kind: 'axis-label' }) +
    text((PLOT.left + PLOT.right) / 2, xAxisAt, spec.xAxis, { size: 15, colour: chartColour('muted'), kind: 'axis-label' })
  )
}

/** The chart as an SVG document. */
export function barChartSvg(spec: BarChartSpec): string {
  const slot = (PLOT.right - PLOT.left) / Math.max(1, spec.bars.length)
  const width = Math.round(slot * 0.6)
  const max = Math.max(0, ...spec.bars.map((bar) => bar.value ?? 0))
  const hatch = `<pattern id="hatch" width="8" height="8" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="8" height="8" fill="${chartColour('background')}"/><line x1="0" y1="0" x2="0" y2="8" stroke="${chartColour('hatch')}" stroke-width="3"/></pattern>`
  const bars = spec.bars.map((bar, i) => barOf(bar, Math.round(PLOT.left + slot * i + (slot - width) / 2), width, max)).join('')
  const labels = labelLayout(
    spec.bars.map((bar) => bar.label),
    slot,
  )
  // the x axis's name under the labels, the picture ending just under it
  const xAxisAt = labelsBottom(labels) + 30
  const height = xAxisAt + 10
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${WIDTH} ${height}" width="${WIDTH}" height="${height}" font-family="sans-serif">` +
    `<title>${escapeXml(spec.title)}</title><defs>${hatch}</defs>` +
    `<rect width="${WIDTH}" height="${height}" fill="${chartColour('background')}"/>` +
    axes(spec, max, xAxisAt) +
    bars +
    labelsOf(labels, slot) +
    '</svg>'
  )
}

/** The SVG as an image's address. */
export const svgDataUrl = (svg: string): string => `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`
