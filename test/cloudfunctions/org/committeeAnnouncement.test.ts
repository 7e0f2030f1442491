// The committee's terms and the announcement of its changes. 000 三(一): a term per federation
// ("每五年举行一次"; "每届任期三至五年") — a member elected or added part-way serves out the
// federation's term. 002 增替补及退出制度第十七条 ("在本级执委会上向执委进行通报"): the 执委会's record
// keeps each candidate's result with the counts, and the public board announces 增补 / 替补 / 卸免 /
// 劝退 / 终止 for the federation's announceDays, then drops it — her name, the kind and the day only.
import type { BoardDoc, CommitteeMeetingDoc, CommitteeRules, MemberDoc } from '../../../types'
import { committeeChangesOf } from '../../../cloudfunctions/shared/committeeChanges'
import { createCaller, type Who } from '../../fixtures/caller'
import type { TestServices } from '../../fixtures/services'
import { consoleServices, IDS, SAMPLE_MEMBER } from './fixtures/consoleTree'

let services: TestServices
const orgAs = (who: Who) => createCaller('org', services, who)
const board = () => createCaller('board', services, 'anonymous').get({ code: 'hp-comm' })
beforeEach(async () => {
  services = await consoleServices()
})

const RULES: CommitteeRules = { termStart: '2024-03-01', termYears: 5, announceDays: 30, failShare: { numerator: 1, denominator: 3 } }
async function setRules(rules: CommitteeRules): Promise<void> {
  const { org } = await orgAs('chair').get({ orgId: IDS.comm })
  await orgAs('chair').updateOrg({ orgId: IDS.comm, version: org.version, changes: { committeeRules: rules } })
}
/** The March 执委会's vote on 刘候选 (approved): three of four present. */
const vote = (yes: number) =>
  orgAs('chair').recordVote({
    meetingId: IDS.heldCommittee,
    scrutineerIds: [IDS.vice],
    tellers: ['妇联干事 小王'],
    tallies: [{ nominationId: IDS.readyNomination, yes, abstain: 3 - yes, no: 0 }],
  })

describe('000 三(一): a new member serves out the federation’s term', () => {
  test('elected on 23 Nov 2026 under a term begun 1 Mar 2024 of five years: her term runs to 28 Feb 2029', async () => {
    await setRules(RULES)
    const { nominations } = await vote(3)
    const member = await services.store.getById<MemberDoc>('members', nominations[0].memberId ?? '')
    expect(member).toMatchObject({ name: '刘候选', termStart: '2026-11-23', termEnd: '2029-02-28' })
  })

  test('added by the chair without dates: the same; with her own dates: hers; no federation term: no end', async () => {
    await setRules({ ...RULES, termYears: 3 })
    const plain = await orgAs('chair').saveMember({ orgId: IDS.comm, fields: { ...SAMPLE_MEMBER, name: '何新人', termStart: null, termEnd: null } })
    expect(plain.member).toMatchObject({ termStart: '2026-11-23', termEnd: '2027-02-28' })
    const own = await orgAs('chair').saveMember({ orgId: IDS.comm, fields: { ...SAMPLE_MEMBER, name: '罗自填', termStart: '2026-01-01', termEnd: '2026-12-31' } })
    expect(own.member).toMatchObject({ termStart: '2026-01-01', termEnd: '2026-12-31' })
    await setRules({ ...RULES, termStart: null })
    const none = await orgAs('chair').saveMember({ orgId: IDS.comm, fields: { ...SAMPLE_MEMBER, name: '江无期', termStart: null, termEnd: null } })
    expect(none.member).toMatchObject({ termStart: null, termEnd: null })
  })

  test('a term already over when she joins gives no dates (the chair renews the term first)', async () => {
    await setRules({ ...RULES, termStart: '2020-01-01', termYears: 5 })
    const { nominations } = await vote(3)
    expect(await services.store.getById<MemberDoc>('members', nominations[0].memberId ?? '')).toMatchObject({ termStart: '2026-11-23', termEnd: null })
  })
})

