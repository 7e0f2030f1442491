// 增替补 by the procedure of 002 《重庆市基层妇联执委增替补及退出制度》: 第十五条 the three routes
// ("组织推荐…群众推荐，由三分之一以上妇联执委或20名以上妇女群众向本级妇联组织推荐…个人自荐…经本级妇联组织
// 初审"), 第十四条 the 党组织's approval before any vote ("经同级党组织批准同意后…召开妇联执委会全体会议
// 表决通过"), 第十六条 the vote, computed ("参加选举的执委人数必须超过应到执委人数的三分之二…赞成票数超过
// 应到会执委的半数方能当选").
import type { BoardDoc, MemberDoc, NominationDoc } from '../../../types'
import type { ActionInput } from '../../../types/contracts'
import { createCaller, type Who } from '../../fixtures/caller'
import type { TestServices } from '../../fixtures/services'
import { consoleServices, IDS } from './fixtures/consoleTree'

let services: TestServices
const orgAs = (who: Who) => createCaller('org', services, who)
beforeEach(async () => {
  services = await consoleServices()
})

type Nominate = ActionInput<'org', 'nominate'>
const candidate = { name: '孙候选', phone: '13800002222', intro: '楼栋长' }
const nominate = (support: Nominate['support'], extra: Partial<Nominate> = {}) =>
  orgAs('chair').reply('nominate', { orgId: IDS.comm, kind: 'add', replacesMemberId: null, candidate, support, ...extra })
const stored = (id: string) => services.store.getById<NominationDoc>('nominations', id)

describe('第十五条 群众推荐: a third of the 执委 in office, or 20 women with their sheet', () => {
  // 幸福社区 has four 执委 in office (主席, 副主席, two 执委): a third is 2 (以上 counts the third itself)
  test.each([
    [{ memberIds: ['m-a', 'm-b'], women: 0, sheetPhoto: null }, true],
    [{ memberIds: ['m-a'], women: 0, sheetPhoto: null }, false],
    [{ memberIds: [], women: 20, sheetPhoto: '/files/sheets/s.jpg' }, true],
    [{ memberIds: ['m-a'], women: 19, sheetPhoto: '/files/sheets/s.jpg' }, false],
  ])('%j → accepted: %s', async (mass, accepted) => {
    const reply = await nominate({ route: 'mass', ...mass })
    if (accepted) expect(reply).toMatchObject({ ok: true, data: { nomination: { status: 'nominated' } } })
    else expect(reply).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', message: expect.stringContaining('本会现有 4 位执委，至少 2 位') } })
  })

  test('twenty signatures without the photo of the sheet are refused, naming it', async () => {
    expect(await nominate({ route: 'mass', memberIds: [], women: 25, sheetPhoto: null })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', message: expect.stringContaining('请拍照上传妇女群众的推荐签名表') },
    })
  })

  test('a volunteer or a member who left does not count as a recommending 执委', async () => {
    expect(await nominate({ route: 'mass', memberIds: ['m-a', 'm-vol'], women: 0, sheetPhoto: null })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } })
    expect(await services.store.count('nominations', { orgId: IDS.comm })).toBe(3)
  })
})

test('替补 fills the seat of a 执委 who left; one still in office is refused with the next step', async () => {
  expect(await nominate({ route: 'organisation', partyOrg: '幸福社区党委' }, { kind: 'replace', replacesMemberId: IDS.left })).toMatchObject({ ok: true })
  expect(await nominate({ route: 'organisation', partyOrg: '幸福社区党委' }, { kind: 'replace', replacesMemberId: IDS.memberA })).toMatchObject({
    ok: false,
    error: { message: expect.stringContaining('张执委还在任，先登记她的离任，再替补') },
  })
  expect(await nominate({ route: 'organisation', partyOrg: '幸福社区党委' }, { kind: 'replace', replacesMemberId: null })).toMatchObject({
    ok: false,
    error: { code: 'INVALID_INPUT' },
  })
})

