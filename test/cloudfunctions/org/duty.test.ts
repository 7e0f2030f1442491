// 执委履职 through the org function: 记一笔 by herself and by her chair (for a member without a
// smartphone), the sealed women's names (hers and her chair's to read, every chair's read
// audited), versioned edits, deletes that leave an audit record, the 七个一 summary, the chair's
// 履职情况 (附件2 七个一; 手册 六（八）“超过一年没有履职的”) and the counts rolled up to the 街道.
import { WOMEN_REACHED_CITATIONS, type AuditDoc, type DutyEntryDoc } from '../../../types'
import { member } from '../../fixtures/docs'
import type { ActionInput } from '../../../types/contracts'
import { createCaller } from '../../fixtures/caller'
import type { TestServices } from '../../fixtures/services'
import { consoleServices, IDS } from './fixtures/consoleTree'

const FIELDS: ActionInput<'org', 'logDutyEntry'>['fields'] = {
  kind: 'talk',
  date: '2026-11-20',
  way: 'activity',
  areaId: 'a1',
  womenCount: 12,
  note: '讲家庭教育',
  photos: [],
  womenNames: '李大姐、王二嫂',
  activityId: 'act-1',
}

let services: TestServices
const org = (who: Parameters<typeof createCaller>[2]) => createCaller('org', services, who)
const audit = (filter: Record<string, string>) => services.store.find<AuditDoc>('audit', filter)

beforeEach(async () => {
  services = await consoleServices()
})

test('a member logs her own entry: entered by herself, the names sealed at rest, the write audited', async () => {
  const { entry } = await org('member').logDutyEntry({ orgId: IDS.comm, fields: FIELDS })
  expect(entry).toMatchObject({ memberId: IDS.memberA, enteredBy: 'self', womenNames: '李大姐、王二嫂', links: { activityId: 'act-1', topicId: null, requestId: null } })
  const stored = await services.store.getById<DutyEntryDoc>('duty_entries', entry._id)
  expect(stored?.womenNames).not.toContain('李大姐')
  expect(stored?.womenNames).toMatch(/^v1\./)
  expect(await audit({ action: 'logDutyEntry', outcome: 'changed' })).toHaveLength(1)
})

test('the chair logs for a member without a smartphone: marked as entered by the chair', async () => {
  const { entry } = await org('chair').logDutyEntry({ orgId: IDS.comm, memberId: IDS.memberB, fields: { ...FIELDS, womenNames: '' } })
  expect(entry).toMatchObject({ memberId: IDS.memberB, enteredBy: 'chair' })
  expect((await services.store.getById<DutyEntryDoc>('duty_entries', entry._id))?.enteredByMemberId).toBe(IDS.chair)
})

