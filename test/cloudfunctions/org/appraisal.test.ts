// 述职评议 through the real handlers. 002 履职制度第八条 "接受妇女代表的评议，对其他执委履职情况进行评议": the 妇女代表
// rate with one-time codes (no account), the chair types paper ballots, the 执委 rate each other —
// never herself, once a round; 结果只给本人和主席看; 第十二条 "在年度述职评议中连续两年不合格" → a proposal.
import { readBallotScene, type AppraisalRoundDoc, type CommitteeMeetingDoc, type MemberDoc } from '../../../types'
import type { ActionInput } from '../../../types/contracts'
import { appraisalCodes, hashAppraisalCode } from '../../../cloudfunctions/org/lib/appraisalRules'
import type { TestServices } from '../../fixtures/services'
import { createCaller } from '../../fixtures/caller'
import { consoleServices, IDS, ROUND_CODES } from './fixtures/consoleTree'

type Ratings = ActionInput<'org', 'castBallot'>['ratings']
const ALL = [IDS.chair, IDS.vice, IDS.memberA, IDS.memberB]
const rate = (grades: Record<string, 'satisfied' | 'fair' | 'dissatisfied'>, comment = ''): Ratings =>
  Object.entries(grades).map(([memberId, grade]) => ({ memberId, grade, comment }))
const allSatisfied = (ids: readonly string[] = ALL): Ratings => rate(Object.fromEntries(ids.map((id) => [id, 'satisfied'])))

let services: TestServices
const as = (who: Parameters<typeof createCaller>[2]) => createCaller('org', services, who)
const anonymous = () => as('anonymous')
const round = () => services.store.getById<AppraisalRoundDoc>('appraisal_rounds', IDS.openRound)

beforeEach(async () => {
  services = await consoleServices()
})

describe('one-time codes', () => {
  test('a 妇女代表 sees only what the ballot needs, then casts once; a retry of the same ballot answers the same success', async () => {
    const form = await anonymous().ballotForm({ roundId: IDS.openRound, code: ROUND_CODES[0]! })
    expect(form).toEqual({
      orgName: '和平街道幸福社区妇联',
      half: '2026年上半年',
      members: [
        { memberId: IDS.chair, name: '李主席', post: 'chair', photoUrl: '/files/p/chair.jpg' },
        { memberId: IDS.vice, name: '王副主席', post: 'viceChair', photoUrl: null },
        { memberId: IDS.memberA, name: '张执委', post: 'member', photoUrl: null },
        { memberId: IDS.memberB, name: '陈执委', post: 'member', photoUrl: null },
      ],
    })
    const ballot = { roundId: IDS.openRound, code: ROUND_CODES[0]!, ratings: allSatisfied() }
    expect(await anonymous().castBallot(ballot)).toEqual({ done: true })
    expect(await anonymous().castBallot(ballot)).toEqual({ done: true })
    expect(await services.store.count('appraisal_ballots', { roundId: IDS.openRound })).toBe(1)
  })

  test('a second, different ballot with a used code is refused, and the form says the code is used', async () => {
    await anonymous().castBallot({ roundId: IDS.openRound, code: ROUND_CODES[1]!, ratings: allSatisfied() })
    const second = await anonymous().reply('castBallot', {
      roundId: IDS.openRound,
      code: ROUND_CODES[1]!,
      ratings: rate({ [IDS.chair]: 'dissatisfied', [IDS.vice]: 'fair', [IDS.memberA]: 'fair', [IDS.memberB]: 'fair' }),
    })
    expect(second).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: '这张评议码已经用过了' } })
    expect(await anonymous().reply('ballotForm', { roundId: IDS.openRound, code: ROUND_CODES[1]! })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', message: '这张评议码已经用过了' },
    })
    expect(await services.store.count('appraisal_ballots', { roundId: IDS.openRound })).toBe(1)
  })

  test('a code that is not one of the round’s is NOT_FOUND and counts against the tries; a good code does not', async () => {
    const wrong = await anonymous().reply('ballotForm', { roundId: IDS.openRound, code: 'ABCDEFGH' })
    expect(wrong).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
    await anonymous().ballotForm({ roundId: IDS.openRound, code: ROUND_CODES[0]! })
    const counters = await services.store.find<{ count: number; _id: string }>('counters', {})
    expect(counters.map((c) => c.count)).toEqual([1])
    expect(counters[0]?._id).toMatch(/^ballot-fail_/)
  })

  test('a closed round refuses its codes, and the chair can no longer show them', async () => {
    await as('chair').closeAppraisal({ roundId: IDS.openRound, version: 1 })
    const cast = await anonymous().reply('castBallot', { roundId: IDS.openRound, code: ROUND_CODES[2]!, ratings: allSatisfied() })
    expect(cast).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: '这次评议已经结束了' } })
    expect(await as('chair').reply('appraisalCodes', { roundId: IDS.openRound })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } })
    expect((await round())?.codeKey).toBe('')
  })

  test('a ballot must rate every member of the round, each once', async () => {
    const code = ROUND_CODES[0]!
    const missing = await anonymous().reply('castBallot', { roundId: IDS.openRound, code, ratings: allSatisfied(ALL.slice(1)) })
    expect(missing).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', message: expect.stringContaining('请评议全部 4 位执委') } })
    const stranger = await anonymous().reply('castBallot', {
      roundId: IDS.openRound,
      code,
      ratings: [...allSatisfied(ALL.slice(1)), { memberId: IDS.volunteer, grade: 'fair', comment: '' }],
    })
    expect(stranger).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } })
  })
})

