// 执委履职 on the phone: how a duty's status reads, an entry's lines in a list, the form's values
// and the payload they become, and the 议事 topic a 建议 entry is submitted as. Plain functions:
// the pages and hooks of 我的履职, 记一笔 and 一本记录 share them.
import type { DutyEntryView, DutyProgress, DutyStatus } from '../../../types/duty'
import { DUTY_ENTRY_KIND_LABELS, DUTY_PERIOD_LABELS, DUTY_WAY_LABELS, SEVEN_DUTIES, type DutyEntryKind, type DutyPeriod, type DutyWay } from '../../../types/dutyCadence'
import type { ActionInput } from '../../../types/contracts'
import type { AreaDoc } from '../../../types/documents'
import { beijingToday } from '../../lib/dates'

export const DUTY_STATUS_LABEL: Record<DutyStatus, string> = { done: '已完成', due: '待完成', behind: '落后了' }
export const DUTY_STATUS_TONE = { done: 'good', due: 'muted', behind: 'warn' } as const

/** "12月31日" for 2026-12-31. */
export const monthDay = (date: string): string => `${Number(date.slice(5, 7))}月${Number(date.slice(8, 10))}日`

/** What a duty's badge says: 已完成, 截至 12月31日, or 落后了. */
export const statusText = (duty: DutyProgress): string => (duty.status === 'due' ? `截至 ${monthDay(duty.dueDate)}` : DUTY_STATUS_LABEL[duty.status])

/** Where her federation raised the seed's count (七个一要求): said under the seed's words, so the two do not seem to disagree. */
export function raisedNote(duty: Pick<DutyProgress, 'key' | 'minimum'>): string | null {
  const seed = SEVEN_DUTIES.find((one) => one.key === duty.key)
  if (!seed || duty.minimum <= seed.minimum) return null
  return `本会要求每${DUTY_PERIOD_LABELS[seed.period]}${duty.minimum}次（附件2 为${seed.minimum}次）`
}

/** The duties grouped by their period, in the order 季度, 半年, 年. */
export function dutiesByPeriod(duties: DutyProgress[]): { period: DutyPeriod; label: string; spanLabel: string; duties: DutyProgress[] }[] {
  const periods: DutyPeriod[] = ['quarter', 'halfYear', 'year']
  return periods
    .map((period) => {
      const own = duties.filter((duty) => duty.span.period === period)
      return { period, label: `每${DUTY_PERIOD_LABELS[period]}`, spanLabel: own[0]?.span.label ?? '', duties: own }
    })
    .filter((group) => group.duties.length > 0)
}

/** The lines of an entry in a list: date · way · where, women and the note. */
export function entryLines(entry: DutyEntryView, areas: AreaDoc[]): string[] {
  const area = entry.areaId ? areas.find((candidate) => candidate._id === entry.areaId)?.name : undefined
  const links = [entry.links.topicId ? '已转为议题' : '', entry.links.requestId ? '已登记求助' : '', entry.enteredBy === 'chair' ? '主席代记' : ''].filter(Boolean)
  return [[entry.date, DUTY_WAY_LABELS[entry.way], area].filter(Boolean).join(' · '), `联系妇女 ${entry.womenCount} 人${links.length ? ` · ${links.join(' · ')}` : ''}`, entry.note]
}

export const entryTitle = (entry: DutyEntryView): string => DUTY_ENTRY_KIND_LABELS[entry.kind]

// ---- the form of 记一笔 ----

export type DutyFields = ActionInput<'org', 'logDutyEntry'>['fields']
/** The form holds the count as she types it. */
export type DutyValues = Omit<DutyFields, 'womenCount'> & { womenCount: string }

export const blankDutyValues = (): DutyValues => ({
  kind: 'contact',
  date: beijingToday(),
  way: 'visit',
  areaId: null,
  womenCount: '',
  note: '',
  photos: [],
  womenNames: '',
  activityId: null,
})

export const dutyValuesOf = (entry: DutyEntryView): DutyValues => ({
  kind: entry.kind,
  date: entry.date,
  way: entry.way,
  areaId: entry.areaId,
  womenCount: String(entry.womenCount),
  note: entry.note,
  photos: entry.photos,
  womenNames: entry.womenNames,
  activityId: entry.links.activityId,
})

/** A count left empty is 0 (a 报告 may reach nobody); anything else that is not a whole number is sent for the server to refuse. */
export const dutyFieldsOf = (values: DutyValues): DutyFields => ({
  ...values,
  womenCount: values.womenCount.trim() === '' ? 0 : Number(values.womenCount.trim()),
  activityId: ACTIVITY_KINDS.includes(values.kind) ? values.activityId : null,
})

/** 宣讲 and 公益 may attach to one of the federation's activities. */
export const ACTIVITY_KINDS: readonly DutyEntryKind[] = ['talk', 'service']
/** A 帮扶 or 报告 may open a help request filed on the woman's behalf. */
export const REQUEST_KINDS: readonly DutyEntryKind[] = ['help', 'report']

export const kindOptions = (Object.keys(DUTY_ENTRY_KIND_LABELS) as DutyEntryKind[]).map((value) => ({ value, label: DUTY_ENTRY_KIND_LABELS[value] }))
export const wayOptions = (Object.keys(DUTY_WAY_LABELS) as DutyWay[]).map((value) => ({ value, label: DUTY_WAY_LABELS[value] }))

// ---- 建议 → 议事 topic ----

const TITLE_MIN = 4
const TITLE_MAX = 20

/**
 * The topic a 建议 entry is submitted as, on the women's behalf (channel 执委走访): its note is
 * the problem, its first clause the title. A note too short for a topic is refused by the
 * server in its own words.
 */
export function topicFromEntry(orgId: string, entry: DutyEntryView): ActionInput<'topics', 'submit'> {
  const note = entry.note.trim()
  const first = note.split(/[。！？；;\n]/)[0] ?? ''
  const clause = first.length >= TITLE_MIN ? first : note
  const title = clause.length > TITLE_MAX ? `${clause.slice(0, TITLE_MAX - 1)}…` : clause
  return {
    orgId,
    title,
    problem: note,
    proposal: '',
    category: 'other',
    channel: 'visit',
    name: '妇女群众',
    anonymous: false,
    onBehalfOf: `执委走访时收集的建议（${entry.date}）`,
    dutyEntryId: entry._id,
  }
}
