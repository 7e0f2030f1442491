// 书面述职 through the org function (002 《重庆市基层妇联执委履职制度》第八条: "每年在执委会上进行书面述职一次"):
// the form opens prefilled from her 履职 record of the year, she files her own (never another's),
// revises it until the 执委会 it names is recorded, and the chairs read every member's.
import type { AuditDoc, DutyEntryDoc } from '../../../types'
import { draftText, reportFacts } from '../../../cloudfunctions/org/lib/dutyReport'
import { createCaller, type Who } from '../../fixtures/caller'
import type { TestServices } from '../../fixtures/services'
import { COMMITTEE_ATTENDANCE, consoleServices, IDS } from './fixtures/consoleTree'

let services: TestServices
const orgAs = (who: Who) => createCaller('org', services, who)
beforeEach(async () => {
  services = await consoleServices()
})

const REPORT = '今年我联系妇女群众三次，走访1栋三户，下一步多开展宣讲。'
const entry = (over: Partial<DutyEntryDoc>): Pick<DutyEntryDoc, 'kind' | 'date' | 'womenCount' | 'links'> => ({
  kind: 'contact',
  date: '2026-03-01',
  womenCount: 1,
  links: { topicId: null, requestId: null, activityId: null },
  ...over,
})

describe('the prefill', () => {
  test('counts the year’s entries only, the 七个一 against the whole year’s minimum, topics raised and 帮扶 filed', () => {
    const entries = [
      entry({ kind: 'contact', date: '2026-02-01', womenCount: 4 }),
      entry({ kind: 'contact', date: '2026-05-01', womenCount: 2 }),
      entry({ kind: 'proposal', date: '2026-06-01', links: { topicId: 't1', requestId: null, activityId: null } }),
      entry({ kind: 'help', date: '2026-07-01', links: { topicId: null, requestId: 'r1', activityId: null } }),
      // last year's: not in 2026's report
      entry({ kind: 'talk', date: '2025-12-31', womenCount: 30 }),
    ]
    const facts = reportFacts(2026, entries, { contact: 2 }, ['小区增设母婴室'])
    expect(facts).toMatchObject({ year: 2026, entries: 4, women: 8, topics: ['小区增设母婴室'], helpFiled: 1 })
    // 一次联系 is quarterly: four a year, and the federation raised it to two a quarter — eight
    expect(facts.duties.find((duty) => duty.key === 'contact')).toEqual({ key: 'contact', title: '一次联系', done: 2, minimum: 8 })
    expect(facts.duties.find((duty) => duty.key === 'talk')).toMatchObject({ done: 0, minimum: 4 })
    expect(facts.duties.find((duty) => duty.key === 'survey')).toMatchObject({ done: 0, minimum: 2 })
    expect(facts.duties.find((duty) => duty.key === 'help')).toMatchObject({ done: 1, minimum: 1 })
    expect(facts.duties.find((duty) => duty.key === 'record')).toMatchObject({ done: 4, minimum: 1 })
    expect(facts.kinds).toEqual([
      { kind: 'contact', label: '联系/走访谈心', count: 2 },
      { kind: 'proposal', label: '建议', count: 1 },
      { kind: 'help', label: '帮扶', count: 1 },
    ])
    const text = draftText('张执委', facts)
    expect(text).toContain('2026年，我（张执委）作为妇联执委，共记录履职 4 次，联系服务妇女群众 8 人次。')
    expect(text).toContain('其中联系/走访谈心 2 次，建议 1 次，帮扶 1 次。')
    expect(text).toContain('一次帮扶完成 1 次（全年要求 1 次）')
    expect(text).toContain('还没有达到要求的：一次联系完成 2 次（全年要求 8 次）')
    expect(text).toContain('我提出的建议已提交议事：“小区增设母婴室”。')
    expect(text).toContain('为困难妇女儿童提交帮扶求助 1 件。')
  })

  test('her draft through the function: her own record of the year, the year’s 执委会 to name, nothing filed yet', async () => {
    const draft = await orgAs('member').dutyReportDraft({ orgId: IDS.comm, year: 2026 })
    expect(draft).toMatchObject({ memberId: IDS.memberA, memberName: '张执委', report: null })
    expect(draft.facts).toMatchObject({ entries: 1, women: 3, kinds: [{ kind: 'contact', count: 1 }] })
    expect(draft.draftText).toContain('共记录履职 1 次，联系服务妇女群众 3 人次')
    expect(draft.meetings.map((m) => m.meetingId).sort()).toEqual([IDS.committee, IDS.heldCommittee].sort())
    // the chair's own draft is hers, not member A's
    expect(await orgAs('chair').dutyReportDraft({ orgId: IDS.comm, year: 2026 })).toMatchObject({ memberId: IDS.chair, facts: { entries: 0 } })
  })

  test('no report for a year still to come', async () => {
    expect(await orgAs('member').reply('dutyReportDraft', { orgId: IDS.comm, year: 2027 })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', message: expect.stringContaining('还没到 2027 年') },
    })
  })
})

