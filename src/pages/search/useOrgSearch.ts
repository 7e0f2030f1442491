// The search page's data: what she typed, and the federations whose names contain it
// (board.search).
import { useCallback, useState } from 'react'
import type { SearchOrgsOutput } from '../../../types/board'
import { type ApiError, asApiError, call } from '../../api'

export type SearchState =
  | { status: 'idle' }
  | { status: 'loading' }
  | { status: 'done'; name: string; orgs: SearchOrgsOutput['orgs'] }
  | { status: 'invalid'; message: string }
  | { status: 'error'; error: ApiError }

export function useOrgSearch() {
  const [query, setQuery] = useState('')
  const [state, setState] = useState<SearchState>({ status: 'idle' })

  const search = useCallback(async (text: string) => {
    const name = text.trim()
    if (name === '') {
      setState({ status: 'invalid', message: '请先输入妇联名称中的几个字' })
      return
    }
    setState({ status: 'loading' })
    try {
      const { orgs } = await call('board', 'search', { name })
      setState({ status: 'done', name, orgs })
    } catch (error) {
      const apiError = asApiError(error)
      if (apiError.code === 'INVALID_INPUT') setState({ status: 'invalid', message: apiError.issues[0]?.message ?? apiError.message })
      else setState({ status: 'error', error: apiError })
    }
  }, [])

  return { query, setQuery, state, submit: () => void search(query) }
}
