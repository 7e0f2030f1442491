// The theme's colours for a chart drawn as an image. An SVG shown through <Image> is a
// separate document: the CSS variables of src/theme.css do not reach inside it, so the
// few colours a chart uses are copied here, each beside the variable it repeats. Change
// a colour in src/theme.css and here together (test/src/lib/chartTheme.test.ts compares them).

export type ChartColour = 'bar' | 'text' | 'muted' | 'axis' | 'grid' | 'hatch' | 'background'

/** Each chart colour: the theme variable it stands for and that variable's value in src/theme.css. */
export const CHART_THEME: Record<ChartColour, { variable: string; value: string }> = {
  bar: { variable: '--color-brand', value: '#b3203b' },
  text: { variable: '--color-text', value: '#1f1a1c' },
  muted: { variable: '--color-text-muted', value: '#57494d' },
  axis: { variable: '--color-border-input', value: '#d8c7c2' },
  grid: { variable: '--color-divider', value: '#f1e8e5' },
  hatch: { variable: '--color-star-off', value: '#c9b8bc' },
  background: { variable: '--color-surface', value: '#ffffff' },
}

export const chartColour = (colour: ChartColour): string => CHART_THEME[colour].value
