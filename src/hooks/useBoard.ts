// A page's view of one board: from the session cache when it is fresh, otherwise
// with board.get. `reload` always asks the back end (pull-to-refresh, retry).
import { useCallback, useEffect, useRef, useState } from 'react'
import Taro, { useDidShow } from '@tarojs/taro'
import type { GetBoardOutput } from '../../types/board'
import { asApiError, call } from '../api'
import { cachedBoard, rememberBoard } from '../lib/boardCache'
import type { CallState } from './useCall'

export type BoardState = CallState<GetBoardOutput>

export interface UseBoard {
  state: BoardState
  reload: () => Promise<void>
}

function initialState(code: string | null): BoardState {
  const board = code ? cachedBoard(code) : null
  return board ? { status: 'ready', data: board } : { status: 'loading' }
}

export function useBoard(code: string | null): UseBoard {
  const [state, setState] = useState<BoardState>(() => initialState(code))
  const hasBoard = useRef(state.status === 'ready')
  /** the code the page shows now: answers for an earlier code are dropped */
  const currentCode = useRef(code)
  const alive = useRef(true)
  useEffect(() => () => void (alive.current = false), [])

  const fetchBoard = useCallback(async () => {
    if (!code) return
    try {
      const board = await call('board', 'get', { code })
      rememberBoard(code, board)
      if (!alive.current || currentCode.current !== code) return
      hasBoard.current = true
      setState({ status: 'ready', data: board })
    } catch (error) {
      if (!alive.current || currentCode.current !== code) return
      if (hasBoard.current) void Taro.showToast({ title: '刷新失败，请稍后再试', icon: 'none' })
      else setState({ status: 'error', error: asApiError(error) })
    }
  }, [code])

  useEffect(() => {
    if (currentCode.current !== code) {
      // The same page now shows another board (H5: a new link opened in this tab).
      currentCode.current = code
      const next = initialState(code)
      hasBoard.current = next.status === 'ready'
      setState(next)
    }
    if (code && !cachedBoard(code)) void fetchBoard()
  }, [code, fetchBoard])

  // Shown again (back from the console or a sub-page): take a newer copy someone cached meanwhile.
  useDidShow(() => {
    const newer = code ? cachedBoard(code) : null
    if (newer && currentCode.current === code) {
      hasBoard.current = true
      setState((previous) => (previous.status === 'ready' && previous.data === newer ? previous : { status: 'ready', data: newer }))
    }
  })

  const reload = useCallback(async () => {
    if (!hasBoard.current) setState({ status: 'loading' })
    await fetchBoard()
  }, [fetchBoard])

  return { state, reload }
}
