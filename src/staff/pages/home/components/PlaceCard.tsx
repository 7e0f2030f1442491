// One federation on the 工作台: its name, her post, its completeness, the way into its
// console and into her own 履职 (the 七个一), and (for an upper federation) the
// federations under it with theirs.
import { useEffect, useState } from 'react'
import { Text, View } from '@tarojs/components'
import { heldToDuty } from '../../../../../types/dutyCadence'
import { POST_LABEL } from '../../../../../types/enums'
import type { Place } from '../../../../hooks/useMine'
import { Section } from '../../../../components/Section'
import { orgLevelTag } from '../../../../lib/labels'
import { openPage } from '../../../../lib/routes'
import { consoleUrl, dutyUrl } from '../../../../lib/staffRoutes'
import { ActionButton } from '../../../../components/ActionButton'
import { Completeness } from '../../../components/Completeness'
import { ChildOrgRow } from '../../../components/ChildOrgRow'
import { cachedConsole, type ConsoleData, loadConsole, subscribeConsole } from '../../../lib/consoleStore'
import './PlaceCard.css'

export interface PlaceCardProps {
  place: Place
}

function usePlaceConsole(orgId: string): ConsoleData | null {
  const [data, setData] = useState(() => cachedConsole(orgId))
  useEffect(() => subscribeConsole(() => setData(cachedConsole(orgId))), [orgId])
  useEffect(() => void loadConsole(orgId).catch(() => undefined), [orgId])
  return data
}

export function PlaceCard({ place }: PlaceCardProps) {
  const data = usePlaceConsole(place.orgId)
  return (
    <Section title={place.name} note={`${orgLevelTag(place.level)} · ${POST_LABEL[place.post]}`} className='place-card'>
      <View className='place-card__score'>
        {data ? <Completeness score={data.completeness.score} warningCount={data.completeness.warningCount} /> : <Text className='page-note'>正在计算完整度…</Text>}
      </View>
      <ActionButton className='place-card__open' text='打开工作台' onClick={() => openPage(consoleUrl(place.orgId))} />
      {/* 七个一 are a 执委's: not a 巾帼志愿者's, a 小组长's or a 组员's */}
      {heldToDuty(place.post) ? <ActionButton className='place-card__duty' variant='plain' text='我的履职' onClick={() => openPage(dutyUrl(place.orgId))} /> : null}
      {data && data.children.length > 0 ? (
        <View className='place-card__children'>
          <Text className='place-card__children-title'>下级组织（{data.children.length}）</Text>
          {data.children.map((child) => (
            <ChildOrgRow key={child.orgId} child={child} />
          ))}
        </View>
      ) : null}
    </Section>
  )
}
