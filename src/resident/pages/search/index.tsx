// The fallback page: why the board did not open (no code in the QR code, a bad or
// unknown code), and a search for her federation by name. Never blank.
import { useMemo } from 'react'
import { Text, View } from '@tarojs/components'
import { readParam } from '../../../lib/params'
import { readRecentBoard } from '../../../lib/recentBoard'
import { boardUrl, openPage } from '../../../lib/routes'
import { ReasonNotice } from './components/ReasonNotice'
import { SearchBox } from './components/SearchBox'
import { SearchResults } from './components/SearchResults'
import { useOrgSearch } from './useOrgSearch'
import { usePageParams } from '../../../hooks/usePageParams'
import './index.css'

export default function SearchPage() {
  const params = usePageParams()
  const reason = readParam(params, 'reason')
  const code = readParam(params, 'code')
  const recent = useMemo(() => readRecentBoard(), [])
  const { query, setQuery, state, submit } = useOrgSearch()
  return (
    <View className='page search-page'>
      <ReasonNotice reason={reason} code={code} />
      <SearchBox query={query} onChange={setQuery} onSubmit={submit} invalidMessage={state.status === 'invalid' ? state.message : undefined} />
      {recent && recent.code !== code ? (
        <View className='search-recent' hoverClass='search-recent--pressed' onClick={() => openPage(boardUrl(recent.code))}>
          <Text className='search-recent__label'>最近看过</Text>
          <Text className='search-recent__name'>{recent.name}</Text>
        </View>
      ) : null}
      <SearchResults state={state} onRetry={submit} />
    </View>
  )
}
