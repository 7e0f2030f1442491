// Printing 一本记录 from a browser: A4 portrait with a margin, as an @page rule while this page
// shows (lib/pageRule.ts). H5 only: the mini-program shows the book and has no document.
import { usePageRule } from '../../lib/pageRule'

export const usePrintPage = (): void => usePageRule('size: A4 portrait; margin: 14mm 12mm;')