test('a member cannot log or read for another member, and the attempt is audited', async () => {
  const reply = await org('member').reply('logDutyEntry', { orgId: IDS.comm, memberId: IDS.memberB, fields: FIELDS })
  expect(reply).toMatchObject({ ok: false, error: { code: 'FORBIDDEN', message: '只能查看和记录自己的履职' } })
  expect(await org('member').reply('dutySummary', { orgId: IDS.comm, memberId: IDS.memberB })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
  expect(await audit({ outcome: 'refused' })).toHaveLength(2)
  expect(await services.store.count('duty_entries', { memberId: IDS.memberB })).toBe(0)
})

test('a future date, another org’s 片区 and a member who left are refused, naming the field', async () => {
  expect(await org('member').reply('logDutyEntry', { orgId: IDS.comm, fields: { ...FIELDS, date: '2026-11-24' } })).toMatchObject({
    ok: false,
    error: { code: 'INVALID_INPUT', issues: [{ field: 'fields.date' }] },
  })
  expect(await org('member').reply('logDutyEntry', { orgId: IDS.comm, fields: { ...FIELDS, areaId: 'o1' } })).toMatchObject({
    ok: false,
    error: { issues: [{ field: 'fields.areaId' }] },
  })
  expect(await org('chair').reply('logDutyEntry', { orgId: IDS.comm, memberId: IDS.left, fields: FIELDS })).toMatchObject({ ok: false, error: { issues: [{ field: 'memberId' }] } })
})

test('the names are read by her without an audit, by her chair with one; a chair above reads no entry', async () => {
  await org('member').logDutyEntry({ orgId: IDS.comm, fields: FIELDS })
  const own = await org('member').listDutyEntries({ orgId: IDS.comm, period: 'quarter' })
  expect(own.items.map((item) => item.womenNames)).toEqual(['李大姐、王二嫂', ''])
  expect(await audit({ outcome: 'read' })).toHaveLength(0)
  const chairs = await org('viceChair').listDutyEntries({ orgId: IDS.comm, memberId: IDS.memberA, period: 'year' })
  expect(chairs.items[0].womenNames).toBe('李大姐、王二嫂')
  expect(await audit({ outcome: 'read' })).toEqual([expect.objectContaining({ action: 'listDutyEntries', target: { collection: 'duty_entries', id: chairs.items[0]._id } })])
  expect(await org('ancestorChair').reply('listDutyEntries', { orgId: IDS.comm, memberId: IDS.memberA, period: 'year' })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
})

test('an edit needs the version she saw; the counts move with it; a delete leaves its audit record', async () => {
  const stale = await org('member').reply('updateDutyEntry', { entryId: IDS.dutyEntry, version: 2, fields: FIELDS })
  expect(stale).toMatchObject({ ok: false, error: { code: 'CONFLICT' } })
  const { entry } = await org('member').updateDutyEntry({ entryId: IDS.dutyEntry, version: 1, fields: FIELDS })
  expect(entry).toMatchObject({ version: 2, kind: 'talk', womenCount: 12 })
  let counts = await org('chair').dutyCounts({ orgId: IDS.comm })
  expect(counts.own.quarter).toMatchObject({ entries: 1, women: 12, byKind: { contact: 0, talk: 1 } })
  const changed = await audit({ action: 'updateDutyEntry' })
  // what changed, never the women's names
  expect(changed[0].changes.map((change) => change.field)).toEqual(['kind', 'date', 'way', 'womenCount', 'note'])

  expect(await org('chair').reply('deleteDutyEntry', { entryId: IDS.dutyEntry, version: 1 })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } })
  await org('chair').deleteDutyEntry({ entryId: IDS.dutyEntry, version: 2 })
  expect(await services.store.getById('duty_entries', IDS.dutyEntry)).toBeNull()
  const deleted = await audit({ action: 'deleteDutyEntry' })
  expect(deleted).toHaveLength(1)
  expect(deleted[0].changes[0]).toMatchObject({ field: 'entry', before: { memberId: IDS.memberA, kind: 'talk', date: '2026-11-20' }, after: null })
  counts = await org('ancestorChair').dutyCounts({ orgId: 'street' })
  expect(counts.tree.quarter).toMatchObject({ entries: 0, women: 0 })
})

test('her summary: 七个一 this period in plain words (附件2)', async () => {
  const { summary } = await org('member').dutySummary({ orgId: IDS.comm })
  expect(summary.duties.find((duty) => duty.key === 'contact')).toMatchObject({ done: 1, status: 'done' })
  expect(summary.todo[0]).toBe('本季度还需宣讲1次，截至 12月31日')
  await org('member').logDutyEntry({ orgId: IDS.comm, fields: FIELDS })
  expect((await org('member').dutySummary({ orgId: IDS.comm })).summary.todo[0]).toBe('本半年还需收集妇女群众需求1次、向本级妇联提建议1次，截至 12月31日')
})

test('履职情况: every committee member, who is behind and who has been silent for a year (the flag only proposes)', async () => {
  // member B has been a member since 2024 and never logged anything
  await services.store.update('members', { _id: IDS.memberB }, { $set: { termStart: '2024-01-01' } })
  const overview = await org('chair').dutyOverview({ orgId: IDS.comm })
  // the one-year flag first, then those behind (all four missed the third quarter), in board order
  expect(overview.members.map((row) => row.memberId)).toEqual([IDS.memberB, IDS.chair, IDS.vice, IDS.memberA])
  const b = overview.members.find((row) => row.memberId === IDS.memberB)
  expect(b?.summary).toMatchObject({ behind: true, lastEntryDate: null, silentYear: { citation: { quote: '超过一年没有履职的' } } })
  const a = overview.members.find((row) => row.memberId === IDS.memberA)
  expect(a?.summary).toMatchObject({ lastEntryDate: '2026-11-16', silentYear: null })
  expect(overview.silentCount).toBe(1)
  expect(overview.behindCount).toBeGreaterThanOrEqual(1)
  expect(await services.store.getById('members', IDS.memberB)).toMatchObject({ status: 'active' })
})

