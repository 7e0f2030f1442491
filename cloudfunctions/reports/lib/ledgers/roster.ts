// 执委花名册: every member the federation has had, in office first (by post, as the board
// orders them), then those who left, with what a 花名册 asks: post, level, phones, 特长,
// the 片区 she covers, her 轮值 month, her term, when she joined and when and why she left.
// The 妇女代表 count is the federation's, so it stands under the title, not in a column.
import { AREA_KIND_LABEL, DEPARTURE_REASON_LABEL, ORG_LEVEL_LABEL, POST_LABEL, type AreaDoc, type MemberDoc, type OrgDoc } from '../../../../types'
import { localDate } from '../../../common/time'
import { ledger, type AnyLedger } from '../workbook'

export type RosterOrg = Pick<OrgDoc, 'name' | 'level' | 'representativesCount'>
export type RosterMember = Pick<
  MemberDoc,
  '_id' | 'name' | 'post' | 'phone' | 'officePhone' | 'specialty' | 'onDutyMonth' | 'termStart' | 'termEnd' | 'status' | 'departure' | 'createdAt' | 'sort'
>
export type RosterArea = Pick<AreaDoc, 'name' | 'kind' | 'memberId' | 'backupMemberId'>

const term = (m: RosterMember): string => (m.termStart || m.termEnd ? `${m.termStart ?? '—'} 至 ${m.termEnd ?? '—'}` : '')

function areasOf(m: RosterMember, areas: readonly RosterArea[]): string {
  const named = (a: RosterArea) => `${a.name}（${AREA_KIND_LABEL[a.kind]}）`
  const own = areas.filter((a) => a.memberId === m._id).map(named)
  const backup = areas.filter((a) => a.backupMemberId === m._id).map((a) => `${named(a)}备用`)
  return [...own, ...backup].join('、')
}

/** In office first, in the board's order; then those who left, the latest first. */
function ordered(members: readonly RosterMember[]): RosterMember[] {
  const active = members.filter((m) => m.status === 'active').sort((a, b) => a.sort - b.sort)
  const left = members.filter((m) => m.status !== 'active').sort((a, b) => (b.departure?.leftOn ?? '').localeCompare(a.departure?.leftOn ?? ''))
  return [...active, ...left]
}

export function rosterLedger(org: RosterOrg, members: readonly RosterMember[], areas: readonly RosterArea[], asOf: Date): AnyLedger {
  const rows = ordered(members).map((m, i) => ({ m, n: i + 1 }))
  return ledger({
    sheet: '执委花名册',
    title: `${org.name}执委花名册`,
    note: `层级：${ORG_LEVEL_LABEL[org.level]}，妇女代表：${org.representativesCount} 名，在任 ${members.filter((m) => m.status === 'active').length} 人，制表日期：${localDate(asOf)}`,
    columns: [
      { header: '序号', width: 6, value: ({ n }) => n },
      { header: '姓名', width: 10, value: ({ m }) => m.name },
      { header: '职务', width: 10, value: ({ m }) => POST_LABEL[m.post] },
      { header: '层级', width: 8, value: () => ORG_LEVEL_LABEL[org.level] },
      { header: '联系电话', width: 14, value: ({ m }) => m.phone ?? '' },
      { header: '办公电话', width: 14, value: ({ m }) => m.officePhone ?? '' },
      { header: '特长', width: 14, value: ({ m }) => m.specialty },
      { header: '联系片区', width: 24, value: ({ m }) => areasOf(m, areas) },
      { header: '轮值月份', width: 8, value: ({ m }) => (m.onDutyMonth ? `${m.onDutyMonth}月` : '') },
      { header: '任期', width: 24, value: ({ m }) => term(m) },
      { header: '任职日期', width: 12, value: ({ m }) => m.termStart ?? localDate(new Date(m.createdAt)) },
      { header: '离任日期', width: 12, value: ({ m }) => m.departure?.leftOn ?? '' },
      { header: '离任原因', width: 16, value: ({ m }) => (m.departure ? DEPARTURE_REASON_LABEL[m.departure.reason] : '') },
      { header: '状态', width: 8, value: ({ m }) => (m.status === 'active' ? '在任' : '已离任') },
    ],
    rows,
  })
}
