// reports.exportLedger through the real dispatch on the console tree: who may export which
// 台账 (every kind × every caller), the file behind the link read back, a chair above given
// the 求助台账's totals only, every export audited as a read, a refusal changing nothing.
import fs from 'node:fs'
import ExcelJS from 'exceljs'
import { readWorkbook } from '../../support/xlsx'
import { LEDGER_KINDS, type AuditDoc, type ExportDoc, type LedgerKind } from '../../../types'
import { removeExpiredExports } from '../../../cloudfunctions/reports/lib/expire'
import { localDownloads } from '../../../server/downloads'
import { createCaller } from '../../fixtures/caller'
import type { TestServices } from '../../fixtures/services'
import { caseDoc } from '../requests/fixtures/requestsTree'
import { CALLERS, COMM, consoleServices, type CallerName } from '../org/fixtures/consoleTree'

let services: TestServices
beforeEach(async () => {
  services = await consoleServices()
})

async function workbookAt(url: string): Promise<ExcelJS.Workbook> {
  const found = localDownloads(services.dataDir).resolve(url.slice('/downloads/'.length))
  if (!found) throw new Error(`no download at ${url}`)
  const bytes = fs.readFileSync(found.file)
  const book = await readWorkbook(bytes)
  return book
}

const CHAIRS: CallerName[] = ['chair', 'viceChair', 'ancestorChair']
const ALLOWED: Record<LedgerKind, CallerName[]> = {
  roster: CHAIRS,
  activities: CHAIRS,
  topics: CHAIRS,
  duty: CHAIRS,
  committee: CHAIRS,
  // case by case: the federation's own chairs, as its queue
  requests: ['chair', 'viceChair'],
  annual: CHAIRS,
  stats: CHAIRS,
}
const KINDS = Object.keys(CALLERS) as CallerName[]
const rows = LEDGER_KINDS.flatMap((kind) => KINDS.map((who) => [kind, who, who === 'anonymous' ? 'UNAUTHENTICATED' : ALLOWED[kind].includes(who) ? 'allow' : 'FORBIDDEN'] as const))

test.each(rows)(
  'reports.exportLedger %s by %s → %s',
  async (kind, who, outcome) => {
    const reply = await createCaller('reports', services, who).reply('exportLedger', { orgId: COMM, kind, year: 2026 })
    const audit = await services.store.find<AuditDoc>('audit', { fn: 'reports' })
    if (outcome === 'allow') {
      expect(reply.ok).toBe(true)
      expect(audit).toEqual([expect.objectContaining({ outcome: 'read', action: 'exportLedger', actor: CALLERS[who], orgId: COMM })])
      return
    }
    expect(reply).toMatchObject({ ok: false, error: { code: outcome } })
    expect(audit).toEqual([expect.objectContaining({ outcome: 'refused', action: who === 'anonymous' ? 'exportLedger' : `exportLedger.${kind}` })])
    expect(fs.existsSync(`${services.dataDir}/downloads`)).toBe(false)
  },
  20_000,
)

test('the chair’s 执委花名册: a file named for the federation and the day, its members read back from the link', async () => {
  const out = await createCaller('reports', services, 'chair').exportLedger({ orgId: COMM, kind: 'roster', year: 2026 })
  expect(out.fileName).toBe('和平街道幸福社区妇联执委花名册（2026-11-23）.xlsx')
  expect(new Date(out.expiresAt).getTime()).toBeGreaterThan(Date.now())
  const sheet = (await workbookAt(out.url)).getWorksheet('执委花名册')!
  const names = []
  for (let row = 4; row <= sheet.rowCount; row++) names.push(sheet.getRow(row).getCell(2).value)
  expect(names).toEqual(['李主席', '王副主席', '张执委', '陈执委', '赵志愿', '刘已离任'])
  const [audit] = await services.store.find<AuditDoc>('audit', { fn: 'reports' })
  expect(audit).toMatchObject({ actorName: '李主席', summary: '导出了和平街道幸福社区妇联执委花名册（2026-11-23）', target: { collection: 'orgs', id: COMM } })
})

test('the 年度台账 holds every ledger; the 街道 chair’s copy keeps the 求助 totals and leaves out the cases', async () => {
  await services.store.insert('requests', caseDoc('c1', 'closed', { orgId: COMM, createdAt: '2026-05-01T02:00:00.000Z' }))
  const own = await createCaller('reports', services, 'chair').exportLedger({ orgId: COMM, kind: 'annual', year: 2026 })
  const ownBook = await workbookAt(own.url)
  expect(ownBook.worksheets.map((s) => s.name)).toEqual(['大事记', '年度总结', '执委花名册', '活动台账', '议事台账', '履职台账', '执委会', '增替补', '求助台账'])
  expect(ownBook.getWorksheet('求助台账')!.rowCount).toBe(4)
  // the March 执委会 is in the 大事记
  expect(ownBook.getWorksheet('大事记')!.getRow(3).values).toEqual([undefined, 1, '2026-03-06', '执委会', '召开执委会全体会议'])

  const above = await createCaller('reports', services, 'ancestorChair').exportLedger({ orgId: COMM, kind: 'annual', year: 2026 })
  const requests = (await workbookAt(above.url)).getWorksheet('求助台账')!
  // one case: the small-count rule shows every category as 少于5, so not even the one case's category can be told
  expect(requests.getCell('A2').value).toBe(
    '全年 少于5 件；按类别：家庭暴力 少于5，婚姻家庭纠纷 少于5，就业创业 少于5，法律咨询 少于5，心理疏导 少于5，生活困难 少于5，儿童权益 少于5，其他 少于5（各件明细只由本级妇联主席导出）',
  )
  expect(requests.rowCount).toBe(3)
})

test('each file handed out is recorded, and deleted by the timer once its link has died, not before', async () => {
  const out = await createCaller('reports', services, 'chair').exportLedger({ orgId: COMM, kind: 'roster', year: 2026 })
  const [record] = await services.store.find<ExportDoc>('exports', {})
  expect(record).toMatchObject({ orgId: COMM, fileName: out.fileName, expiresAt: out.expiresAt })
  const folder = `${services.dataDir}/downloads/${record!.ref}`
  expect(fs.existsSync(folder)).toBe(true)

  expect(await removeExpiredExports(services, new Date(new Date(out.expiresAt).getTime() - 1000))).toBe(0)
  expect(fs.existsSync(folder)).toBe(true)
  expect(await removeExpiredExports(services, new Date(out.expiresAt))).toBe(1)
  expect(fs.existsSync(folder)).toBe(false)
  expect(await services.store.find('exports', {})).toEqual([])
})
