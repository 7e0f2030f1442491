// reports.exportLedger: one 台账 (or the year's workbook) of a federation as .xlsx, handed out
// by a short-lived link (ports.downloads) and recorded in `exports` until the file is deleted
// (lib/expire.ts), the export audited as a read: who, what, when.
// Who may export which kind is ORG_POLICY's; a chair above gets the 求助台账's totals only.
import { randomUUID } from 'node:crypto'
import { LEDGER_KIND_LABEL, type ActionInput, type ActionOutput, type ExportDoc } from '../../../types'
import { recordRead } from '../../common/audit'
import { DOWNLOAD_NAME_CHARS } from '../../common/ports'
import type { CtxOf } from '../../common/policy'
import { localDate } from '../../common/time'
import { workbookBytes } from '../lib/workbook'
import { ledgersFor } from '../lib/workbooks'

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'

/** The file's name: the federation, the year, the ledger — only characters a download link keeps. */
export function fileNameOf(orgName: string, kind: keyof typeof LEDGER_KIND_LABEL, year: number, today: string): string {
  const name = orgName.replace(new RegExp(`[^${DOWNLOAD_NAME_CHARS}]`, 'gu'), '').slice(0, 40) || '妇联'
  return kind === 'roster' ? `${name}${LEDGER_KIND_LABEL.roster}（${today}）.xlsx` : `${name}${year}年${LEDGER_KIND_LABEL[kind]}.xlsx`
}

export async function exportLedger(input: ActionInput<'reports', 'exportLedger'>, ctx: CtxOf<'reports.exportLedger'>): Promise<ActionOutput<'reports', 'exportLedger'>> {
  const { org, standing, actorName } = ctx.access
  const now = ctx.clock.now()
  const today = localDate(now)
  const ledgers = await ledgersFor(ctx, input.kind, { org, year: input.year, now, caseRows: standing.role === 'chair' })
  const bytes = await workbookBytes(ledgers, { creator: org.name, created: now })
  const fileName = fileNameOf(org.name, input.kind, input.year, today)
  const { url, expiresAt, ref } = await ctx.ports.downloads.offer({ folder: org._id, fileName, bytes, contentType: XLSX })
  const record: ExportDoc = { _id: randomUUID().replace(/-/g, ''), orgId: org._id, ref, fileName, expiresAt: expiresAt.toISOString() }
  await ctx.store.insert('exports', record)
  await recordRead(ctx, {
    fn: 'reports',
    action: 'exportLedger',
    orgId: org._id,
    actorName,
    target: { collection: 'orgs', id: org._id },
    summary: `导出了${fileName.replace(/\.xlsx$/, '')}`,
  })
  return { url, fileName, bytes: bytes.length, expiresAt: expiresAt.toISOString() }
}
