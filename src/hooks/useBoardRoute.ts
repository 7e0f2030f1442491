// The board a page was opened for, from its `scene` / `code` query: loads it, sends
// her to the search page when the code is missing, malformed or unknown, and
// reloads on pull-down.
import { useEffect, useMemo } from 'react'
import Taro, { usePullDownRefresh } from '@tarojs/taro'
import { readOrgCode } from '../lib/params'
import { replacePage, searchUrl } from '../lib/routes'
import { type BoardCopyMark, type BoardState, useBoard } from './useBoard'
import { usePageParams } from './usePageParams'

export interface BoardRoute {
  code: string | null
  state: BoardState
  /** set while the board shown is the phone's copy (no or slow network) */
  copy: BoardCopyMark | null
  reload: () => Promise<void>
  /** the page is leaving for the search page: show nothing but a spinner */
  redirecting: boolean
}

const SEARCHABLE_ERRORS = { NOT_FOUND: 'not-found', INVALID_INPUT: 'invalid' } as const

export function useBoardRoute(): BoardRoute {
  const params = usePageParams()
  const codeParam = useMemo(() => readOrgCode(params), [params])
  const code = codeParam.ok ? codeParam.code : null
  const { state, copy, reload } = useBoard(code)
  const searchReason = state.status === 'error' && state.error.code in SEARCHABLE_ERRORS ? SEARCHABLE_ERRORS[state.error.code as keyof typeof SEARCHABLE_ERRORS] : null

  useEffect(() => {
    if (!codeParam.ok) replacePage(searchUrl(codeParam.reason, codeParam.raw))
    else if (searchReason) replacePage(searchUrl(searchReason, codeParam.code))
  }, [codeParam, searchReason])

  usePullDownRefresh(() => {
    void reload().finally(() => Taro.stopPullDownRefresh())
  })

  return { code, state, copy, reload, redirecting: !codeParam.ok || searchReason !== null }
}
