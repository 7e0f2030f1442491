// How the console's writes are written down: the audit entry (who, what in Chinese,
// before/after of the changed fields) and the rebuild of the public board, so every
// save shows on the board at once.
import type { AuditDoc } from '../../../types'
import { diffFields, recordChange, type FieldChange } from '../../common/audit'
import { rebuildBoard } from '../../common/boardDocument'
import type { Ctx } from '../../common/context'
import type { Access } from './load'
import type { OrgAction } from './types'

/** The Chinese name of each field a console write can change, for summaries. */
export const FIELD_LABEL: Record<string, string> = {
  name: '名称',
  logoUrl: '标识',
  homeName: '妇女之家名称',
  address: '地址',
  hours: '开放时间',
  duties: '工作职责',
  representativesCount: '妇女代表人数',
  intro: '情况介绍',
  post: '职务',
  phone: '电话',
  photoUrl: '照片',
  specialty: '特长',
  onDutyMonth: '轮值月份',
  termStart: '任期开始',
  termEnd: '任期结束',
  coverAreas: '联系片区',
  status: '状态',
  departure: '离任情况',
  kind: '类型',
  memberId: '联系执委',
  backupMemberId: '后备执委',
  title: '活动名称',
  date: '日期',
  place: '地点',
  summary: '活动内容',
  resultText: '活动成效',
  photos: '活动照片',
}

/** "电话、照片" — the changed fields, in Chinese. */
export function describeFields(changes: FieldChange[]): string {
  return changes.map((c) => FIELD_LABEL[c.field] ?? c.field).join('、')
}

export { diffFields }

export interface ChangeNote {
  action: OrgAction
  target: AuditDoc['target']
  summary: string
  changes: FieldChange[]
}

/** Audits the change under the acting member's name, then rebuilds the org's board. */
export async function recordAndPublish(ctx: Ctx, access: Access, note: ChangeNote): Promise<void> {
  await recordChange(ctx, { fn: 'org', orgId: access.org._id, actorName: access.actorName, ...note })
  await rebuildBoard(ctx.store, access.org._id, ctx.clock.now())
}
