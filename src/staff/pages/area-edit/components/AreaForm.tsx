// One area: its name and kind, the member who covers it and her backup (picked from
// the members in office), saved with org.saveArea; handing it to another member and
// removing it ask first.
import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import type { AreaDoc } from '../../../../../types/documents'
import { AREA_KINDS, POST_LABEL, type AreaKind } from '../../../../../types/enums'
import { Choices } from '../../../../components/Choices'
import { FormField } from '../../../../components/FormField'
import { SaveBar } from '../../../../components/SaveBar'
import { Section } from '../../../../components/Section'
import { TextInput } from '../../../../components/TextInput'
import { confirmAction } from '../../../../lib/confirm'
import { errorAt } from '../../../../lib/fieldErrors'
import { areaKindLabel } from '../../../../lib/labels'
import { areasUrl } from '../../../../lib/staffRoutes'
import { ConflictNotice } from '../../../components/ConflictNotice'
import { useConsoleSave } from '../../../hooks/useConsoleSave'
import type { ConsoleData } from '../../../lib/consoleStore'
import { goBackOr } from '../../../lib/navigation'
import './AreaForm.css'

export interface AreaFormProps {
  data: ConsoleData
  area: AreaDoc | null
  onReload: () => void
}

const NOBODY = ''
const AREA_FIELDS = ['name', 'kind', 'memberId', 'backupMemberId'] as const

export function AreaForm({ data, area, onReload }: AreaFormProps) {
  const orgId = data.org._id
  const [name, setName] = useState(area?.name ?? '')
  const [kind, setKind] = useState<AreaKind>(area?.kind ?? 'building')
  const [memberId, setMemberId] = useState(area?.memberId ?? NOBODY)
  const [backupMemberId, setBackupMemberId] = useState(area?.backupMemberId ?? NOBODY)
  const save = useConsoleSave(orgId, { keepConflict: true })
  const members = data.members.filter((member) => member.status === 'active')
  const options = [{ value: NOBODY, label: '暂不安排' }, ...members.map((member) => ({ value: member._id, label: member.name, note: POST_LABEL[member.post] }))]
  const nameOf = (id: string | null) => members.find((member) => member._id === id)?.name
  const submit = async () => {
    const holder = nameOf(area?.memberId ?? null)
    const handOver = holder && memberId && memberId !== area?.memberId ? `${area?.name} 现由 ${holder} 联系，改由 ${nameOf(memberId)} 联系吗？` : null
    if (handOver && !(await confirmAction('更换联系执委', handOver, '确认更换'))) return
    const fields = { name, kind, memberId: memberId || null, backupMemberId: backupMemberId || null }
    const saved = await save.run('org', 'saveArea', { orgId, ...(area ? { areaId: area._id, version: area.version } : {}), fields })
    if (saved) goBackOr(areasUrl(orgId))
  }
  const remove = async () => {
    if (!area || !(await confirmAction('删除片区', `删除「${area.name}」后，居民在「找我的执委」里就选不到它了。确定删除吗？`, '删除'))) return
    const removed = await save.run('org', 'removeArea', { areaId: area._id, version: area.version }, { done: '已删除' })
    if (removed) goBackOr(areasUrl(orgId))
  }
  return (
    <View className='area-form'>
      <Section title={area ? '修改片区' : '添加片区'}>
        <FormField label='名称' name='name' required hint='如 3栋、第二网格、五组' error={errorAt(save.errors, 'name')}>
          <TextInput className='area-name-input' value={name} maxLength={30} onChange={setName} />
        </FormField>
        <FormField label='类型' name='kind' error={errorAt(save.errors, 'kind')}>
          <Choices options={AREA_KINDS.map((value) => ({ value, label: areaKindLabel(value) }))} selected={[kind]} onToggle={setKind} />
        </FormField>
        <FormField label='联系执委' name='memberId' error={errorAt(save.errors, 'memberId')}>
          <Choices className='area-member-choices' options={options} selected={[memberId]} onToggle={setMemberId} />
        </FormField>
        <FormField label='备用执委' name='backupMemberId' hint='联系执委不在时找她' error={errorAt(save.errors, 'backupMemberId')}>
          <Choices className='area-backup-choices' options={options} selected={[backupMemberId]} onToggle={setBackupMemberId} />
        </FormField>
      </Section>
      {save.conflict ? <ConflictNotice reason={save.conflict} onReload={onReload} /> : null}
      <SaveBar busy={save.busy} onSave={() => void submit()} errors={save.errors} shownFields={AREA_FIELDS} />
      {area ? (
        <Text className='area-form__remove' onClick={() => void remove()}>
          删除这个片区
        </Text>
      ) : null}
    </View>
  )
}
