// One case in the queue, without any personal detail: its code (urgent ones say 紧急 and
// carry a red edge), the deadline it waits on with the time left — "剩 2 小时",
// "已超期 3 小时" — or else its state, then category, age and where it stands.
import type { QueueItem } from '../../../../../types/requests'
import { REQUEST_STATE_LABEL } from '../../../../../types/requestModel'
import { ListRow } from '../../../../components/ListRow'
import { staffRequestUrl } from '../../../../lib/helpRoutes'
import { openPage } from '../../../../lib/routes'
import { dueLine, isLate, overdueLabel, queueLines, timeLeftText } from '../../../lib/requests'

function badgeOf(item: QueueItem, nowMs: number): { badge: string; tone: 'good' | 'warn' | 'muted' } {
  if (item.due) return { badge: timeLeftText(item.due.by, nowMs), tone: isLate(item.due, nowMs) || item.urgency === 'urgent' ? 'warn' : 'muted' }
  const late = overdueLabel(item.overdue)
  if (late) return { badge: late, tone: 'warn' }
  return { badge: REQUEST_STATE_LABEL[item.state], tone: item.state === 'closed' ? 'good' : 'muted' }
}

export function QueueRow({ item, nowMs }: { item: QueueItem; nowMs: number }) {
  const { badge, tone } = badgeOf(item, nowMs)
  const late = overdueLabel(item.overdue) || (item.due && isLate(item.due, nowMs))
  const classes = ['request-row', late ? 'request-row--overdue' : '', item.urgency === 'urgent' && item.state !== 'closed' ? 'request-row--urgent' : ''].filter(Boolean)
  return (
    <ListRow
      className={classes.join(' ')}
      title={item.urgency === 'urgent' ? `紧急 · ${item.code}` : item.code}
      badge={badge}
      badgeTone={tone}
      lines={[dueLine(item), ...queueLines(item)]}
      onOpen={() => openPage(staffRequestUrl(item._id))}
    />
  )
}
