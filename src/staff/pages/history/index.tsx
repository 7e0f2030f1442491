// 变更记录: who changed what and when, with the values before and after — read from the
// append-only audit log. Refused attempts are shown only when she ticks 显示被拒绝的操作.
import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import type { HistoryEntry } from '../../../../types/org'
import { ActionButton } from '../../../components/ActionButton'
import { CheckBox } from '../../../components/CheckBox'
import { StateView } from '../../../components/StateView'
import { usePageParams } from '../../../hooks/usePageParams'
import { beijingDateTime } from '../../../lib/dates'
import { readParam } from '../../../lib/params'
import { changeLines } from './changeText'
import { useHistory } from './useHistory'
import './index.css'

function Entry({ entry }: { entry: HistoryEntry }) {
  return (
    <View className={`history-entry history-entry--${entry.outcome}`}>
      <View className='history-entry__head'>
        <Text className='history-entry__who'>{entry.actorName}</Text>
        <Text className='history-entry__at'>{beijingDateTime(entry.at)}</Text>
      </View>
      <Text className='history-entry__summary'>
        {entry.outcome === 'refused' ? '【被拒绝】' : entry.outcome === 'read' ? '【查看】' : ''}
        {entry.summary}
      </Text>
      {changeLines(entry).map((line) => (
        <Text key={line.field} className='history-change'>
          {line.text}
        </Text>
      ))}
    </View>
  )
}

export default function HistoryPage() {
  const orgId = readParam(usePageParams(), 'orgId')
  const [includeRefusals, setIncludeRefusals] = useState(false)
  const history = useHistory(orgId, includeRefusals)
  const { items: entries, error, hasMore } = history
  const shown = entries ?? []
  const failed = history.moreError ?? (shown.length > 0 ? error : null)
  return (
    <View className='page staff-page history-page'>
      <CheckBox className='history-page__refusals' checked={includeRefusals} onToggle={() => setIncludeRefusals((on) => !on)} text='显示被拒绝的操作' />
      {!entries && !error ? <StateView kind='loading' title='正在读取变更记录…' /> : null}
      {error && shown.length === 0 ? <StateView kind='error' title='没有读到变更记录' detail={error.message} actionText='重试' onAction={() => void history.reload()} /> : null}
      {entries?.length === 0 && !error ? <StateView kind='empty' title='还没有变更记录' /> : null}
      {shown.map((entry) => (
        <Entry key={entry.id} entry={entry} />
      ))}
      {shown.length > 0 && hasMore ? (
        <View className='history-page__more'>
          <ActionButton variant='plain' text={history.loadingMore ? '正在读取…' : failed ? '读取失败，点此重试' : '更早的记录'} onClick={() => void history.loadMore()} />
        </View>
      ) : null}
      {shown.length > 0 && !hasMore ? <Text className='history-page__end'>没有更早的记录了</Text> : null}
    </View>
  )
}
