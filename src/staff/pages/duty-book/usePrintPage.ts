// Printing 一本记录 from a browser: A4 portrait with a margin, as an @page rule while this page
// shows (the same style element the poster sets its own paper in, so one rule holds at a time).
// H5 only: the mini-program shows the book and has no document.
import { useEffect } from 'react'
import { useDidShow } from '@tarojs/taro'

const STYLE_ID = 'poster-page-size'

export function usePrintPage(): void {
  const apply = () => {
    if (process.env.TARO_ENV === 'h5') {
      let style = document.getElementById(STYLE_ID)
      if (!style) {
        style = document.createElement('style')
        style.id = STYLE_ID
        document.head.appendChild(style)
      }
      style.textContent = '@page { size: A4 portrait; margin: 14mm 12mm; }'
    }
  }
  useDidShow(apply)
  useEffect(apply, [])
}
