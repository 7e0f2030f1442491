// 记一笔 (staff/pages/duty-entry/index?orgId=…[&entryId=…&date=…]): a member logs what she did in
// under a minute, one hand — or corrects or deletes an entry she logged. What she types is kept
// as a draft until it is saved; a save that met a newer version offers a reload.
import { View } from '@tarojs/components'
import type { DutyEntryView } from '../../../../types/duty'
import { SaveBar } from '../../../components/SaveBar'
import { StateView } from '../../../components/StateView'
import { usePageParams } from '../../../hooks/usePageParams'
import { readParam } from '../../../lib/params'
import { dutyUrl } from '../../../lib/staffRoutes'
import { ConflictNotice } from '../../components/ConflictNotice'
import { ConsoleShell } from '../../components/ConsoleShell'
import { useDutyEntryLookup, useDutyForm } from '../../hooks/useDutyEntry'
import { useMyMemberId } from '../../hooks/useMyMemberId'
import type { ConsoleData } from '../../lib/consoleStore'
import { goBackOr } from '../../lib/navigation'
import { ENTRY_FIELDS, EntryForm } from './components/EntryForm'
import { EntryLinks } from './components/EntryLinks'
import './index.css'

function EntryEditor({ data, entry, onReload }: { data: ConsoleData; entry: DutyEntryView | null; onReload: () => void }) {
  const orgId = data.org._id
  const form = useDutyForm(orgId, entry, { onDone: () => goBackOr(dutyUrl(orgId)), onLinked: onReload })
  const myMemberId = useMyMemberId(orgId, true)
  const mine = data.areas.filter((area) => myMemberId && (area.memberId === myMemberId || area.backupMemberId === myMemberId))
  return (
    <View className='duty-entry-form'>
      <EntryForm orgId={orgId} form={form} areas={mine} activities={data.activities} />
      {form.save.conflict ? <ConflictNotice reason={form.save.conflict} onReload={onReload} /> : null}
      <SaveBar busy={form.save.busy} onSave={() => void form.submit()} errors={form.save.errors} shownFields={ENTRY_FIELDS} text={entry ? '保存修改' : '记下'} />
      {entry ? <EntryLinks orgId={orgId} entry={entry} form={form} /> : null}
    </View>
  )
}

function Existing({ data, entryId, date }: { data: ConsoleData; entryId: string; date: string }) {
  const { state, entry, reload } = useDutyEntryLookup(data.org._id, entryId, date)
  const again = () => void reload()
  if (state.status === 'loading') return <StateView kind='loading' title='正在读取这笔记录…' />
  if (state.status === 'error') return <StateView kind='error' title='没有读到这笔记录' detail={state.error.message} actionText='重新加载' onAction={again} />
  if (!entry) return <StateView kind='empty' title='没有找到这笔记录' detail='可能已经删除了。' />
  return <EntryEditor key={`${entry._id}.${entry.version}`} data={data} entry={entry} onReload={again} />
}

export default function DutyEntryPage() {
  const params = usePageParams()
  const entryId = readParam(params, 'entryId')
  const date = readParam(params, 'date')
  return (
    <ConsoleShell className='duty-entry-page'>
      {(data, reload) => (entryId ? <Existing data={data} entryId={entryId} date={date} /> : <EntryEditor data={data} entry={null} onReload={reload} />)}
    </ConsoleShell>
  )
}