describe('第十七条: the 执委会’s record keeps the result', () => {
  test('elected: her line names her, the counts and 当选', async () => {
    await vote(3)
    const meeting = await services.store.getById<CommitteeMeetingDoc>('committee_meetings', IDS.heldCommittee)
    expect(meeting?.voteResults).toEqual(['增补 刘候选：赞成 3 票、弃权 0 票、反对 0 票（应到 4 人，出席 3 人），当选'])
  })

  test('not elected: the line says 未当选, and a retry adds no second line', async () => {
    await vote(2)
    await vote(2)
    const meeting = await services.store.getById<CommitteeMeetingDoc>('committee_meetings', IDS.heldCommittee)
    expect(meeting?.voteResults).toEqual(['增补 刘候选：赞成 2 票、弃权 1 票、反对 0 票（应到 4 人，出席 3 人），未当选'])
  })
})

describe('第十七条: the board announces the change for announceDays', () => {
  test('增补 is shown on the day and on day 30, gone on day 31', async () => {
    await vote(3)
    expect((await board()).board.committeeChanges).toEqual([{ kind: 'add', name: '刘候选', on: '2026-11-23' }])
    services.clock.set('2026-12-23T15:59:00.000Z') // 23:59 on 23 Dec in Beijing: day 30
    expect((await board()).board.committeeChanges).toEqual([{ kind: 'add', name: '刘候选', on: '2026-11-23' }])
    services.clock.set('2026-12-23T16:00:00.000Z') // 00:00 on 24 Dec: day 31
    expect((await board()).board.committeeChanges).toEqual([])
  })

  test('the federation’s own announceDays: 7 days, then gone', async () => {
    await setRules({ ...RULES, announceDays: 7 })
    await vote(3)
    services.clock.set('2026-11-30T04:00:00.000Z')
    expect((await board()).board.committeeChanges).toHaveLength(1)
    services.clock.set('2026-12-01T04:00:00.000Z')
    expect((await board()).board.committeeChanges).toHaveLength(0)
  })

  test('departures: 卸免 and 劝退 shown by name and kind, with nothing private — no reason, note or approval', async () => {
    const approval = { by: '幸福社区党委', on: '2026-11-20', documentNo: '幸党〔2026〕99号', photo: null }
    await orgAs('chair').recordDeparture({ memberId: IDS.memberB, version: 1, reason: 'persuaded', leftOn: '2026-11-21', note: '连续三次无故缺席执委会', approval })
    const memberA = await services.store.getById<MemberDoc>('members', IDS.memberA)
    await orgAs('chair').recordDeparture({ memberId: IDS.memberA, version: memberA?.version ?? 1, reason: 'jobChange', leftOn: '2026-11-22', note: '调往外地工作' })
    const reply = await board()
    expect(reply.board.committeeChanges).toEqual([
      { kind: 'resign', name: '张执委', on: '2026-11-22' },
      { kind: 'persuaded', name: '陈执委', on: '2026-11-21' },
    ])
    const published = JSON.stringify(reply)
    for (const secret of ['连续三次无故缺席', '调往外地', '幸党〔2026〕99号', '幸福社区党委']) expect(published).not.toContain(secret)
  })

  test('votes and reasons never reach the stored board either; a volunteer leaving, or a term ending at 换届, is no announced change', async () => {
    await vote(3)
    const stored = await services.store.getById<BoardDoc>('boards', 'hp-comm')
    const text = JSON.stringify(stored?.committeeChanges)
    for (const secret of ['赞成', '幸党〔2026〕3号', '13800001234', '网格员']) expect(text).not.toContain(secret)
    const base = (await services.store.getById<MemberDoc>('members', IDS.memberA)) as MemberDoc
    const left = (over: Partial<MemberDoc>): MemberDoc => ({ ...base, ...over })
    const changes = committeeChangesOf(
      [],
      [
        left({ name: '赵志愿', post: 'volunteer', status: 'left', departure: { reason: 'resigned', leftOn: '2026-11-20', note: '', approval: null } }),
        left({ name: '钱届满', post: 'member', status: 'left', departure: { reason: 'termEnded', leftOn: '2026-11-20', note: '', approval: null } }),
        left({ name: '孙终止', post: 'member', status: 'left', departure: { reason: 'terminated', leftOn: '2026-11-20', note: '', approval: null } }),
      ],
      services.clock.now(),
    )
    expect(changes).toEqual([{ kind: 'terminated', name: '孙终止', on: '2026-11-20' }])
  })
})