test('个人自荐 waits for 初审; not passed, it stops there with the reason; passed, it goes to the 党组织', async () => {
  const reply = await nominate({ route: 'self' })
  expect(reply).toMatchObject({ ok: true, data: { nomination: { status: 'review' } } })
  const rejected = await orgAs('chair').reviewNomination({ nominationId: IDS.selfNomination, version: 1, passed: false, note: '户籍不在本社区' })
  expect(rejected.nomination).toMatchObject({ status: 'rejected', review: { passed: false, note: '户籍不在本社区', by: '李主席' } })
  expect(
    await orgAs('chair').reply('approveNomination', {
      nominationId: IDS.selfNomination,
      version: 2,
      approval: { by: '幸福社区党委', on: '2026-11-20', documentNo: '幸党〔2026〕9号', photo: null },
    }),
  ).toMatchObject({
    ok: false,
    error: { code: 'CONFLICT', message: '周自荐的推荐现在是「初审未通过」，不能登记党组织批准' },
  })
})

test('第十四条: the 党组织 approval needs who, when and the document number or a photo; none in the future', async () => {
  const approve = (approval: Partial<ActionInput<'org', 'approveNomination'>['approval']>) =>
    orgAs('chair').reply('approveNomination', {
      nominationId: IDS.openNomination,
      version: 1,
      approval: { by: '幸福社区党委', on: '2026-11-20', documentNo: '', photo: null, ...approval },
    })
  expect(await approve({})).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', message: expect.stringContaining('请填写党组织的批复文号，或拍照上传批复') } })
  expect(await approve({ documentNo: '幸党〔2026〕12号', on: '2026-12-01' })).toMatchObject({ ok: false, error: { message: expect.stringContaining('批准日期不能晚于今天') } })
  expect((await stored(IDS.openNomination))?.status).toBe('nominated')
  expect(await approve({ documentNo: '幸党〔2026〕12号' })).toMatchObject({ ok: true, data: { nomination: { status: 'approved' } } })
})