test('counts roll up through the tree: the 街道 sees its own, its tree and each child', async () => {
  await org('chair').logDutyEntry({ orgId: IDS.comm, memberId: IDS.memberB, fields: { ...FIELDS, womenNames: '' } })
  const street = await org('ancestorChair').dutyCounts({ orgId: 'street' })
  expect(street.quarter.key).toBe('2026Q4')
  expect(street.own.year.entries).toBe(0)
  expect(street.tree.year).toMatchObject({ entries: 2, women: 15, byKind: { contact: 1, talk: 1 } })
  expect(street.children).toEqual([
    { orgId: IDS.comm, name: '和平街道幸福社区妇联', counts: { quarter: street.tree.quarter, year: street.tree.year }, members: { total: 4, behind: 4, silent: 0 } },
    expect.objectContaining({ orgId: IDS.sibling, counts: expect.objectContaining({ year: expect.objectContaining({ entries: 0 }) }) }),
  ])
})

test('a federation raises a 七个一 minimum for its members, and cannot lower one (附件2)', async () => {
  const lowered = await org('chair').reply('updateOrg', { orgId: IDS.comm, version: 1, changes: { dutyMinimums: { contact: 0 } } })
  expect(lowered).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', issues: [{ field: 'changes.dutyMinimums.contact' }] } })
  expect(lowered.ok ? '' : lowered.error.message).toContain('一次联系每季度至少1次，只能提高，不能降低')
  const { org: saved } = await org('chair').updateOrg({ orgId: IDS.comm, version: 1, changes: { dutyMinimums: { contact: 2 } } })
  expect(saved.dutyMinimums).toEqual({ contact: 2 })
  const { summary } = await org('member').dutySummary({ orgId: IDS.comm })
  // one contact this quarter is no longer enough (and she logged none in the third quarter)
  expect(summary.duties.find((duty) => duty.key === 'contact')).toMatchObject({ done: 1, minimum: 2, status: 'behind' })
  expect(summary.todo[0]).toBe('本季度还需联系妇女群众1次、宣讲1次，截至 12月31日')
})

test('a raised minimum counts everywhere at once: 我的履职, the chair’s view of her and 履职情况 (附件2)', async () => {
  // “执委每季度向联系的妇女群众开展1次宣讲活动” — the federation asks for two
  await org('member').logDutyEntry({ orgId: IDS.comm, fields: FIELDS })
  const before = await org('member').dutySummary({ orgId: IDS.comm })
  expect(before.summary.duties.find((duty) => duty.key === 'talk')).toMatchObject({ done: 1, minimum: 1, status: 'done' })
  await org('chair').updateOrg({ orgId: IDS.comm, version: 1, changes: { dutyMinimums: { talk: 2 } } })
  const talkOf = (summary: { duties: { key: string }[] }) => summary.duties.find((duty) => duty.key === 'talk')
  // one 宣讲 this quarter is no longer done (she missed the third quarter too, so she is behind)
  const after = talkOf((await org('member').dutySummary({ orgId: IDS.comm })).summary)
  expect(after).toMatchObject({ done: 1, minimum: 2 })
  expect(after).not.toMatchObject({ status: 'done' })
  expect(talkOf((await org('chair').dutySummary({ orgId: IDS.comm, memberId: IDS.memberA })).summary)).toMatchObject({ done: 1, minimum: 2 })
  const overview = await org('chair').dutyOverview({ orgId: IDS.comm })
  for (const row of overview.members) expect(talkOf(row.summary)).toMatchObject({ minimum: 2 })
  expect(talkOf(overview.members.find((row) => row.memberId === IDS.memberA)!.summary)).toMatchObject({ done: 1 })
  // the other duties keep the seed's count
  expect(overview.members[0].summary.duties.filter((duty) => duty.key !== 'talk').map((duty) => duty.minimum)).toEqual([1, 1, 1, 1, 1, 1])
})