describe('filing and revising', () => {
  test('she files her own, audited; filing again without the version she saw is refused', async () => {
    const { report } = await orgAs('member').fileDutyReport({ orgId: IDS.comm, year: 2026, reportText: REPORT, meetingId: IDS.committee })
    expect(report).toMatchObject({ memberId: IDS.memberA, memberName: '张执委', year: 2026, reportText: REPORT, meetingId: IDS.committee, version: 1, revisedAt: null })
    const audit = await services.store.find<AuditDoc>('audit', { action: 'fileDutyReport' })
    expect(audit).toEqual([expect.objectContaining({ summary: '提交了2026年的书面述职', actorName: '张执委' })])
    expect(await orgAs('member').reply('fileDutyReport', { orgId: IDS.comm, year: 2026, reportText: REPORT, meetingId: null })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', message: '2026年的述职已经交过了，请打开后再修改' },
    })
  })

  test('she revises it until its 执委会 is recorded; after that it stands as filed', async () => {
    const first = await orgAs('member').fileDutyReport({ orgId: IDS.comm, year: 2026, reportText: REPORT, meetingId: IDS.committee })
    const revised = await orgAs('member').fileDutyReport({
      orgId: IDS.comm,
      year: 2026,
      reportText: `${REPORT}补充：参加了一次议事。`,
      meetingId: IDS.committee,
      version: first.report.version,
    })
    expect(revised.report).toMatchObject({ version: 2, reportText: expect.stringContaining('补充'), filedAt: first.report.filedAt, revisedAt: expect.any(String) })
    await orgAs('chair').recordCommittee({ meetingId: IDS.committee, version: 1, attendance: COMMITTEE_ATTENDANCE, minutes: '听取了执委的书面述职' })
    const late = await orgAs('member').reply('fileDutyReport', { orgId: IDS.comm, year: 2026, reportText: `${REPORT}再改一次。`, meetingId: IDS.committee, version: 2 })
    expect(late).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: expect.stringContaining('执委会已经记录，这份述职不能再修改') } })
    const read = await orgAs('member').getDutyReport({ memberId: IDS.memberA, year: 2026 })
    expect(read.report?.reportText).toContain('补充')
    // the report names its 执委会: the day in Beijing and the place
    expect(read.meeting).toEqual({ date: '2026-11-20', place: '社区妇女之家' })
    const row = (await orgAs('chair').listDutyReports({ orgId: IDS.comm, year: 2026 })).members.find((m) => m.memberId === IDS.memberA)
    expect(row?.meeting).toEqual({ date: '2026-11-20', place: '社区妇女之家' })
  })

  test('a 执委会 called off, or another federation’s, cannot be named', async () => {
    await orgAs('chair').cancelCommittee({ meetingId: IDS.committee, version: 1, reason: '改到下周' })
    expect(await orgAs('member').reply('fileDutyReport', { orgId: IDS.comm, year: 2026, reportText: REPORT, meetingId: IDS.committee })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', message: expect.stringContaining('已经取消') },
    })
    expect(await services.store.count('duty_reports', {})).toBe(0)
  })
})

describe('who reads which report', () => {
  beforeEach(async () => {
    await orgAs('member').fileDutyReport({ orgId: IDS.comm, year: 2026, reportText: REPORT, meetingId: null })
  })

  test('the chair sees who filed and who did not, and opens a report; a chair above reads it too', async () => {
    const list = await orgAs('chair').listDutyReports({ orgId: IDS.comm, year: 2026 })
    expect(list.filed).toBe(1)
    expect(list.members.find((m) => m.memberId === IDS.memberA)).toMatchObject({ name: '张执委', filedAt: expect.any(String) })
    expect(list.members.find((m) => m.memberId === IDS.memberB)).toMatchObject({ filedAt: null, meeting: null })
    // only 执委: no volunteer or 组员 is asked for a report
    expect(list.members.map((m) => m.memberId)).not.toContain(IDS.volunteer)
    expect((await orgAs('chair').getDutyReport({ memberId: IDS.memberA, year: 2026 })).report?.reportText).toBe(REPORT)
    expect((await orgAs('ancestorChair').getDutyReport({ memberId: IDS.memberA, year: 2026 })).report?.reportText).toBe(REPORT)
    expect((await orgAs('chair').getDutyReport({ memberId: IDS.memberB, year: 2026 })).report).toBeNull()
  })

  test('a member reads her own only: another’s is refused in words, and audited', async () => {
    expect((await orgAs('member').getDutyReport({ memberId: IDS.memberA, year: 2026 })).report?.memberId).toBe(IDS.memberA)
    expect(await orgAs('member').reply('getDutyReport', { memberId: IDS.chair, year: 2026 })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN', message: '只能查看自己的述职' },
    })
    expect(await orgAs('member').reply('listDutyReports', { orgId: IDS.comm, year: 2026 })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
    expect(await services.store.count('audit', { outcome: 'refused', action: 'getDutyReport' })).toBe(1)
  })

  test('a chair above reads, never writes: she files no report for the federation below', async () => {
    expect(await orgAs('ancestorChair').reply('fileDutyReport', { orgId: IDS.comm, year: 2026, reportText: REPORT, meetingId: null })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    })
  })
})