describe('第十六条: the vote at a 执委会, computed', () => {
  const vote = (tally: { yes: number; abstain: number; no: number }, nominationId: string = IDS.readyNomination) =>
    orgAs('chair').reply('recordVote', { meetingId: IDS.heldCommittee, scrutineerIds: [IDS.vice], tellers: ['妇联干事 小王'], tallies: [{ nominationId, ...tally }] })

  test('three of four present; 3 赞成 is more than half of 应到 4: she is elected, becomes a member and is on the board', async () => {
    const reply = await vote({ yes: 3, abstain: 0, no: 0 })
    expect(reply).toMatchObject({ ok: true, data: { quorate: true, reason: '应到 4 人，出席 3 人，超过三分之二，选举有效' } })
    const nomination = await stored(IDS.readyNomination)
    expect(nomination).toMatchObject({
      status: 'elected',
      vote: { expected: 4, present: 3, yes: 3, elected: true, reason: '赞成 3 票，超过应到 4 人的半数，当选', scrutineerNames: ['王副主席'], tellers: ['妇联干事 小王'] },
    })
    const member = await services.store.getById<MemberDoc>('members', nomination?.memberId ?? '')
    expect(member).toMatchObject({ name: '刘候选', post: 'member', status: 'active', phone: '13800001234', openid: null, termStart: '2026-11-23' })
    const board = await services.store.getById<BoardDoc>('boards', 'hp-comm')
    expect(board?.members.map((m) => m.name)).toContain('刘候选')
  })

  test('2 赞成 of 3 present is a majority of those present but not of 应到 4: not elected, and the vote is kept', async () => {
    expect(await vote({ yes: 2, abstain: 1, no: 0 })).toMatchObject({ ok: true })
    expect(await stored(IDS.readyNomination)).toMatchObject({ status: 'notElected', memberId: null, vote: { elected: false, reason: '赞成 2 票，未超过应到 4 人的半数，未当选' } })
    expect(await services.store.count('members', { orgId: IDS.comm, name: '刘候选' })).toBe(0)
  })

  test('sent twice, the vote is recorded once and she is made a member once', async () => {
    await vote({ yes: 3, abstain: 0, no: 0 })
    expect(await vote({ yes: 3, abstain: 0, no: 0 })).toMatchObject({ ok: true, data: { nominations: [{ status: 'elected' }] } })
    expect(await services.store.count('members', { orgId: IDS.comm, name: '刘候选' })).toBe(1)
  })

  test('too few present: nothing is written, and the reason cites 第十六条', async () => {
    // 陈执委 and 张执委 marked absent instead: two of four present, not more than two thirds
    await services.store.update('committee_meetings', { _id: IDS.heldCommittee }, { $set: { 'attendance.2.status': 'absent' } })
    expect(await vote({ yes: 2, abstain: 0, no: 0 })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', message: expect.stringContaining('应到 4 人，出席 2 人，未超过三分之二（至少要 3 人），不能进行选举') },
    })
    expect((await stored(IDS.readyNomination))?.status).toBe('approved')
  })

  test('a candidate the 党组织 has not approved is not voted on', async () => {
    expect(await vote({ yes: 3, abstain: 0, no: 0 }, IDS.openNomination)).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', message: '郑推荐的推荐现在是「待党组织审议」，不能表决' },
    })
  })

  test('a 执委会 without 增替补表决 on its agenda, or not yet recorded, takes no vote', async () => {
    const notRecorded = await orgAs('chair').reply('recordVote', {
      meetingId: IDS.committee,
      scrutineerIds: [IDS.vice],
      tellers: ['小王'],
      tallies: [{ nominationId: IDS.readyNomination, yes: 3, abstain: 0, no: 0 }],
    })
    expect(notRecorded).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: '请先记录这次执委会的出席情况，再录入表决结果' } })
    await services.store.update('committee_meetings', { _id: IDS.heldCommittee }, { $set: { agenda: [{ kind: 'report', title: '' }] } })
    expect(await vote({ yes: 3, abstain: 0, no: 0 })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', message: expect.stringContaining('议程里没有增替补表决') } })
  })
})

test('two chairs on the same step: the second, saving on what she saw before the first, is told someone else changed it first', async () => {
  await orgAs('chair').reviewNomination({ nominationId: IDS.selfNomination, version: 1, passed: true, note: '' })
  expect(await orgAs('viceChair').reply('reviewNomination', { nominationId: IDS.selfNomination, version: 1, passed: false, note: '户籍不在本社区' })).toEqual({
    ok: false,
    error: { code: 'CONFLICT', message: '这条记录刚被别人修改过，请刷新后再改' },
  })
  const approval = { by: '幸福社区党委', on: '2026-11-20', documentNo: '幸党〔2026〕9号', photo: null }
  await orgAs('chair').approveNomination({ nominationId: IDS.openNomination, version: 1, approval })
  expect(await orgAs('viceChair').reply('approveNomination', { nominationId: IDS.openNomination, version: 1, approval: { ...approval, documentNo: '幸党〔2026〕10号' } })).toEqual({
    ok: false,
    error: { code: 'CONFLICT', message: '这条记录刚被别人修改过，请刷新后再改' },
  })
  expect(await stored(IDS.selfNomination)).toMatchObject({ status: 'nominated', version: 2 })
  expect((await stored(IDS.openNomination))?.approval).toMatchObject({ documentNo: '幸党〔2026〕9号' })
})

test('one nomination and one 执委会 are read by id for their pages; an id that names nothing is NOT_FOUND', async () => {
  expect((await orgAs('chair').getNomination({ nominationId: IDS.openNomination })).nomination).toEqual(await stored(IDS.openNomination))
  expect((await orgAs('member').getCommittee({ meetingId: IDS.committee })).meeting).toMatchObject({ _id: IDS.committee, orgId: IDS.comm })
  expect(await orgAs('chair').reply('getNomination', { nominationId: 'nowhere' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
  expect(await orgAs('chair').reply('getCommittee', { meetingId: 'nowhere' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
})
