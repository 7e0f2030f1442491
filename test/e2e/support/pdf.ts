// Reading a printed PDF the way a person would check it: how many pages, what size,
// what text it carries, and a PNG of it to look at (poppler-utils).
import { execFileSync } from 'node:child_process'

export interface PdfFacts {
  pages: number
  /** page size in PostScript points, e.g. 595 × 842 for A4 */
  widthPt: number
  heightPt: number
}

export function pdfFacts(file: string): PdfFacts {
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' })
  const pages = Number(/^Pages:\s+(\d+)/m.exec(info)?.[1] ?? NaN)
  const size = /^Page size:\s+([\d.]+) x ([\d.]+) pts/m.exec(info)
  return { pages, widthPt: Number(size?.[1] ?? NaN), heightPt: Number(size?.[2] ?? NaN) }
}

/** The PDF's text with all whitespace removed, so a name split across lines still matches. */
export function pdfText(file: string): string {
  return execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, '')
}

/** Renders the first page as `<pngBase>.png`; returns its path. */
export function pdfToPng(file: string, pngBase: string, dpi = 80): string {
  execFileSync('pdftoppm', ['-png', '-r', String(dpi), '-singlefile', file, pngBase])
  return `${pngBase}.png`
}
