// The member form: her fields and the areas she covers, saved with org.saveMember
// (a new member when there is no record yet). What she typed is kept on the phone as a
// draft until it is saved, so closing the mini-program halfway loses nothing; a draft
// of an earlier version of the member is not offered (it would undo someone's edit).
import type { ConsoleMember } from '../../../../types/org'
import type { Post } from '../../../../types/enums'
import { useDraft } from '../../../hooks/useDraft'
import { membersUrl } from '../../../lib/staffRoutes'
import { useConsoleSave } from '../../hooks/useConsoleSave'
import type { ConsoleData } from '../../lib/consoleStore'
import { goBackOr } from '../../lib/navigation'

export interface MemberValues {
  name: string
  post: Post
  phone: string
  photoUrl: string | null
  specialty: string
  onDutyMonth: number | null
  termStart: string | null
  termEnd: string | null
  coverAreaIds: string[]
}

export const MEMBER_FIELDS = ['name', 'post', 'phone', 'photoUrl', 'specialty', 'onDutyMonth', 'termStart', 'termEnd', 'coverAreaIds'] as const

function valuesOf(member: ConsoleMember | null, data: ConsoleData): MemberValues {
  return {
    name: member?.name ?? '',
    post: member?.post ?? 'member',
    phone: member?.phone ?? '',
    photoUrl: member?.photoUrl ?? null,
    specialty: member?.specialty ?? '',
    onDutyMonth: member?.onDutyMonth ?? null,
    termStart: member?.termStart ?? null,
    termEnd: member?.termEnd ?? null,
    coverAreaIds: member ? data.areas.filter((area) => area.memberId === member._id).map((area) => area._id) : [],
  }
}

export function useMemberForm(data: ConsoleData, member: ConsoleMember | null) {
  const orgId = data.org._id
  const draft = useDraft(`member.${orgId}.${member?._id ?? 'new'}`, () => valuesOf(member, data), { basedOn: member?.version ?? 0 })
  const { values, setValues } = draft
  const save = useConsoleSave(orgId, { keepConflict: true })
  const set = <K extends keyof MemberValues>(field: K, value: MemberValues[K]) => setValues((current) => ({ ...current, [field]: value }))
  const submit = async () => {
    const { coverAreaIds, phone, ...rest } = values
    const fields = { ...rest, phone: phone.trim() === '' ? null : phone.trim() }
    const saved = await save.run(
      'org',
      'saveMember',
      { orgId, ...(member ? { memberId: member._id, version: member.version } : {}), fields, coverAreaIds },
      { done: member ? '已保存' : '已添加' },
    )
    if (!saved) return
    draft.discard()
    goBackOr(membersUrl(orgId))
  }
  return { values, set, submit, save }
}