describe('the chair opens a round at a 执委会 and shows the codes', () => {
  test('at a 执委会 with 述职评议 on its agenda: the codes she is shown are the ones that vote, and the count of used and left follows', async () => {
    const { round: opened } = await as('chair').openAppraisal({ meetingId: IDS.committee, who: 'invited', codeCount: 3 })
    expect(opened).toMatchObject({ year: 2026, half: 'second', status: 'open', codeCount: 3, members: ALL.map((memberId) => expect.objectContaining({ memberId })) })
    const stored = await services.store.getById<AppraisalRoundDoc>('appraisal_rounds', opened._id)
    // only hashes and a sealed key are stored: no code appears in the document
    const shown = await as('chair').appraisalCodes({ roundId: opened._id })
    expect(shown.codes.map((c) => c.code)).toHaveLength(3)
    for (const { code } of shown.codes) expect(JSON.stringify(stored)).not.toContain(code)
    await anonymous().castBallot({ roundId: opened._id, code: shown.codes[1]!.code, ratings: allSatisfied() })
    const after = await as('chair').appraisalCodes({ roundId: opened._id })
    expect(after).toMatchObject({ used: 1, left: 2 })
    expect(after.codes.map((c) => c.used)).toEqual([false, true, false])
    // opened again, the meeting keeps its one round
    const again = await as('chair').openAppraisal({ meetingId: IDS.committee, who: 'invited', codeCount: 10 })
    expect(again.round._id).toBe(opened._id)
    expect(again.round.codeCount).toBe(3)
  })

  test('each code as the image a phone scans: its scene is the round’s short id and the code (WeChat allows 32 characters), and the ballot opened by that scene votes', async () => {
    const { round: opened } = await as('chair').openAppraisal({ meetingId: IDS.committee, who: 'invited', codeCount: 2 })
    const { codes } = await as('chair').appraisalCodes({ roundId: opened._id })
    const { image, scene } = await as('chair').appraisalCodeImage({ roundId: opened._id, ordinal: 1 })
    expect(image).toMatch(/^data:image\/png;base64,/)
    expect(scene.length).toBeLessThanOrEqual(32)
    expect(readBallotScene(scene)).toEqual({ roundId: expect.stringMatching(/^[0-9a-f]{12}$/), code: codes[1]!.code })
    const named = readBallotScene(scene)!
    expect((await anonymous().ballotForm(named)).members).toHaveLength(ALL.length)
    expect(await anonymous().castBallot({ ...named, ratings: allSatisfied() })).toEqual({ done: true })
    expect(await as('chair').appraisalCodes({ roundId: opened._id })).toMatchObject({ used: 1, left: 1 })
    // a short id of no round is a wrong code, and a code past the count has no image
    await expect(anonymous().ballotForm({ roundId: '000000000000', code: codes[0]!.code })).rejects.toMatchObject({ code: 'NOT_FOUND' })
    await expect(as('chair').appraisalCodeImage({ roundId: opened._id, ordinal: 2 })).rejects.toMatchObject({ code: 'NOT_FOUND', body: { message: '这次评议只发了 2 张评议码' } })
  })

  test('a scene that is not a round’s short id and a code is read as none', () => {
    expect(readBallotScene('3f9a0c1d2e4b.k7m3p9qx')).toEqual({ roundId: '3f9a0c1d2e4b', code: 'K7M3P9QX' })
    for (const scene of ['', 'demo-community', '3f9a0c1d2e4b', '3F9A0C1D2E4B.K7M3P9QX', 'ar-1.K7M3P9QX', '3f9a0c1d2e4b.K7.X']) expect(readBallotScene(scene)).toBeNull()
  })

  test('出席 cannot be chosen before the attendance is recorded; a 执委会 without 述职评议 has no round', async () => {
    const present = await as('chair').reply('openAppraisal', { meetingId: IDS.committee, who: 'present', codeCount: 3 })
    expect(present).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', message: expect.stringContaining('还没有记录出席情况') } })
    const election = await as('chair').reply('openAppraisal', { meetingId: IDS.heldCommittee, who: 'present', codeCount: 3 })
    expect(election).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', message: expect.stringContaining('没有述职评议') } })
  })

  test('出席 rates only those marked present', async () => {
    const meeting = await services.store.getById<CommitteeMeetingDoc>('committee_meetings', IDS.heldCommittee)
    await services.store.update('committee_meetings', { _id: IDS.heldCommittee }, { $set: { agenda: [...meeting!.agenda, { kind: 'report', title: '' }] } })
    const { round: opened } = await as('chair').openAppraisal({ meetingId: IDS.heldCommittee, who: 'present', codeCount: 0 })
    expect(opened.members.map((m) => m.memberId)).toEqual([IDS.chair, IDS.vice, IDS.memberA])
  })
})

