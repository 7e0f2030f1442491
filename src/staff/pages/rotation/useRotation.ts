// The planner's data and its one save: moving a member to a month is org.saveMember with
// her record as it is and a new onDutyMonth (her areas are left alone).
import type { ConsoleMember } from '../../../../types/org'
import { beijingToday } from '../../../lib/dates'
import { useConsoleSave } from '../../hooks/useConsoleSave'
import type { ConsoleData } from '../../lib/consoleStore'
import { rotatingMembers, rotationYear } from './rotationYear'

/** Her record as the save takes it, with another month (null: none). */
function fieldsWithMonth(member: ConsoleMember, onDutyMonth: number | null) {
  const { name, post, phone, officePhone, phoneShown, photoUrl, specialty, termStart, termEnd } = member
  return { name, post, phone, officePhone: officePhone ?? null, phoneShown: phoneShown ?? 'personal', photoUrl, specialty, termStart, termEnd, onDutyMonth }
}

export function useRotation(data: ConsoleData) {
  const orgId = data.org._id
  const save = useConsoleSave(orgId, { keepConflict: true })
  const currentMonth = Number(beijingToday().slice(5, 7))
  const setMonth = (member: ConsoleMember, month: number | null) =>
    save.run(
      'org',
      'saveMember',
      { orgId, memberId: member._id, version: member.version, fields: fieldsWithMonth(member, month) },
      { done: month ? `已安排到${month}月` : '已移出' },
    )
  return { months: rotationYear(data, currentMonth), unscheduled: rotatingMembers(data).filter((m) => m.onDutyMonth === null), setMonth, save }
}
