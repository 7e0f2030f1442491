// 亮牌海报 (staff/pages/poster/index?orgId=…&size=A4|A3): one printed page per size,
// generated from board.get — the same data as the board — plus the org's QR code.
import { type RefObject, useEffect, useRef, useState } from 'react'
import { Text, View } from '@tarojs/components'
import { StateView } from '../../../components/StateView'
import { usePageParams } from '../../../hooks/usePageParams'
import { readParam } from '../../../lib/params'
import { replacePage } from '../../../lib/routes'
import { posterUrl } from '../../../lib/staffRoutes'
import { PosterFrame } from './components/PosterFrame'
import { posterImageCount, PosterSheet } from './components/PosterSheet'
import { fitToSheet, PAPER, type PaperSize, usePageSizeRule, usePreviewScale } from './printLayout'
import { usePosterData } from './usePosterData'
import './index.css'

/** Print anyway when an image neither loads nor fails in this time. */
const IMAGE_WAIT_MS = 10_000

function Toolbar({ orgId, size }: { orgId: string; size: PaperSize }) {
  const other: PaperSize = size === 'A4' ? 'A3' : 'A4'
  return (
    <View className='poster-toolbar'>
      <Text className='poster-toolbar__note'>
        {process.env.TARO_ENV === 'h5' ? `${size} 纵向，一页打印。打印时请选择“无边距”或默认边距均可。` : '手机上可预览海报；打印请在电脑上打开工作台网页版。'}
      </Text>
      <View className='poster-toolbar__actions'>
        {process.env.TARO_ENV === 'h5' ? (
          <Text className='poster-print-button' onClick={() => window.print()}>
            打印 / 存为 PDF
          </Text>
        ) : null}
        <Text className='poster-size-switch' onClick={() => replacePage(posterUrl(orgId, other))}>
          改为 {other}
        </Text>
      </View>
    </View>
  )
}

function usePrintReady(imageCount: number | null, size: PaperSize, sheetRef: RefObject<HTMLDivElement>) {
  const [settled, setSettled] = useState(0)
  const [timedOut, setTimedOut] = useState(false)
  const [fitted, setFitted] = useState(false)
  useEffect(() => {
    const timer = setTimeout(() => setTimedOut(true), IMAGE_WAIT_MS)
    return () => clearTimeout(timer)
  }, [])
  const imagesIn = imageCount !== null && (settled >= imageCount || timedOut)
  useEffect(() => {
    if (process.env.TARO_ENV === 'h5' && imagesIn) {
      const sheet = sheetRef.current
      const content = sheet?.firstElementChild
      if (sheet && content instanceof HTMLElement) fitToSheet(sheet, content, PAPER[size].maxPt)
    }
    setFitted(imagesIn)
  }, [imagesIn, size, sheetRef])
  return { ready: fitted, onImageSettled: () => setSettled((count) => count + 1) }
}

export default function PosterPage() {
  const params = usePageParams()
  const orgId = readParam(params, 'orgId')
  const size: PaperSize = readParam(params, 'size') === 'A3' ? 'A3' : 'A4'
  const { state, reload } = usePosterData(orgId)
  const sheetRef = useRef<HTMLDivElement>(null)
  const scale = usePreviewScale(size)
  const { ready, onImageSettled } = usePrintReady(state.status === 'ready' ? posterImageCount(state.data.board) : null, size, sheetRef)
  usePageSizeRule(size)
  return (
    <View className={`page poster-page poster-page--${size}`}>
      <Toolbar orgId={orgId} size={size} />
      {state.status === 'loading' ? <StateView kind='loading' title='正在生成海报…' /> : null}
      {state.status === 'error' ? <StateView kind='error' title='海报没有生成' detail={state.error.message} actionText='重试' onAction={() => void reload()} /> : null}
      {state.status === 'ready' ? (
        <PosterFrame size={size} scale={scale} ready={ready} sheetRef={sheetRef}>
          <PosterSheet data={state.data.board} qrcode={state.data.qrcode} onImageSettled={onImageSettled} />
        </PosterFrame>
      ) : null}
    </View>
  )
}
