// 亮活动内容: this quarter's plan, and what recent activities achieved (亮成效),
// with their photos.
import { Image, Text, View } from '@tarojs/components'
import type { BoardActivity, GetBoardOutput } from '../../../../types/board'
import { Section } from '../../../components/Section'
import { beijingToday } from '../../../lib/dates'
import { planStatusLabel } from '../../../lib/labels'
import { viewPhoto } from '../../../lib/photos'
import './ActivitySection.css'

export interface ActivitySectionProps {
  activities: GetBoardOutput['activities']
}

function Photos({ photos }: { photos: string[] }) {
  if (photos.length === 0) return null
  return (
    <View className='activity__photos'>
      {photos.map((url) => (
        <Image key={url} className='activity__photo' src={url} mode='aspectFill' lazyLoad onClick={() => viewPhoto(url, photos)} />
      ))}
    </View>
  )
}

function ActivityItem({ activity, showResult }: { activity: BoardActivity; showResult: boolean }) {
  const label = planStatusLabel(activity, beijingToday())
  return (
    <View className='activity'>
      <View className='activity__head'>
        <Text className='activity__title'>{activity.title}</Text>
        {showResult ? null : <Text className={`activity__status${label === '已开展' ? ' activity__status--done' : ''}`}>{label}</Text>}
      </View>
      <Text className='activity__meta'>
        {activity.date}
        {activity.place ? ` · ${activity.place}` : ''}
      </Text>
      <Text className='activity__text'>{showResult ? activity.resultText : activity.summary}</Text>
      {showResult ? <Photos photos={activity.photos} /> : null}
    </View>
  )
}

export function ActivitySection({ activities }: ActivitySectionProps) {
  const { quarterLabel, plans, results } = activities
  return (
    <Section title='亮活动内容'>
      <Text className='activity-group__title'>{quarterLabel}活动计划</Text>
      {plans.length === 0 ? <Text className='page-note'>本季度的活动计划还在征求大家意见，敬请关注。</Text> : null}
      {plans.map((activity) => (
        <ActivityItem key={activity.id} activity={activity} showResult={false} />
      ))}
      <Text className='activity-group__title'>近期活动成效</Text>
      {results.length === 0 ? <Text className='page-note'>还没有公布活动成效。</Text> : null}
      {results.map((activity) => (
        <ActivityItem key={activity.id} activity={activity} showResult />
      ))}
    </Section>
  )
}
