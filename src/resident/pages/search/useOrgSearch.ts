// The search page's data: what she typed, and the federations whose names contain it
// (board.search). An empty box or a name the contract refuses is said under the box.
import { useState } from 'react'
import type { SearchOrgsOutput } from '../../../../types/board'
import type { ApiError } from '../../../api'
import { type CallState, useCall } from '../../../hooks/useCall'

export type SearchState =
  | { status: 'idle' }
  | { status: 'loading' }
  | { status: 'done'; name: string; orgs: SearchOrgsOutput['orgs'] }
  | { status: 'invalid'; message: string }
  | { status: 'error'; error: ApiError }

const EMPTY: SearchState = { status: 'invalid', message: '请先输入妇联名称中的几个字' }

function stateOf(name: string, answer: CallState<SearchOrgsOutput>): SearchState {
  if (answer.status === 'ready') return { status: 'done', name, orgs: answer.data.orgs }
  if (answer.status !== 'error' || answer.error.code !== 'INVALID_INPUT') return answer
  return { status: 'invalid', message: answer.error.issues[0]?.message ?? answer.error.message }
}

export function useOrgSearch() {
  const [query, setQuery] = useState('')
  /** the name searched for last; null before the first search and after an empty one */
  const [asked, setAsked] = useState<string | null>(null)
  const [empty, setEmpty] = useState(false)
  const search = useCall('board', 'search', asked === null ? null : { name: asked }, { pullDown: false })

  const submit = () => {
    const name = query.trim()
    setEmpty(name === '')
    if (name === '') setAsked(null)
    else if (name === asked) void search.reload()
    else setAsked(name)
  }

  const state: SearchState = empty ? EMPTY : asked === null ? { status: 'idle' } : stateOf(asked, search.state)
  return { query, setQuery, state, submit }
}