describe('执委互评', () => {
  test('a member rates the others once, never herself', async () => {
    const herself = await as('member').reply('rateColleagues', { roundId: IDS.openRound, ratings: allSatisfied() })
    expect(herself).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', message: expect.stringContaining('不能评议自己') } })
    const others = allSatisfied([IDS.chair, IDS.vice, IDS.memberB])
    const { round: after } = await as('member').rateColleagues({ roundId: IDS.openRound, ratings: others })
    expect(after.mine).toEqual({ memberId: IDS.memberA, rated: true })
    const twice = await as('member').reply('rateColleagues', { roundId: IDS.openRound, ratings: rate({ [IDS.chair]: 'fair', [IDS.vice]: 'fair', [IDS.memberB]: 'fair' }) })
    expect(twice).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: '您已经评议过了，每次评议只能评一次' } })
    expect(await services.store.count('appraisal_ballots', { roundId: IDS.openRound, source: 'member' })).toBe(1)
  })

  test('a 执委 who is not rated in the round does not rate in it', async () => {
    await services.store.update('appraisal_rounds', { _id: IDS.openRound }, { $set: { memberIds: [IDS.chair, IDS.vice, IDS.memberB] } })
    const reply = await as('member').reply('rateColleagues', { roundId: IDS.openRound, ratings: allSatisfied([IDS.chair, IDS.vice, IDS.memberB]) })
    expect(reply).toMatchObject({ ok: false, error: { code: 'FORBIDDEN', message: '只有参加这次述职的执委可以互评' } })
  })
})

