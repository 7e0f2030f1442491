// What the 台账 page offers: the years to choose from, each ledger's words, and which ones a
// caller may export (the server decides; this only leaves out a button she would be refused).
import { LEDGER_KIND_LABEL, type LedgerKind } from '../../../../types/reports'
import type { StaffRole } from '../../../../types/staff'

export interface LedgerChoice {
  kind: LedgerKind
  title: string
  note: string
}

const NOTES: Record<LedgerKind, string> = {
  annual: '大事记、年度总结和下面全部台账，一个文件',
  roster: '职务、电话、联系片区、轮值月份、任期、离任情况',
  activities: '全年活动的计划、开展情况和成效，附照片链接',
  topics: '议题来源、议事会、一事一记、反馈、上报和落实',
  duty: '每位执委“七个一”逐季、逐半年的完成情况',
  committee: '执委会出席和纪要，增补替补的推荐、审批和表决',
  requests: '已去除姓名、电话和求助经过，只有编号、类别和各环节日期',
  stats: '下级各妇联的台账、履职、议事、求助和完整度，一个组织一行',
}

// the 统计报表 is offered on the 下级统计 page, beside the table it repeats
const ORDER: readonly LedgerKind[] = ['annual', 'roster', 'activities', 'topics', 'duty', 'committee', 'requests']

/** 求助台账 case by case is the federation's own chairs' (a chair above gets its totals in the 年度台账). */
export function ledgerChoices(role: StaffRole): LedgerChoice[] {
  return ORDER.filter((kind) => kind !== 'requests' || role === 'chair').map((kind) => ({ kind, title: LEDGER_KIND_LABEL[kind], note: NOTES[kind] }))
}

/** This year and the four before it, newest first. */
export function yearChoices(thisYear: number): number[] {
  return [0, 1, 2, 3, 4].map((back) => thisYear - back)
}
