import { barChartSvg, escapeXml, svgDataUrl } from '../../../src/lib/barChart'
import { CHART_THEME } from '../../../src/lib/chartTheme'
import { REQUEST_CATEGORY_LABEL } from '../../../types/requestModel'

const quarters = { title: '2026年各季度履职记录', xAxis: '季度', yAxis: '条', bars: [3, 0, 6, 1].map((n, i) => ({ label: `${i + 1}季度`, value: n, text: String(n) })) }

/** The attributes of each element `tag` with `kind` in its class, in document order. */
function elements(svg: string, tag: string, kind: string): Record<string, string>[] {
  const found = [...svg.matchAll(new RegExp(`<${tag} class="${kind}"([^>]*)>`, 'g'))]
  return found.map((match) => Object.fromEntries([...match[1]!.matchAll(/([\w-]+)="([^"]*)"/g)].map((attr) => [attr[1]!, attr[2]!])))
}
const texts = (svg: string, kind: string) => [...svg.matchAll(new RegExp(`<text class="${kind}"[^>]*>(.*?)</text>`, 'g'))].map((m) => m[1]!.replace(/<[^>]+>/g, ''))

test('one bar per figure, as tall as its share of the largest, its figure above and its label under it', () => {
  const svg = barChartSvg(quarters)
  expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true)
  const bars = elements(svg, 'rect', 'bar')
  expect(bars).toHaveLength(4)
  const heights = bars.map((bar) => Number(bar.height))
  expect(heights[2]).toBeGreaterThan(0)
  expect(heights[0]! / heights[2]!).toBeCloseTo(0.5, 1)
  expect(heights[1]).toBe(0)
  // left to right in the given order, each figure's top sits on the same baseline
  const xs = bars.map((bar) => Number(bar.x))
  expect([...xs].sort((a, b) => a - b)).toEqual(xs)
  expect(new Set(bars.map((bar) => Number(bar.y) + Number(bar.height))).size).toBe(1)
  expect(texts(svg, 'bar-value')).toEqual(['3', '0', '6', '1'])
  expect(texts(svg, 'bar-label')).toEqual(['1季度', '2季度', '3季度', '4季度'])
  expect(texts(svg, 'axis-label')).toEqual(['条', '季度'])
  expect(texts(svg, 'tick')).toEqual(['0', '6'])
  expect(svg).toContain('<title>2026年各季度履职记录</title>')
  expect(svg).toContain(`fill="${CHART_THEME.bar.value}"`)
})

test('a protected count is drawn hatched at one height whatever it stands for, with its words above it', () => {
  const svg = barChartSvg({
    title: '求助类别',
    xAxis: '类别',
    yAxis: '件',
    bars: [
      { label: '家庭暴力', value: null, text: '少于5' },
      { label: '法律咨询', value: 8, text: '8' },
      { label: '其他', value: null, text: '5–9' },
    ],
  })
  const protectedBars = elements(svg, 'rect', 'bar bar--protected')
  expect(protectedBars).toHaveLength(2)
  expect(protectedBars[0]!.height).toBe(protectedBars[1]!.height)
  expect(protectedBars[0]!.y).toBe(protectedBars[1]!.y)
  expect(protectedBars.every((bar) => bar.fill === 'url(#hatch)')).toBe(true)
  expect(elements(svg, 'rect', 'bar')).toHaveLength(1)
  expect(texts(svg, 'bar-value')).toEqual(['少于5', '8', '5–9'])
  // the scale is the exact figures': the largest exact one reaches the top tick
  expect(texts(svg, 'tick')).toEqual(['0', '8'])
})

test('the eight 求助 categories’ names wrap onto two even lines instead of shrinking out of reading', () => {
  const labels = Object.values(REQUEST_CATEGORY_LABEL)
  const svg = barChartSvg({ title: 't', xAxis: '类别', yAxis: '件', bars: labels.map((label, i) => ({ label, value: i, text: String(i) })) })
  const size = Number(svg.match(/<text class="bar-label"[^>]*font-size="(\d+)"/)![1])
  expect(size).toBeGreaterThanOrEqual(13)
  const lines = [...svg.matchAll(/<text class="bar-label"[^>]*>(.*?)<\/text>/g)].map((label) => [...label[1]!.matchAll(/<tspan[^>]*>(.*?)<\/tspan>/g)].map((m) => m[1]))
  expect(lines.slice(0, 2)).toEqual([
    ['家庭', '暴力'],
    ['婚姻家', '庭纠纷'],
  ])
  expect(lines[7]).toEqual(['其他'])
  // the picture grows by the second line, and ends just under the x axis's name
  const heightOf = (chart: string) => Number(chart.match(/viewBox="0 0 480 (\d+)"/)![1])
  expect(heightOf(svg)).toBeGreaterThan(heightOf(barChartSvg(quarters)))
  const axisName = svg.match(/<text class="axis-label" x="262" y="(\d+)"/)!
  expect(heightOf(svg) - Number(axisName[1])).toBe(10)
})

test('text is escaped: a name with markup in it stays text', () => {
  expect(escapeXml(`<a href="x">&'`)).toBe('&lt;a href=&quot;x&quot;&gt;&amp;&apos;')
  const svg = barChartSvg({ title: '</title><script>alert(1)</script>', xAxis: 'A&B', yAxis: '"件"', bars: [{ label: '<b>甲</b>', value: 1, text: '1' }] })
  expect(svg).not.toContain('<script>')
  expect(svg).not.toContain('<b>')
  expect(svg).toContain('&lt;/title&gt;&lt;script&gt;alert(1)&lt;/script&gt;')
  expect(texts(svg, 'bar-label')).toEqual(['&lt;b&gt;甲&lt;/b&gt;'])
  expect(texts(svg, 'axis-label')).toEqual(['&quot;件&quot;', 'A&amp;B'])
})

test('no figures: axes and no bar, nothing divided by zero', () => {
  const svg = barChartSvg({ title: '空', xAxis: '月份', yAxis: '件', bars: [] })
  expect(elements(svg, 'rect', 'bar')).toHaveLength(0)
  expect(svg).not.toMatch(/NaN|Infinity/)
  const zeros = barChartSvg({ ...quarters, bars: quarters.bars.map((bar) => ({ ...bar, value: 0, text: '0' })) })
  expect(zeros).not.toMatch(/NaN|Infinity/)
  expect(texts(zeros, 'tick')).toEqual(['0'])
})

test('as an image address, the whole SVG encoded', () => {
  const svg = barChartSvg(quarters)
  const url = svgDataUrl(svg)
  expect(url.startsWith('data:image/svg+xml;charset=utf-8,')).toBe(true)
  expect(decodeURIComponent(url.slice('data:image/svg+xml;charset=utf-8,'.length))).toBe(svg)
})
