// The paper the poster is laid on. In H5 a sheet of exactly A4 or A3 (in mm), shown
// scaled to the phone and printed at full size; in WeChat the screen's width.
import type { ReactNode, RefObject } from 'react'
import Taro from '@tarojs/taro'
import { View } from '@tarojs/components'
import { PAPER, type PaperSize, sheetPx } from '../printLayout'

export interface PosterFrameProps {
  size: PaperSize
  scale: number
  /** set once the images are in and the type fits: the page may be printed */
  ready: boolean
  sheetRef: RefObject<HTMLDivElement>
  children: ReactNode
}

export function PosterFrame({ size, scale, ready, sheetRef, children }: PosterFrameProps) {
  if (process.env.TARO_ENV === 'h5') {
    const px = sheetPx(size)
    return (
      <div className='poster-preview' style={{ width: `${px.width * scale}px`, height: `${px.height * scale}px` }}>
        <div
          ref={sheetRef}
          className={`poster-sheet poster-sheet--${size}`}
          data-ready={ready ? 'true' : 'false'}
          style={{ width: `${PAPER[size].widthMm}mm`, height: `${PAPER[size].heightMm}mm`, transform: `scale(${scale})` }}
        >
          {children}
        </div>
      </div>
    )
  }
  const fontPx = Taro.getWindowInfo().windowWidth / (PAPER[size].widthMm / (PAPER[size].basePt * 0.3528))
  return (
    <View className={`poster-sheet poster-sheet--${size}`} style={{ fontSize: `${fontPx}px` }}>
      {children}
    </View>
  )
}
