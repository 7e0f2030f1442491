// The federations she works for (org.mine), each opening its console.
import { Text, View } from '@tarojs/components'
import { POST_LABEL } from '../../../../../types/vocabulary'
import { orgLevelTag } from '../../../../lib/labels'
import { openPage } from '../../../../lib/routes'
import { consoleUrl } from '../../../../lib/staffRoutes'
import type { Place } from '../../../../hooks/useMine'
import './PlaceList.css'

export interface PlaceListProps {
  places: Place[]
}

export function PlaceList({ places }: PlaceListProps) {
  if (places.length === 0) {
    return <Text className='page-note me-places__empty'>您还没有绑定妇联的执委身份。如果妇联主席给了您邀请码，请点下面的「输入邀请码」。</Text>
  }
  return (
    <View className='me-places'>
      {places.map((place) => (
        <View key={place.memberId} className='me-place' hoverClass='me-place--pressed' onClick={() => openPage(consoleUrl(place.orgId))}>
          <View className='me-place__text'>
            <Text className='me-place__name'>{place.name}</Text>
            <Text className='me-place__role'>
              {orgLevelTag(place.level)} · {POST_LABEL[place.post]}
            </Text>
          </View>
          <Text className='me-place__arrow'>›</Text>
        </View>
      ))}
    </View>
  )
}
