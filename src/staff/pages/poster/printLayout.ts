// Printing the poster from a browser: the paper size as an @page rule, the type sized
// so that everything fits ONE page and fills it to its foot (grown for a few members,
// shrunk for many: no blank quarter), and the on-screen preview scaled down to the
// phone's width. H5 only, each inside a TARO_ENV === 'h5' branch: the mini-program shows
// the preview and has no document or window.
import { useEffect, useState } from 'react'
import { usePageRule } from '../../lib/pageRule'

export type PaperSize = 'A4' | 'A3'

/**
 * `basePt`: the type size of the mini-program's preview; `maxPt`: the largest the printed
 * page grows it to. A3 is the large-print poster: its own layout (index.css) on the larger
 * sheet, for a wall read from further away.
 */
export const PAPER: Record<PaperSize, { widthMm: number; heightMm: number; basePt: number; maxPt: number }> = {
  A4: { widthMm: 210, heightMm: 297, basePt: 10.5, maxPt: 18 },
  A3: { widthMm: 297, heightMm: 420, basePt: 14.8, maxPt: 26 },
}

const PX_PER_MM = 96 / 25.4
const MIN_PT = 4

/** `@page { size: A4 portrait }` while this poster shows: the browser's print dialog and page.pdf follow it. */
export const usePageSizeRule = (size: PaperSize): void => usePageRule(`size: ${size} portrait; margin: 0;`)

/**
 * The largest type size (pt, at most `maxPt`) at which the content fits the sheet,
 * found by halving the interval: a few layouts, and the page is used to its foot.
 */
export function fitToSheet(sheet: HTMLElement, content: HTMLElement, maxPt: number): number {
  const fits = (pt: number) => {
    content.style.fontSize = `${pt}pt`
    return content.scrollHeight <= sheet.clientHeight
  }
  if (fits(maxPt)) return maxPt
  let low = MIN_PT
  let high = maxPt
  for (let step = 0; step < 14; step++) {
    const middle = (low + high) / 2
    if (fits(middle)) low = middle
    else high = middle
  }
  fits(low)
  return low
}

const previewScale = (size: PaperSize): number => (process.env.TARO_ENV === 'h5' ? Math.min(1, (window.innerWidth - 16) / (PAPER[size].widthMm * PX_PER_MM)) : 1)

/** The factor that shows the whole sheet across the screen's width. */
export function usePreviewScale(size: PaperSize): number {
  const [scale, setScale] = useState(() => previewScale(size))
  useEffect(() => {
    if (process.env.TARO_ENV === 'h5') {
      const onResize = () => setScale(previewScale(size))
      onResize()
      window.addEventListener('resize', onResize)
      return () => window.removeEventListener('resize', onResize)
    }
  }, [size])
  return scale
}

export const sheetPx = (size: PaperSize) => ({ width: PAPER[size].widthMm * PX_PER_MM, height: PAPER[size].heightMm * PX_PER_MM })
