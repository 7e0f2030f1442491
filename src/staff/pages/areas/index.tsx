// 片区: the buildings, grids and villagers' groups, and who covers each (执委分片联系)
// with her backup. An area nobody covers is marked; a chair adds and edits.
import { Text, View } from '@tarojs/components'
import { AREA_KINDS } from '../../../../types/enums'
import { ActionButton } from '../../../components/ActionButton'
import { ListRow } from '../../../components/ListRow'
import { Section } from '../../../components/Section'
import { areaKindLabel } from '../../../lib/labels'
import { openPage } from '../../../lib/routes'
import { areaEditUrl } from '../../../lib/staffRoutes'
import { ConsoleShell } from '../../components/ConsoleShell'
import type { ConsoleData } from '../../lib/consoleStore'
import { canEdit } from '../../lib/labels'
import './index.css'

function AreaList({ data }: { data: ConsoleData }) {
  const editor = canEdit(data.role)
  const nameOf = new Map(data.members.filter((member) => member.status === 'active').map((member) => [member._id, member.name]))
  const groups = AREA_KINDS.map((kind) => ({ kind, areas: data.areas.filter((area) => area.kind === kind) })).filter((group) => group.areas.length > 0)
  return (
    <View>
      {groups.length === 0 ? (
        <Section title='片区'>
          <Text className='page-note'>还没有片区。添加楼栋、网格或村民小组，并为每处安排一位联系执委，居民就能在亮牌上找到自己的执委。</Text>
        </Section>
      ) : null}
      {groups.map((group) => (
        <Section key={group.kind} title={areaKindLabel(group.kind)} note={`${group.areas.length} 处`}>
          {group.areas.map((area) => {
            const member = area.memberId ? nameOf.get(area.memberId) : undefined
            const backup = area.backupMemberId ? nameOf.get(area.backupMemberId) : undefined
            return (
              <ListRow
                key={area._id}
                className='console-area'
                title={area.name}
                badge={member ? undefined : '无人联系'}
                badgeTone='warn'
                lines={[`联系执委：${member ?? '未安排'}`, `备用执委：${backup ?? '未安排'}`]}
                onOpen={editor ? () => openPage(areaEditUrl(data.org._id, area._id)) : undefined}
              />
            )
          })}
        </Section>
      ))}
      {editor ? (
        <View className='areas-page__add'>
          <ActionButton className='add-area-button' text='添加片区' onClick={() => openPage(areaEditUrl(data.org._id))} />
        </View>
      ) : null}
    </View>
  )
}

export default function AreasPage() {
  return <ConsoleShell className='areas-page'>{(data) => <AreaList data={data} />}</ConsoleShell>
}
