// The 执委会 tile's note on the console: the date of the last 执委会 recorded, or that none has
// been, and how many are called and not yet recorded — read as the menu appears and again
// whenever the console shows (back from calling or recording one).
import { useDidShow } from '@tarojs/taro'
import { useCall } from '../../hooks/useCall'
import { beijingDate } from '../../lib/dates'

export function useCommitteeNote(orgId: string, wanted: boolean): string {
  const { state, refresh } = useCall('org', 'listCommittees', wanted ? { orgId, limit: 10 } : null, { pullDown: false })
  useDidShow(() => void refresh())
  if (state.status !== 'ready') return '执委会全体会议'
  const items = state.data.items
  const last = items.find((meeting) => meeting.status === 'recorded')
  const waiting = items.filter((meeting) => meeting.status === 'scheduled').length
  const lastText = last ? `上次 ${beijingDate(last.startsAt)}` : '还没有记录过执委会'
  return waiting > 0 ? `${lastText}，待召开 ${waiting} 次` : lastText
}
