// The member form: her fields and the areas she covers, saved with org.saveMember
// (a new member when there is no record yet). Taking an area another member covers
// is asked first ("5栋 现由 张三 联系，改由 李四 联系吗？"); should the console view be
// out of date, the server asks the same and the view is read again, so the next save asks.
// What she typed is kept on the phone as a draft until it is saved, so closing the
// mini-program halfway loses nothing; a draft of an earlier version of the member is not
// offered (it would undo someone's edit).
import type { ConsoleMember } from '../../../../types/org'
import { isSmallBody, type PhoneShown, type Post } from '../../../../types/enums'
import type { ApiError } from '../../../api'
import { useDraft } from '../../../hooks/useDraft'
import { confirmAction } from '../../../lib/confirm'
import { membersUrl } from '../../../lib/staffRoutes'
import { refreshAfterSave } from '../../lib/consoleStore'
import { useConsoleSave } from '../../hooks/useConsoleSave'
import type { ConsoleData } from '../../lib/consoleStore'
import { goBackOr } from '../../lib/navigation'

export interface MemberValues {
  name: string
  post: Post
  phone: string
  officePhone: string
  phoneShown: PhoneShown
  photoUrl: string | null
  specialty: string
  onDutyMonth: number | null
  termStart: string | null
  termEnd: string | null
  coverAreaIds: string[]
  /** the 妇女小组 and 妇女微家 under her federation she keeps in touch with */
  linkedBodyIds: string[]
}

export const MEMBER_FIELDS = [
  'name',
  'post',
  'phone',
  'officePhone',
  'phoneShown',
  'photoUrl',
  'specialty',
  'onDutyMonth',
  'termStart',
  'termEnd',
  'coverAreaIds',
  'linkedBodyIds',
] as const

function valuesOf(member: ConsoleMember | null, data: ConsoleData): MemberValues {
  return {
    name: member?.name ?? '',
    post: member?.post ?? (isSmallBody(data.org.level) ? 'groupMember' : 'member'),
    phone: member?.phone ?? '',
    officePhone: member?.officePhone ?? '',
    phoneShown: member?.phoneShown ?? 'personal',
    photoUrl: member?.photoUrl ?? null,
    specialty: member?.specialty ?? '',
    onDutyMonth: member?.onDutyMonth ?? null,
    termStart: member?.termStart ?? null,
    termEnd: member?.termEnd ?? null,
    coverAreaIds: member ? data.areas.filter((area) => area.memberId === member._id).map((area) => area._id) : [],
    linkedBodyIds: member?.linkedBodyIds ?? [],
  }
}

/** The areas she would take from another member in office, as the question to ask: null when none. */
export function moveQuestion(data: ConsoleData, member: ConsoleMember | null, name: string, coverAreaIds: string[]): string | null {
  const nameOf = new Map(data.members.filter((m) => m.status === 'active').map((m) => [m._id, m.name]))
  const taken = data.areas.filter((area) => coverAreaIds.includes(area._id) && area.memberId && area.memberId !== member?._id && nameOf.has(area.memberId))
  if (taken.length === 0) return null
  return `${taken.map((area) => `${area.name} 现由 ${nameOf.get(area.memberId as string)} 联系`).join('，')}，改由 ${name.trim() || '她'} 联系吗？`
}

const orNull = (text: string): string | null => (text.trim() === '' ? null : text.trim())

export function useMemberForm(data: ConsoleData, member: ConsoleMember | null) {
  const orgId = data.org._id
  // a move refused because this view was out of date: read it again, so the next save asks
  const onRefused = (error: ApiError) => {
    if (error.issues.some((issue) => issue.field === 'coverAreaIds')) void refreshAfterSave(orgId).catch(() => undefined)
  }
  const draft = useDraft(`member.${orgId}.${member?._id ?? 'new'}`, () => valuesOf(member, data), { basedOn: member?.version ?? 0 })
  const { values, setValues } = draft
  const save = useConsoleSave(orgId, { keepConflict: true, onRefused })
  const set = <K extends keyof MemberValues>(field: K, value: MemberValues[K]) => setValues((current) => ({ ...current, [field]: value }))
  const patch = (change: Partial<MemberValues>) => setValues((current) => ({ ...current, ...change }))
  const submit = async () => {
    const { coverAreaIds, phone, officePhone, linkedBodyIds = [], ...rest } = values
    const question = moveQuestion(data, member, values.name, coverAreaIds)
    if (question && !(await confirmAction('更换联系执委', question, '确认更换'))) return
    const fields = { ...rest, phone: orNull(phone), officePhone: orNull(officePhone), linkedBodyIds }
    const saved = await save.run(
      'org',
      'saveMember',
      { orgId, ...(member ? { memberId: member._id, version: member.version } : {}), fields, coverAreaIds, ...(question ? { confirmMoves: true } : {}) },
      { done: member ? '已保存' : '已添加' },
    )
    if (!saved) return
    draft.discard()
    goBackOr(membersUrl(orgId))
  }
  return { values, set, patch, submit, save }
}
