// A page's view of one board: from the session cache when it is fresh, otherwise with
// board.get. When the network has not answered in a few seconds, or cannot, the phone's
// last copy is shown, marked with its time, and replaced as soon as the answer comes.
// `reload` always asks the back end (pull-to-refresh, retry).
import { useCallback, useEffect, useRef, useState } from 'react'
import Taro, { useDidShow } from '@tarojs/taro'
import type { GetBoardOutput } from '../../types/board'
import { asApiError, call } from '../api'
import { cachedBoard, forgetBoard, rememberBoard, savedBoard } from '../lib/boardCache'
import type { CallState } from './useCall'

export type BoardState = CallState<GetBoardOutput>

/** The board shown is the phone's copy, not an answer of the back end. */
export interface BoardCopyMark {
  /** when the back end made the copy */
  asOf: string
  /** still asking for a newer one (slow network), or not reached (no network) */
  updating: boolean
}

export interface UseBoard {
  state: BoardState
  /** set while the board shown is the phone's copy */
  copy: BoardCopyMark | null
  reload: () => Promise<void>
}

interface View {
  state: BoardState
  copy: BoardCopyMark | null
}

/** How long she waits for the network before the copy is shown ("slow"). */
export const SLOW_BOARD_MS = 3000

/** Refusals that mean the board is not there to show: a copy would mislead. */
const GONE = new Set(['NOT_FOUND', 'INVALID_INPUT'])

function initialView(code: string | null): View {
  const board = code ? cachedBoard(code) : null
  return { state: board ? { status: 'ready', data: board } : { status: 'loading' }, copy: null }
}

const copyView = (board: GetBoardOutput, updating: boolean): View => ({ state: { status: 'ready', data: board }, copy: { asOf: board.asOf, updating } })

export function useBoard(code: string | null): UseBoard {
  const [view, setView] = useState<View>(() => initialView(code))
  /** what is on screen: nothing yet, the phone's copy, or the back end's answer */
  const shown = useRef<'none' | 'copy' | 'answer'>(view.state.status === 'ready' ? 'answer' : 'none')
  /** the code the page shows now: answers for an earlier code are dropped */
  const currentCode = useRef(code)
  const alive = useRef(true)
  useEffect(() => () => void (alive.current = false), [])

  const showCopy = useCallback((board: GetBoardOutput | null, updating: boolean): boolean => {
    if (!board || shown.current === 'answer') return false
    shown.current = 'copy'
    setView(copyView(board, updating))
    return true
  }, [])

  const fetchBoard = useCallback(async () => {
    if (!code) return
    const asked = () => alive.current && currentCode.current === code
    const slow = setTimeout(() => void (asked() && shown.current === 'none' && showCopy(savedBoard(code), true)), SLOW_BOARD_MS)
    try {
      const board = await call('board', 'get', { code })
      rememberBoard(code, board)
      if (!asked()) return
      shown.current = 'answer'
      setView({ state: { status: 'ready', data: board }, copy: null })
    } catch (caught) {
      const error = asApiError(caught)
      if (GONE.has(error.code)) forgetBoard(code)
      if (!asked()) return
      const gone = GONE.has(error.code) && shown.current !== 'answer'
      if (gone || (shown.current === 'none' && !showCopy(savedBoard(code), false))) {
        shown.current = 'none'
        setView({ state: { status: 'error', error }, copy: null })
      } else if (shown.current === 'copy') setView((previous) => (previous.copy ? { ...previous, copy: { ...previous.copy, updating: false } } : previous))
      else if (shown.current === 'answer') void Taro.showToast({ title: '刷新失败，请稍后再试', icon: 'none' })
    } finally {
      clearTimeout(slow)
    }
  }, [code, showCopy])

  useEffect(() => {
    if (currentCode.current !== code) {
      // The same page now shows another board (H5: a new link opened in this tab).
      currentCode.current = code
      const next = initialView(code)
      shown.current = next.state.status === 'ready' ? 'answer' : 'none'
      setView(next)
    }
    if (code && !cachedBoard(code)) void fetchBoard()
  }, [code, fetchBoard])

  // Shown again (back from the console or a sub-page): take a newer copy someone cached meanwhile.
  useDidShow(() => {
    const newer = code ? cachedBoard(code) : null
    if (newer && currentCode.current === code) {
      shown.current = 'answer'
      setView((previous) => (previous.state.status === 'ready' && previous.state.data === newer ? previous : { state: { status: 'ready', data: newer }, copy: null }))
    }
  })

  const reload = useCallback(async () => {
    if (shown.current === 'none') setView({ state: { status: 'loading' }, copy: null })
    if (shown.current === 'copy') setView((previous) => (previous.copy ? { ...previous, copy: { ...previous.copy, updating: true } } : previous))
    await fetchBoard()
  }, [fetchBoard])

  return { state: view.state, copy: view.copy, reload }
}
