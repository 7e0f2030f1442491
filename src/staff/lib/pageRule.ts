// Printing from a browser: the page's @page rule (paper size and margin) while the page shows,
// in one style element shared by every printable page, so one rule holds at a time and the
// browser's print dialog and page.pdf follow it. H5 only: the mini-program has no document.
import { useEffect } from 'react'
import { useDidShow } from '@tarojs/taro'

const STYLE_ID = 'print-page-rule'

/** Sets `@page { <rule> }` while the page shows (again each time it comes back into view). */
export function usePageRule(rule: string): void {
  const apply = () => {
    if (process.env.TARO_ENV === 'h5') {
      let style = document.getElementById(STYLE_ID)
      if (!style) {
        style = document.createElement('style')
        style.id = STYLE_ID
        document.head.appendChild(style)
      }
      style.textContent = `@page { ${rule} }`
    }
  }
  useDidShow(apply)
  useEffect(apply, [rule])
}
