// What the durability test checks once the host has stopped: reading the store files
// the way the host does, every acknowledged submission is one case (never two), with
// its timeline event 1, and her personal data opens with DATA_DIR's key (kept beside it);
// what follows a filing happened once for each case, however often its submit was cut off
// and retried: one audit line, each chair told once, and the federation's figures count it.
import fs from 'node:fs'
import type { RequestDoc, RequestEventDoc, RequestPersonal } from '../../types/requestModel'
import type { AuditDoc, OrgStatsDoc, OutboxDoc } from '../../types'
import { ANY_ORDER, readAll } from '../../cloudfunctions/common/readAll'
import { leadOpenids } from '../../cloudfunctions/common/staff'
import { statsId, yearOf } from '../../cloudfunctions/shared/orgStats'
import { staffCasePath } from '../../types/routes'
import { NedbStore } from '../../server/nedb'
import { MAX_LIMIT } from '../../cloudfunctions/common/store/port'
import { createVault, keyFromText, type VaultPort } from '../../cloudfunctions/common/vault'
import { localKeyFile } from '../../server/vault'
import { descriptionOf, phoneOf, type ClientReport, type Submission } from './clients'

async function allCases(store: NedbStore): Promise<RequestDoc[]> {
  const cases: RequestDoc[] = []
  for (let skip = 0; ; skip += MAX_LIMIT) {
    const page = await store.find<RequestDoc>('requests', {}, { sort: { _id: 1 }, skip, limit: MAX_LIMIT })
    cases.push(...page)
    if (page.length < MAX_LIMIT) return cases
  }
}

function personalOf(vault: VaultPort, doc: RequestDoc): RequestPersonal | null {
  try {
    return JSON.parse(vault.open(doc.personal)) as RequestPersonal
  } catch {
    return null
  }
}

/** Problems with one submission's case; none when it is whole. */
async function checkOne(store: NedbStore, vault: VaultPort, submission: Submission, cases: RequestDoc[], report: ClientReport): Promise<string[]> {
  const what = `第 ${submission.index} 条`
  const ack = report.acknowledged.get(submission.index)
  if (!ack) return [`${what}没有得到确认`]
  if (cases.length !== 1) return [`${what}（${submission.openid}）存了 ${cases.length} 份`]
  const [doc] = cases
  const problems: string[] = []
  if (doc._id !== ack.caseId || doc.code !== ack.code) problems.push(`${what}确认的是 ${ack.caseId}/${ack.code}，存的是 ${doc._id}/${doc.code}`)
  if (doc.state !== 'submitted' || doc.version !== 1) problems.push(`${what}状态是 ${doc.state}、版本 ${doc.version}`)
  const event = await store.getById<RequestEventDoc>('request_events', `${doc._id}.1`)
  if (!event || event.caseId !== doc._id || event.step !== 'submit' || event.seq !== 1) problems.push(`${what}没有时间线第 1 条（提交）`)
  const personal = personalOf(vault, doc)
  if (!personal) problems.push(`${what}的个人信息无法解密`)
  else if (personal.description !== descriptionOf(submission.index) || personal.phone !== phoneOf(submission.index)) problems.push(`${what}解密后的内容不是她提交的`)
  return problems
}

const countBy = <T>(items: T[], key: (item: T) => string): Map<string, number> => {
  const counts = new Map<string, number>()
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1)
  return counts
}

/** Problems with what followed the filing of `ours` (the cases of one federation): none when each happened once. */
async function checkFollowUps(store: NedbStore, orgId: string, ours: RequestDoc[], all: RequestDoc[]): Promise<string[]> {
  const problems: string[] = []
  const audited = countBy(await readAll<AuditDoc>({ store }, 'audit', { orgId, fn: 'requests', action: 'submit' }, ANY_ORDER, ['target']), (line) => line.target?.id ?? '')
  const leads = await leadOpenids(store, orgId)
  if (leads.length === 0) problems.push(`${orgId} 没有可通知的主席、副主席`)
  const toldPerLead = await Promise.all(
    leads.map(async (openid) => countBy(await readAll<OutboxDoc>({ store }, 'outbox', { openid }, ANY_ORDER, ['page']), (message) => message.page)),
  )
  for (const doc of ours) {
    const lines = audited.get(doc._id) ?? 0
    if (lines !== 1) problems.push(`求助 ${doc.code} 的提交记了 ${lines} 条审计`)
    const told = toldPerLead.map((pages) => pages.get(staffCasePath(doc._id)) ?? 0)
    if (told.some((times) => times !== 1)) problems.push(`求助 ${doc.code} 通知主席、副主席的次数是 ${told.join('、')}`)
  }
  const filed = countBy(
    all.filter((doc) => doc.orgId === orgId),
    (doc) => String(yearOf(new Date(doc.createdAt))),
  )
  for (const [year, cases] of filed) {
    const counted = (await store.getById<OrgStatsDoc>('org_stats', statsId(orgId, Number(year))))?.requests?.total
    if (counted !== cases) problems.push(`${orgId} ${year} 年有 ${cases} 件求助，统计数是 ${counted}`)
  }
  return problems
}

export interface StoreFindings {
  cases: number
  problems: string[]
}

export async function verifyStore(dataDir: string, submissions: Submission[], report: ClientReport): Promise<StoreFindings> {
  const store = await NedbStore.open({ dataDir })
  const vault = createVault(keyFromText(fs.readFileSync(localKeyFile(dataDir), 'utf8')))
  const cases = await allCases(store)
  const byOpenid = new Map<string, RequestDoc[]>()
  for (const doc of cases) if (doc.requesterOpenid) byOpenid.set(doc.requesterOpenid, [...(byOpenid.get(doc.requesterOpenid) ?? []), doc])
  const problems: string[] = []
  for (const submission of submissions) problems.push(...(await checkOne(store, vault, submission, byOpenid.get(submission.openid) ?? [], report)))
  const ours = submissions.reduce((sum, s) => sum + (byOpenid.get(s.openid)?.length ?? 0), 0)
  if (ours !== submissions.length) problems.push(`应有 ${submissions.length} 件求助，实际 ${ours} 件`)
  const codes = new Set(cases.map((doc) => doc.code))
  if (codes.size !== cases.length) problems.push(`有 ${cases.length - codes.size} 个求助编号重复`)
  const oursByOrg = new Map<string, RequestDoc[]>()
  for (const submission of submissions) for (const doc of byOpenid.get(submission.openid) ?? []) oursByOrg.set(doc.orgId, [...(oursByOrg.get(doc.orgId) ?? []), doc])
  for (const [orgId, docs] of oursByOrg) problems.push(...(await checkFollowUps(store, orgId, docs, cases)))
  return { cases: ours, problems }
}
