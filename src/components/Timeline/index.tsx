// A case's timeline, oldest first, in plain words: what she sees (messages left for
// her, what she added), and on the staff's side also the internal steps, marked.
import { Text, View } from '@tarojs/components'
import type { TimelineEntry } from '../../../types/requests'
import { beijingDateTime } from '../../lib/dates'
import { Section } from '../Section'
import './index.css'

export interface TimelineProps {
  entries: TimelineEntry[]
  title?: string
}

export function Timeline({ entries, title = '进展' }: TimelineProps) {
  return (
    <Section title={title} note={`${entries.length} 条`} className='case-timeline'>
      {entries.map((entry) => (
        <View key={entry.seq} className={`timeline-entry timeline-entry--${entry.step}${entry.visibleToRequester ? '' : ' timeline-entry--internal'}`}>
          <Text className='timeline-entry__at'>{beijingDateTime(entry.at)}</Text>
          <Text className='timeline-entry__words'>
            {entry.words}
            {entry.actorName ? ` · ${entry.actorName}` : ''}
          </Text>
          {entry.visibleToRequester ? null : <Text className='timeline-entry__internal'>仅工作人员可见</Text>}
          {entry.text ? <Text className='timeline-entry__text'>{entry.text}</Text> : null}
        </View>
      ))}
    </Section>
  )
}
