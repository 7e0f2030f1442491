// 下级组织: the bodies under this federation with each one's completeness; tapping
// one opens its console. A chair adds a 妇女小组 or 妇女微家 (a 街道/乡镇 also a 村/社区).
// At the top, the way to 下级统计: all of them as one table, charts and the 统计报表.
import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import type { OrgLevel } from '../../../../types/enums'
import { Choices } from '../../../components/Choices'
import { FormField } from '../../../components/FormField'
import { ListRow } from '../../../components/ListRow'
import { SaveBar } from '../../../components/SaveBar'
import { Section } from '../../../components/Section'
import { TextInput } from '../../../components/TextInput'
import { errorAt } from '../../../lib/fieldErrors'
import { orgLevelTag } from '../../../lib/labels'
import { openPage } from '../../../lib/routes'
import { overviewUrl } from '../../../lib/staffRoutes'
import { ChildOrgRow } from '../../components/ChildOrgRow'
import { ConsoleShell } from '../../components/ConsoleShell'
import { useConsoleSave } from '../../hooks/useConsoleSave'
import type { ConsoleData } from '../../lib/consoleStore'
import { canEdit } from '../../lib/labels'

function childLevels(level: OrgLevel): OrgLevel[] {
  if (level === 'street' || level === 'township') return ['community', 'village', 'group', 'microHome']
  if (level === 'county') return ['street', 'township']
  return ['group', 'microHome']
}

function AddChildForm({ data }: { data: ConsoleData }) {
  const levels = childLevels(data.org.level)
  const [name, setName] = useState('')
  const [level, setLevel] = useState<OrgLevel>(levels[0])
  const save = useConsoleSave(data.org._id)
  const submit = async () => {
    const added = await save.run('org', 'addChild', { orgId: data.org._id, name, level }, { done: '已添加' })
    if (added) setName('')
  }
  return (
    <Section title='添加下级组织'>
      <FormField label='名称' name='name' required hint='如 幸福里第一妇女小组' error={errorAt(save.errors, 'name')}>
        <TextInput className='child-name-input' value={name} maxLength={40} onChange={setName} />
      </FormField>
      <FormField label='类型' name='level' error={errorAt(save.errors, 'level')}>
        <Choices options={levels.map((value) => ({ value, label: orgLevelTag(value) }))} selected={[level]} onToggle={setLevel} />
      </FormField>
      <SaveBar busy={save.busy} onSave={() => void submit()} errors={save.errors} shownFields={['name', 'level']} text='添加' />
    </Section>
  )
}

function Children({ data }: { data: ConsoleData }) {
  return (
    <View>
      {canEdit(data.role) && data.children.length > 0 ? (
        <ListRow
          className='children-overview-link'
          title='下级统计'
          lines={['台账、履职率、议事、求助、完整度一张表，可排序，可导出统计报表']}
          onOpen={() => openPage(overviewUrl(data.org._id))}
        />
      ) : null}
      <Section title='下级组织' note={`${data.children.length} 个`}>
        {data.children.length === 0 ? <Text className='page-note'>还没有下级组织。</Text> : null}
        {data.children.map((child) => (
          <ChildOrgRow key={child.orgId} child={child} />
        ))}
      </Section>
      {canEdit(data.role) ? <AddChildForm data={data} /> : null}
    </View>
  )
}

export default function ChildrenPage() {
  return <ConsoleShell className='children-page'>{(data) => <Children data={data} />}</ConsoleShell>
}
