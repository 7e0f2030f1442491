// 活动: plans and results by quarter, newest first (亮活动内容). A chair plans one,
// and afterwards records what came of it, with photos; a plan whose day has gone by
// reads 待补成效 and the page asks for its result.
import { Text, View } from '@tarojs/components'
import type { ActivityDoc } from '../../../../types/documents'
import { ActionButton } from '../../../components/ActionButton'
import { ListRow } from '../../../components/ListRow'
import { Section } from '../../../components/Section'
import { beijingToday, quarterOf } from '../../../lib/dates'
import { openPage } from '../../../lib/routes'
import { activityEditUrl } from '../../../lib/staffRoutes'
import { ConsoleShell } from '../../components/ConsoleShell'
import type { ConsoleData } from '../../lib/consoleStore'
import { ACTIVITY_STATUS_LABEL, awaitsResult, canEdit } from '../../lib/labels'
import './index.css'

function byQuarter(activities: ActivityDoc[]) {
  const sorted = [...activities].sort((a, b) => b.date.localeCompare(a.date))
  const groups: { key: string; label: string; items: ActivityDoc[] }[] = []
  for (const activity of sorted) {
    const quarter = quarterOf(activity.date)
    const last = groups[groups.length - 1]
    if (last?.key === quarter.key) last.items.push(activity)
    else groups.push({ ...quarter, items: [activity] })
  }
  return groups
}

const TONE = { planned: 'muted', done: 'good', cancelled: 'muted' } as const

function ActivityRow({ activity, today, onOpen }: { activity: ActivityDoc; today: string; onOpen?: () => void }) {
  const late = awaitsResult(activity, today)
  return (
    <ListRow
      className={`console-activity${late ? ' console-activity--awaits-result' : ''}`}
      title={activity.title}
      badge={late ? '待补成效' : ACTIVITY_STATUS_LABEL[activity.status]}
      badgeTone={late ? 'warn' : TONE[activity.status]}
      lines={[
        `${activity.date}${activity.place ? ` · ${activity.place}` : ''}`,
        late ? '日期已过，请补上成效和照片，没开展就标为已取消' : '',
        activity.status === 'done' && activity.photos.length ? `${activity.photos.length} 张照片` : '',
      ]}
      onOpen={onOpen}
    />
  )
}

function ActivityList({ data }: { data: ConsoleData }) {
  const editor = canEdit(data.role)
  const groups = byQuarter(data.activities)
  const today = beijingToday()
  const awaiting = data.activities.filter((activity) => awaitsResult(activity, today)).length
  return (
    <View>
      {editor ? (
        <View className='activities-page__add'>
          <ActionButton className='add-activity-button' text='添加活动计划' onClick={() => openPage(activityEditUrl(data.org._id))} />
        </View>
      ) : null}
      {editor && awaiting > 0 ? <Text className='activities-awaiting-result'>有 {awaiting} 项活动日期已过还是“计划中”：开展了就补上成效和照片，没开展就标为已取消。</Text> : null}
      {groups.length === 0 ? (
        <Section title='活动'>
          <Text className='page-note'>还没有活动。每个季度初公布活动计划，活动结束后补上成效和照片。</Text>
        </Section>
      ) : null}
      {groups.map((group) => (
        <Section key={group.key} title={group.label} note={`${group.items.length} 项`}>
          {group.items.map((activity) => (
            <ActivityRow key={activity._id} activity={activity} today={today} onOpen={editor ? () => openPage(activityEditUrl(data.org._id, activity._id)) : undefined} />
          ))}
        </Section>
      ))}
    </View>
  )
}

export default function ActivitiesPage() {
  return <ConsoleShell className='activities-page'>{(data) => <ActivityList data={data} />}</ConsoleShell>
}
