// 记一笔: the entry being edited (found among her entries of its quarter), the form's values kept
// as a draft while she types, and the writes — log, update at the version she saw, delete after
// a confirm, and a 建议 submitted as a 议事 topic. Every refusal is the server's own words.
import { useCall } from '../../hooks/useCall'
import { useDraft } from '../../hooks/useDraft'
import { useSave } from '../../hooks/useSave'
import { confirmAction } from '../../lib/confirm'
import type { DutyEntryView } from '../../../types/duty'
import { blankDutyValues, dutyFieldsOf, dutyValuesOf, topicFromEntry, type DutyValues } from '../lib/duty'

/** The most entries of one quarter looked through for the one to edit. */
const QUARTER_LOOKUP = 50

/** The entry `entryId` of the quarter of `date`; null while there is none to look for (a new entry). */
export function useDutyEntryLookup(orgId: string, entryId: string, date: string) {
  const { state, reload } = useCall('org', 'listDutyEntries', entryId ? { orgId, period: 'quarter', periodDate: date || undefined, limit: QUARTER_LOOKUP } : null, {
    pullDown: false,
  })
  const entry = state.status === 'ready' ? (state.data.items.find((item) => item._id === entryId) ?? null) : null
  return { state, entry, reload }
}

export interface DutyFormHandlers {
  /** after a log, an update or a delete */
  onDone: () => void
  /** after the entry produced something (a topic): read it again */
  onLinked: () => void
}

export function useDutyForm(orgId: string, entry: DutyEntryView | null, handlers: DutyFormHandlers) {
  const draft = useDraft<DutyValues>(`duty.${orgId}.${entry?._id ?? 'new'}`, () => (entry ? dutyValuesOf(entry) : blankDutyValues()), { basedOn: entry?.version ?? null })
  const { values, setValues } = draft
  const set = <K extends keyof DutyValues>(field: K, value: DutyValues[K]) => setValues((current) => ({ ...current, [field]: value }))
  const save = useSave({ keepConflict: true, oneRecord: !entry })
  const link = useSave({ show: 'notice', fields: 'none' })

  const submit = async () => {
    const fields = dutyFieldsOf(values)
    const saved = entry
      ? await save.run('org', 'updateDutyEntry', { entryId: entry._id, version: entry.version, fields })
      : await save.run('org', 'logDutyEntry', { orgId, fields }, { done: '已记下' })
    if (!saved) return
    draft.discard()
    handlers.onDone()
  }

  const remove = async () => {
    if (!entry || !(await confirmAction('删除这笔记录？', `${entry.date} 的这笔履职记录删除后不能恢复。`, '删除'))) return
    if (await save.run('org', 'deleteDutyEntry', { entryId: entry._id, version: entry.version }, { done: '已删除' })) {
      draft.discard()
      handlers.onDone()
    }
  }

  /** 提交为议题: one tap, on the women's behalf, channel 执委走访 */
  const submitAsTopic = async () => {
    if (!entry) return
    if (await link.run('topics', 'submit', topicFromEntry(orgId, entry), { done: '已提交为议题' })) handlers.onLinked()
  }

  return { values, set, save, link, submit, remove, submitAsTopic }
}

export type DutyForm = ReturnType<typeof useDutyForm>
