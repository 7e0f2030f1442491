// Attendance in words (出席, 请假, 缺席), and an invited member's name from the console's
// member list (one who has since left is still named).
import type { ConsoleData } from '../../../lib/consoleStore'

export type AttendanceStatus = 'present' | 'excused' | 'absent'

export const ATTENDANCE_LABEL: Record<AttendanceStatus, string> = { present: '出席', excused: '请假', absent: '缺席' }

export const memberName = (data: ConsoleData, memberId: string): string => data.members.find((member) => member._id === memberId)?.name ?? '已不在成员名单中'
