// For a federation above (街道、乡镇): each federation under it as counts — its 执委, how many
// are behind, how many carry the one-year flag, this quarter's records and women reached — and
// a way into its own 履职情况. Counts only: who is behind shows once the chair opens it.
import { Text } from '@tarojs/components'
import type { ActionOutput } from '../../../../../types/contracts'
import { ListRow } from '../../../../components/ListRow'
import { Section } from '../../../../components/Section'
import { openPage } from '../../../../lib/routes'
import { dutyTeamUrl } from '../../../../lib/staffRoutes'

type Children = ActionOutput<'org', 'dutyCounts'>['children']

export function ChildRates({ items }: { items: Children }) {
  return (
    <Section title='下级妇联履职情况' note={`${items.length} 个`} className='duty-children'>
      <Text className='duty-coverage__note'>这里只显示人数，点开一个妇联可以看到每位执委的情况。</Text>
      {items.map((child) => (
        <ListRow
          key={child.orgId}
          className='duty-child'
          title={child.name}
          badge={child.members.behind > 0 ? `落后 ${child.members.behind} 人` : '无人落后'}
          badgeTone={child.members.behind > 0 ? 'warn' : 'good'}
          lines={[
            `执委 ${child.members.total} 人 · 落后 ${child.members.behind} 人 · 超过一年没有履职 ${child.members.silent} 人`,
            `本季度记录 ${child.counts.quarter.entries} 条 · 联系妇女 ${child.counts.quarter.women} 人次`,
          ]}
          onOpen={() => openPage(dutyTeamUrl(child.orgId))}
        />
      ))}
    </Section>
  )
}
