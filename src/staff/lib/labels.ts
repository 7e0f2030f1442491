// Words the console shows for roles, statuses and months.
import type { StaffRole } from '../../../types/staff'
import type { ActivityStatus } from '../../../types/enums'
import { FIELD_LABEL } from '../../../types/fieldLabels'

export const ROLE_LABEL: Partial<Record<StaffRole, string>> = {
  chair: '本会主席',
  ancestorChair: '上级妇联主席',
  member: '本会执委',
}

/** Chairs of this org and of the orgs above it edit; a member reads and keeps her own card. */
export const canEdit = (role: StaffRole): boolean => role === 'chair' || role === 'ancestorChair'

export const ACTIVITY_STATUS_LABEL: Record<ActivityStatus, string> = {
  planned: '计划中',
  done: '已开展',
  cancelled: '已取消',
}

// awaitsResult (a plan whose day has gone by) is shared with the public board: src/lib/labels.ts
export { awaitsResult } from '../../lib/labels'

export const MONTHS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12] as const
export const monthLabel = (month: number): string => `${month}月`

export const fieldLabel = (field: string): string => FIELD_LABEL[field] ?? field
