// 执委会 and 增替补 records for the 台账: each 执委会全体会议 of the year with its agenda, who came
// (出席 / 请假 with the reason / 缺席, by name) and its minutes; each nomination with how she
// was put forward, the 党组织's approval and the vote as the product counted it (第十六条).
import { COMMITTEE_AGENDA_LABEL, NOMINATION_KIND_LABEL, NOMINATION_ROUTE_LABEL, NOMINATION_STATUS_LABEL, type CommitteeMeetingDoc, type NominationDoc } from '../../../../types'
import { localDate } from '../../../common/time'
import { ledger, type AnyLedger } from '../workbook'

export type LedgerCommittee = Pick<CommitteeMeetingDoc, 'startsAt' | 'place' | 'agenda' | 'status' | 'attendance' | 'minutes' | 'cancelReason'>
export type LedgerNomination = Pick<NominationDoc, 'createdAt' | 'kind' | 'candidate' | 'support' | 'status' | 'approval' | 'vote'>

const STATUS_LABEL: Record<CommitteeMeetingDoc['status'], string> = { scheduled: '待召开', recorded: '已召开', cancelled: '已取消' }

export function committeesLedger(orgName: string, year: number, meetings: readonly LedgerCommittee[], nameOf: (memberId: string) => string): AnyLedger {
  const rows = meetings.filter((m) => localDate(new Date(m.startsAt)).startsWith(`${year}-`)).sort((a, b) => a.startsAt.localeCompare(b.startsAt))
  const names = (m: LedgerCommittee, status: 'present' | 'excused' | 'absent') =>
    m.attendance
      .filter((a) => a.status === status)
      .map((a) => (status === 'excused' && a.reason ? `${nameOf(a.memberId)}（${a.reason}）` : nameOf(a.memberId)))
      .join('、')
  return ledger({
    sheet: '执委会',
    title: `${orgName}${year}年执委会全体会议记录`,
    note: `全年召开 ${rows.filter((m) => m.status === 'recorded').length} 次`,
    columns: [
      { header: '日期', width: 12, value: (m: LedgerCommittee) => localDate(new Date(m.startsAt)) },
      { header: '地点', width: 14, value: (m) => m.place },
      { header: '状态', width: 8, value: (m) => STATUS_LABEL[m.status] },
      { header: '议程', width: 24, value: (m) => m.agenda.map((a) => (a.title ? `${COMMITTEE_AGENDA_LABEL[a.kind]}：${a.title}` : COMMITTEE_AGENDA_LABEL[a.kind])).join('；') },
      { header: '出席', width: 20, value: (m) => names(m, 'present') },
      { header: '请假', width: 16, value: (m) => names(m, 'excused') },
      { header: '缺席', width: 12, value: (m) => names(m, 'absent') },
      { header: '会议纪要', width: 40, value: (m) => (m.status === 'cancelled' ? `已取消：${m.cancelReason ?? ''}` : m.minutes) },
    ],
    rows,
  })
}

function supportText(n: LedgerNomination): string {
  const route = NOMINATION_ROUTE_LABEL[n.support.route]
  if (n.support.route === 'organisation') return `${route}（${n.support.partyOrg}）`
  if (n.support.route === 'mass') {
    const parts = [n.support.memberIds.length > 0 ? `${n.support.memberIds.length} 名执委推荐` : '', n.support.women > 0 ? `${n.support.women} 名妇女群众签名` : ''].filter(Boolean)
    return `${route}（${parts.join('，')}）`
  }
  return route
}

export function nominationsLedger(orgName: string, year: number, nominations: readonly LedgerNomination[]): AnyLedger {
  const rows = nominations.filter((n) => localDate(new Date(n.createdAt)).startsWith(`${year}-`)).sort((a, b) => a.createdAt.localeCompare(b.createdAt))
  return ledger({
    sheet: '增替补',
    title: `${orgName}${year}年执委增补、替补记录`,
    columns: [
      { header: '提名日期', width: 12, value: (n: LedgerNomination) => localDate(new Date(n.createdAt)) },
      { header: '候选人', width: 10, value: (n) => n.candidate.name },
      { header: '方式', width: 8, value: (n) => NOMINATION_KIND_LABEL[n.kind] },
      { header: '推荐途径', width: 22, value: (n) => supportText(n) },
      { header: '党组织审批', width: 24, value: (n) => (n.approval ? `${n.approval.by} ${n.approval.on}${n.approval.documentNo ? ` ${n.approval.documentNo}` : ''}` : '') },
      { header: '表决日期', width: 12, value: (n) => (n.vote ? localDate(new Date(n.vote.at)) : '') },
      { header: '应到/实到', width: 10, value: (n) => (n.vote ? `${n.vote.expected}/${n.vote.present}` : '') },
      { header: '赞成/反对/弃权', width: 14, value: (n) => (n.vote ? `${n.vote.yes}/${n.vote.no}/${n.vote.abstain}` : '') },
      { header: '结果', width: 10, value: (n) => NOMINATION_STATUS_LABEL[n.status] },
    ],
    rows,
  })
}