describe('results: counts, 合格 / 不合格, shown to her and the chair only', () => {
  async function castAndClose() {
    // 张执委: 1 满意, 1 不满意 of 3 — exactly one third, 合格; 陈执委: 2 不满意 of 3, 不合格
    const grades = [
      { [IDS.chair]: 'satisfied', [IDS.vice]: 'satisfied', [IDS.memberA]: 'satisfied', [IDS.memberB]: 'dissatisfied' },
      { [IDS.chair]: 'satisfied', [IDS.vice]: 'fair', [IDS.memberA]: 'dissatisfied', [IDS.memberB]: 'dissatisfied' },
    ] as const
    for (const [i, g] of grades.entries()) await anonymous().castBallot({ roundId: IDS.openRound, code: ROUND_CODES[i]!, ratings: rate(g, i === 0 ? '走访很勤' : '') })
    await as('chair').enterPaperBallot({
      roundId: IDS.openRound,
      ratings: rate({ [IDS.chair]: 'satisfied', [IDS.vice]: 'satisfied', [IDS.memberA]: 'fair', [IDS.memberB]: 'satisfied' }),
    })
    await as('chair').closeAppraisal({ roundId: IDS.openRound, version: 1 })
  }

  test('the chair sees every member’s counts and verdict (nobody rated: 未评议) and the shortlist', async () => {
    await services.store.insert('members', { ...(await services.store.getById('members', IDS.memberB))!, _id: 'm-new', name: '新执委', openid: null })
    await castAndClose()
    const results = await as('chair').appraisalResults({ orgId: IDS.comm, year: 2026 })
    expect(results.scope).toBe('all')
    const byName = Object.fromEntries(results.rows.map((r) => [r.name, [r.satisfied, r.fair, r.dissatisfied, r.verdict]]))
    expect(byName).toEqual({
      李主席: [3, 0, 0, 'pass'],
      王副主席: [2, 1, 0, 'pass'],
      张执委: [1, 1, 1, 'pass'],
      陈执委: [1, 0, 2, 'fail'],
      新执委: [0, 0, 0, 'none'],
    })
    expect(results.rows.find((r) => r.name === '李主席')?.comments).toEqual(['走访很勤'])
    expect(results.shortlist.map((s) => s.name)).toEqual(['李主席', '王副主席', '张执委'])
  })

  test('a member sees only her own result, and no shortlist', async () => {
    await castAndClose()
    const mine = await as('member').appraisalResults({ orgId: IDS.comm, year: 2026 })
    expect(mine.scope).toBe('own')
    expect(mine.rows.map((r) => r.memberId)).toEqual([IDS.memberA])
    expect(mine.shortlist).toEqual([])
  })

  test('the federation’s own rule decides: at one half, 陈执委’s 2 of 3 is still 不合格 but 1 of 2 would not be', async () => {
    await services.store.update(
      'orgs',
      { _id: IDS.comm },
      { $set: { committeeRules: { termStart: null, termYears: 5, announceDays: 30, failShare: { numerator: 2, denominator: 3 } } } },
    )
    await castAndClose()
    const results = await as('chair').appraisalResults({ orgId: IDS.comm, year: 2026 })
    expect(results.failShare).toEqual({ numerator: 2, denominator: 3 })
    // 2 of 3 is not above two thirds
    expect(results.rows.find((r) => r.memberId === IDS.memberB)?.verdict).toBe('pass')
  })

  test('an open round counts nothing yet', async () => {
    await anonymous().castBallot({ roundId: IDS.openRound, code: ROUND_CODES[0]!, ratings: allSatisfied() })
    const results = await as('chair').appraisalResults({ orgId: IDS.comm, year: 2026 })
    expect(results.rows.every((r) => r.verdict === 'none')).toBe(true)
  })
})

test('two years 不合格 in a row appear on the console as a proposal citing 第十二条; one year does not', async () => {
  const closed = (year: number, dissatisfied: number): AppraisalRoundDoc => ({
    _id: `ar-${year}`,
    version: 2,
    createdAt: `${year}-07-01T02:00:00.000Z`,
    updatedAt: `${year}-07-01T04:00:00.000Z`,
    orgId: IDS.comm,
    meetingId: IDS.heldCommittee,
    year,
    half: 'first',
    memberIds: [IDS.memberB],
    status: 'closed',
    codeCount: 3,
    codeHashes: appraisalCodes('k', 3).map((c) => hashAppraisalCode(`ar-${year}`, c)),
    codeKey: '',
    tally: [{ memberId: IDS.memberB, satisfied: 3 - dissatisfied, fair: 0, dissatisfied }],
    closedAt: `${year}-07-01T04:00:00.000Z`,
  })
  const warningsOf = async () => (await as('chair').get({ orgId: IDS.comm })).warnings.filter((w) => w.kind === 'appraisalFailed')
  await services.store.insert('appraisal_rounds', closed(2026, 2))
  expect(await warningsOf()).toEqual([])
  await services.store.insert('appraisal_rounds', closed(2025, 3))
  const [warning] = await warningsOf()
  expect(warning?.subjectIds).toEqual([IDS.memberB])
  expect(warning?.message).toContain('陈执委：2025 年不合格（满意 0、基本满意 0、不满意 3），2026 年不合格（满意 1、基本满意 0、不满意 2）')
  expect(warning?.rule).toContain('在年度述职评议中连续两年不合格')
  // nothing was applied: she is still in office
  expect((await services.store.getById<MemberDoc>('members', IDS.memberB))?.status).toBe('active')
})
