// What the search found: tappable federations, or a clear empty / error state.
import { Text, View } from '@tarojs/components'
import { StateView } from '../../../../components/StateView'
import { orgLevelTag } from '../../../../lib/labels'
import { boardUrl, openPage } from '../../../../lib/routes'
import type { SearchState } from '../useOrgSearch'
import './SearchResults.css'

export interface SearchResultsProps {
  state: SearchState
  onRetry: () => void
}

export function SearchResults({ state, onRetry }: SearchResultsProps) {
  if (state.status === 'loading') return <StateView kind='loading' title='正在搜索…' />
  if (state.status === 'error') {
    return <StateView kind='error' title='没有搜索成功' detail={state.error.message} actionText='再试一次' onAction={onRetry} />
  }
  if (state.status !== 'done') {
    return <Text className='search-results__tip'>小提示：输入名称里的两三个字就可以，比如“幸福”“柳溪村”。</Text>
  }
  if (state.orgs.length === 0) {
    return <StateView kind='empty' title={`没有找到名称含有「${state.name}」的妇联`} detail='换几个字试试，比如只输入村或社区的名字，不带“妇联”二字。' />
  }
  return (
    <View className='search-results'>
      <Text className='search-results__count'>找到 {state.orgs.length} 个妇联组织</Text>
      {state.orgs.map((org) => (
        <View key={org.code} className='search-result' hoverClass='search-result--pressed' onClick={() => openPage(boardUrl(org.code))}>
          <View className='search-result__text'>
            <Text className='search-result__name'>{org.name}</Text>
            <Text className='search-result__meta'>
              {orgLevelTag(org.level)}
              {org.parentName ? ` · 隶属${org.parentName}` : ''}
            </Text>
          </View>
          <Text className='search-result__arrow'>›</Text>
        </View>
      ))}
    </View>
  )
}
