// Words the console shows for roles, statuses and months.
import type { StaffRole } from '../../../types/staff'
import type { ActivityStatus } from '../../../types/enums'

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

export const MONTHS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12] as const
export const monthLabel = (month: number): string => `${month}月`

/** Field names of the change history, in words. */
const FIELD_LABEL: Record<string, string> = {
  name: '名称',
  post: '职务',
  phone: '电话',
  photoUrl: '照片',
  specialty: '特长',
  onDutyMonth: '轮值月份',
  termStart: '任期开始',
  termEnd: '任期结束',
  status: '状态',
  departure: '离任',
  openid: '绑定微信',
  logoUrl: '标识',
  homeName: '妇女之家名称',
  address: '地址',
  hours: '开放时间',
  duties: '工作职责',
  representativesCount: '妇女代表人数',
  intro: '情况介绍',
  kind: '类型',
  memberId: '联系执委',
  backupMemberId: '备用执委',
  title: '活动名称',
  date: '日期',
  place: '地点',
  summary: '活动内容',
  resultText: '活动成效',
  photos: '活动照片',
}

export const fieldLabel = (field: string): string => FIELD_LABEL[field] ?? field