test('履职情况 lists the 执委 only: no 巾帼志愿者, 小组长 or 组员, and none of them can be given an entry (附件2 “每位妇联执委”)', async () => {
  // a 小组长 and a 组员 stored on the community (from before each body had its own posts)
  await services.store.insert('members', member('m-leader', IDS.comm, { name: '钱小组长', post: 'groupLeader', sort: 6 }))
  await services.store.insert('members', member('m-grouper', IDS.comm, { name: '孙组员二', post: 'groupMember', sort: 7 }))
  const overview = await org('chair').dutyOverview({ orgId: IDS.comm })
  expect(overview.members.map((row) => row.post).sort()).toEqual(['chair', 'member', 'member', 'viceChair'])
  expect(overview.members.map((row) => row.name)).not.toEqual(expect.arrayContaining(['赵志愿']))
  // the 妇女小组 itself has no 执委: its 履职情况 is empty, opened by the community's chair above it
  expect((await org('chair').dutyOverview({ orgId: IDS.group })).members).toEqual([])
  for (const memberId of [IDS.volunteer, 'm-leader']) {
    const reply = await org('chair').reply('logDutyEntry', { orgId: IDS.comm, memberId, fields: { ...FIELDS, womenNames: '' } })
    expect(reply).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', issues: [{ field: 'memberId', message: expect.stringContaining('不是执委') }] } })
  }
  // the 组员 of the 妇女小组 cannot keep a 履职 record of her own there either
  const own = await org('childMember').reply('logDutyEntry', { orgId: IDS.group, fields: { ...FIELDS, areaId: null, activityId: null } })
  expect(own).toMatchObject({ ok: false, error: { issues: [{ field: 'memberId' }] } })
  expect(await services.store.count('duty_entries', {})).toBe(1)
})

test('分片 coverage (附件6 “至少…10名妇女群众”): women reached this year in 人次 per member, and the 片区 nobody visited this quarter', async () => {
  // member A: 3 women in de-1 (1栋, this quarter); 12 more at a 宣讲 in no 片区 → 15 人次
  await org('member').logDutyEntry({ orgId: IDS.comm, fields: { ...FIELDS, areaId: null } })
  // the member who has since left visited 2栋 this quarter: the visit still counts
  await services.store.insert('duty_entries', { ...(await services.store.getById<DutyEntryDoc>('duty_entries', IDS.dutyEntry))!, _id: 'de-left', memberId: IDS.left, areaId: 'a2' })
  // 第一网格 was visited only in the third quarter
  await services.store.insert('duty_entries', { ...(await services.store.getById<DutyEntryDoc>('duty_entries', IDS.dutyEntry))!, _id: 'de-q3', date: '2026-09-30', areaId: 'a3' })
  const { members, coverage } = await org('viceChair').dutyOverview({ orgId: IDS.comm })
  // the sum of her entries' counts this year (3 + 3 + 12), not distinct women
  expect(members.find((row) => row.memberId === IDS.memberA)?.summary.womenReached).toEqual({ count: 18, minimum: 10, met: true })
  expect(members.find((row) => row.memberId === IDS.memberB)?.summary.womenReached).toEqual({ count: 0, minimum: 10, met: false })
  expect(coverage).toMatchObject({ quarter: { key: '2026Q4' }, womenMinimum: 10, womenShort: 3, areaCount: 3 })
  expect(coverage.womenCitations).toEqual(WOMEN_REACHED_CITATIONS)
  expect(coverage.womenCitations[0].quote).toBe('每位执委至少联系1个妇女小组和微家、10名妇女群众')
  expect(coverage.unvisitedAreas).toEqual([{ areaId: 'a3', name: '第一网格', memberName: null }])
  // a chair above opening the community sees the same statuses, and no entry
  expect((await org('ancestorChair').dutyOverview({ orgId: IDS.comm })).coverage.unvisitedAreas).toEqual([{ areaId: 'a3', name: '第一网格', memberName: null }])
})

test('the 街道 reads each child federation’s rates as counts (behind, flagged, total): never a name', async () => {
  await services.store.update('members', { _id: IDS.memberB }, { $set: { termStart: '2024-01-01' } })
  const street = await org('ancestorChair').dutyCounts({ orgId: IDS.street })
  expect(street.children.map((child) => [child.orgId, child.members])).toEqual([
    [IDS.comm, { total: 4, behind: 3, silent: 1 }],
    [IDS.sibling, { total: 1, behind: 1, silent: 0 }],
  ])
  expect(JSON.stringify(street)).not.toContain('陈执委')
  // the community's own children are a 妇女小组: no 执委, not listed
  expect((await org('chair').dutyCounts({ orgId: IDS.comm })).children).toEqual([])
  // opening one child: the statuses of its members, by name
  const opened = await org('ancestorChair').dutyOverview({ orgId: IDS.comm })
  expect(opened.members[0]).toMatchObject({ name: '陈执委', summary: { silentYear: { message: expect.stringContaining('不会自动取消') } } })
})
