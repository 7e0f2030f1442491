// 台账 and 统计报表 (the `reports` function): the files a federation hands in, made from the
// data it already keeps (001 3.6 "做到年初有计划，活动有记录，年终有总结，每年将工作资料进行归档整理"),
// as .xlsx workbooks opened by a short-lived link. Each export is audited.
import * as z from 'zod/mini'
import { id, instant } from './common'

export const LEDGER_KINDS = ['roster', 'activities', 'topics', 'duty', 'committee', 'requests', 'annual', 'stats'] as const
export type LedgerKind = (typeof LEDGER_KINDS)[number]
export const LEDGER_KIND_LABEL: Record<LedgerKind, string> = {
  roster: '执委花名册',
  activities: '活动台账',
  topics: '议事台账',
  duty: '履职台账',
  committee: '执委会和增替补记录',
  requests: '求助台账',
  annual: '年度台账',
  stats: '下级统计报表',
}
export const ledgerKind = z.enum(LEDGER_KINDS, {
  error: (issue) => (issue.input === undefined ? undefined : `台账只能是${LEDGER_KINDS.map((kind) => LEDGER_KIND_LABEL[kind]).join('、')}之一`),
})

export const ledgerYear = z.number().check(z.int({ error: '请选择年份，如 2026' }), z.gte(2000, { error: '请选择年份，如 2026' }), z.lte(2100, { error: '请选择年份，如 2026' }))

export const exportLedgerInput = z.strictObject({ orgId: id, kind: ledgerKind, year: ledgerYear })
export const exportLedgerOutput = z.object({
  /** opens the file until `expiresAt` (H5: a download; WeChat: downloaded, then wx.openDocument) */
  url: z.string(),
  fileName: z.string(),
  bytes: z.number(),
  expiresAt: instant,
})
export type ExportLedgerOutput = z.infer<typeof exportLedgerOutput>

/** A generated file handed out (collection `exports`): kept until its link dies, then deleted (reports timer). */
export const exportDoc = z.object({ _id: id, orgId: id, ref: z.string(), fileName: z.string(), expiresAt: instant })
export type ExportDoc = z.infer<typeof exportDoc>

export const reportsContract = {
  exportLedger: { input: exportLedgerInput, output: exportLedgerOutput },
} as const
