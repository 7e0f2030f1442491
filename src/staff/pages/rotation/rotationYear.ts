// The year's 轮值 plan from the console view: for each month the 执委 on duty, whether
// nobody is, and whether two share it while another month is empty (the console's
// rotationClash warning, month by month).
import type { ConsoleMember } from '../../../../types/org'
import type { ConsoleData } from '../../lib/consoleStore'
import { MONTHS } from '../../lib/labels'

export interface RotationMonth {
  month: number
  members: ConsoleMember[]
  /** nobody keeps the 妇女之家 this month */
  empty: boolean
  /** more than one while another month has nobody: a clash to spread out */
  clash: boolean
  current: boolean
}

/** 执委 in office: volunteers hold no seat and keep no rotation month. */
export const rotatingMembers = (data: ConsoleData): ConsoleMember[] => data.members.filter((m) => m.status === 'active' && m.post !== 'volunteer')

export function rotationYear(data: ConsoleData, currentMonth: number): RotationMonth[] {
  const executives = rotatingMembers(data)
  const months = MONTHS.map((month) => ({ month, members: executives.filter((m) => m.onDutyMonth === month) }))
  const anyEmpty = months.some((m) => m.members.length === 0)
  return months.map(({ month, members }) => ({ month, members, empty: members.length === 0, clash: anyEmpty && members.length > 1, current: month === currentMonth }))
}
