// The 工作台's way into help requests, per federation she works for: 求助受理 for a
// chair, with the overdue count of her own queue and of what was escalated to her;
// 我负责的求助 for a member, with hers; 代为登记求助 for both.
import { Text, View } from '@tarojs/components'
import type { Place } from '../../../../hooks/useMine'
import { ActionButton } from '../../../../components/ActionButton'
import { Section } from '../../../../components/Section'
import { requestNewUrl, requestQueueUrl } from '../../../../lib/helpRoutes'
import { openPage } from '../../../../lib/routes'
import { useRequestOverdue } from '../../../hooks/useRequestOverdue'
import './RequestEntries.css'

function overdueText(count: number): string {
  return count ? `（${count} 件逾期）` : ''
}

function PlaceEntries({ place }: { place: Place }) {
  const chair = place.role === 'chair'
  const own = useRequestOverdue(place.orgId, chair ? 'own' : 'assigned')
  const escalated = useRequestOverdue(place.orgId, 'escalated', chair)
  const overdue = (own ?? 0) + (chair ? (escalated ?? 0) : 0)
  return (
    <Section title='求助' note={place.name} className='request-entries'>
      {overdue ? <Text className='request-entries__overdue'>有 {overdue} 件求助逾期，请尽快处理</Text> : null}
      <ActionButton
        className={chair ? 'request-queue-entry' : 'assigned-requests-entry'}
        text={`${chair ? '求助受理' : '我负责的求助'}${overdueText(overdue)}`}
        onClick={() => openPage(requestQueueUrl(place.orgId, chair ? 'own' : 'assigned'))}
      />
      <ActionButton className='file-on-behalf-entry' variant='plain' text='代为登记求助' onClick={() => openPage(requestNewUrl(place.orgId))} />
    </Section>
  )
}

export function RequestEntries({ places }: { places: Place[] }) {
  return (
    <View className='request-entries-list'>
      {places.map((place) => (
        <PlaceEntries key={place.memberId} place={place} />
      ))}
    </View>
  )
}
