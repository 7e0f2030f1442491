// The console's rule warnings, as a table: each rule from the seeds, when it fires, what
// it names, and how the completeness score moves.
import type { AreaDoc, MeetingForm, MemberDoc, OrgLevel, WarningKind } from '../../../types'
import { ruleWarnings } from '../../../cloudfunctions/org/lib/ruleWarnings'
import { area, member } from '../../fixtures/docs'

/** `n` 执委 with photo, phone, an area each and months 1, 2, … (wrapping after 12). */
function fullTeam(n: number, over: (i: number) => Partial<MemberDoc> = () => ({})): { members: MemberDoc[]; areas: AreaDoc[] } {
  const members = Array.from({ length: n }, (_, i) =>
    member(`m${i}`, 'o', { name: `成员${i}`, post: i === 0 ? 'chair' : 'member', photoUrl: '/files/p.jpg', onDutyMonth: (i % 12) + 1, ...over(i) }),
  )
  const areas = members.map((m, i) => area(`a${i}`, 'o', { name: `${i}栋`, memberId: m._id }))
  return { members, areas }
}

const kinds = (level: OrgLevel, team: { members: MemberDoc[]; areas: AreaDoc[] }): WarningKind[] => ruleWarnings({ level }, team.members, team.areas).warnings.map((w) => w.kind)

test('a 社区 with 12 complete 执委 passes every check and scores 100', () => {
  expect(ruleWarnings({ level: 'community' }, fullTeam(12).members, fullTeam(12).areas)).toEqual({ warnings: [], completeness: { score: 100, warningCount: 0 } })
})

test.each<[string, OrgLevel, number, WarningKind[]]>([
  ['4 执委 in a 村: fewer than 5 (第四条)', 'village', 4, ['tooFewMembers']],
  ['5 执委 in a 社区: below the 10–15 norm (第三条)', 'community', 5, ['memberCountOutsideNorm']],
  ['16 执委 in a 社区: above the norm', 'community', 16, ['memberCountOutsideNorm']],
  ['30 执委 in a 社区: more than 29 (第五条)', 'community', 30, ['tooManyMembers']],
  ['24 执委 in a 街道: below 25 (第三条)', 'street', 24, ['memberCountOutsideNorm']],
  ['25 执委 in a 乡镇: within the rules', 'township', 25, []],
  ['30 执委 in a 街道: more than 29', 'street', 30, ['tooManyMembers']],
  ['3 people in a 妇女小组: not an 执委会, no count rule', 'group', 3, []],
  ['2 people in a 妇女微家: no count rule', 'microHome', 2, []],
])('%s', (_label, level, n, expected) => {
  const counted = kinds(level, fullTeam(n)).filter((k) => ['tooFewMembers', 'tooManyMembers', 'memberCountOutsideNorm'].includes(k))
  expect(counted).toEqual(expected)
})

test('巾帼志愿者 are not counted as 执委, and members who left are ignored', () => {
  const team = fullTeam(12, (i) => (i >= 9 ? { post: 'volunteer' } : {}))
  expect(ruleWarnings({ level: 'community' }, team.members, team.areas).warnings.find((w) => w.kind === 'memberCountOutsideNorm')?.message).toContain('现有 9 人')
  const left = fullTeam(12, (i) => (i === 0 ? { status: 'left' } : {}))
  expect(kinds('community', left)).toEqual(expect.arrayContaining(['vacantChair', 'areaUncovered']))
})

test('a vacant chair cites 手册 三(一) "执行委员会全体会议选举主席一人", not 第十条 (which speaks of 替补)', () => {
  const team = fullTeam(12, (i) => (i === 0 ? { post: 'viceChair' } : {}))
  const [warning] = ruleWarnings({ level: 'community' }, team.members, team.areas).warnings
  expect(warning).toMatchObject({ kind: 'vacantChair', rule: expect.stringContaining('执行委员会全体会议选举主席一人'), message: expect.stringContaining('选举主席') })
  expect(warning.rule).not.toContain('第十条')
  expect(warning.message).not.toContain('增补')
})

test('an area nobody covers and a member covering nothing name their subjects', () => {
  const team = fullTeam(12)
  team.areas[3] = { ...team.areas[3], memberId: null }
  const { warnings } = ruleWarnings({ level: 'community' }, team.members, team.areas)
  expect(warnings.find((w) => w.kind === 'areaUncovered')).toMatchObject({
    subjectIds: ['a3'],
    message: expect.stringContaining('3栋'),
    rule: expect.stringContaining('六（一）“执委要经常保持与本辖区本单位妇女群众的密切联系”'),
  })
  expect(warnings.find((w) => w.kind === 'memberCoversNothing')).toMatchObject({ subjectIds: ['m3'], rule: expect.stringContaining('附件2 一') })
})

test('手册 六(二) "每年安排一个月的轮值时间": a member with no month is named; months nobody keeps are no warning', () => {
  const team = fullTeam(12, (i) => (i === 11 ? { onDutyMonth: null } : {}))
  const { warnings } = ruleWarnings({ level: 'community' }, team.members, team.areas)
  expect(warnings.map((w) => w.kind)).toEqual(['memberWithoutDuty'])
  expect(warnings[0]).toMatchObject({ subjectIds: ['m11'], rule: expect.stringContaining('每年安排一个月的轮值时间') })
})

test('手册 六(二): five 执委 in five different months clear every rotation warning (seven months stay empty)', () => {
  const team = fullTeam(5)
  expect(kinds('village', team).filter((k) => k === 'memberWithoutDuty' || k === 'rotationClash')).toEqual([])
})

test('missing photos and phones name each person, volunteers included (亮执委身份)', () => {
  const team = fullTeam(12, (i) => (i === 2 ? { photoUrl: null } : i === 5 ? { phone: null, post: 'volunteer' } : {}))
  const { warnings } = ruleWarnings({ level: 'community' }, team.members, team.areas)
  expect(warnings.find((w) => w.kind === 'missingPhoto')?.subjectIds).toEqual(['m2'])
  expect(warnings.find((w) => w.kind === 'missingPhone')).toMatchObject({ subjectIds: ['m5'], message: '1 人在亮牌上没有联系电话：成员5（不愿公开本人电话的，可以公开办公电话）' })
})

test('every warning cites a seed sentence, and the chair reads it after 依据', () => {
  const { warnings } = ruleWarnings({ level: 'community' }, [member('x', 'o', { phone: null })], [area('a', 'o')])
  expect(warnings.length).toBeGreaterThanOrEqual(5)
  for (const w of warnings) {
    expect(w.citations.length).toBeGreaterThan(0)
    for (const c of w.citations) expect(w.rule).toContain(`“${c.quote}”`)
  }
})

test('the score falls as more checks fail; an empty federation scores lowest', () => {
  const score = (team: { members: MemberDoc[]; areas: AreaDoc[] }) => ruleWarnings({ level: 'community' }, team.members, team.areas).completeness.score
  const oneGap = fullTeam(12, (i) => (i === 0 ? { phone: null } : {}))
  const manyGaps = fullTeam(12, () => ({ phone: null, photoUrl: null }))
  expect(score(oneGap)).toBeLessThan(100)
  expect(score(manyGaps)).toBeLessThan(score(oneGap))
  const empty = ruleWarnings({ level: 'community' }, [], [])
  expect(empty.completeness.score).toBeLessThan(score(manyGaps))
  expect(empty.warnings.map((w) => w.kind)).toEqual(['tooFewMembers', 'vacantChair'])
})

test('two 执委 sharing a month while another month has nobody is a clash, naming the month, both and the rule (轮值制度)', () => {
  const team = fullTeam(12, (i) => (i === 10 ? { onDutyMonth: 12 } : {}))
  const clash = ruleWarnings({ level: 'community' }, team.members, team.areas).warnings.find((w) => w.kind === 'rotationClash')
  expect(clash).toMatchObject({
    subjectIds: ['m10', 'm11'],
    message: '12月有 2 位执委同时轮值（成员10、成员11），还有 1 个月空着，请把轮值月份错开',
    rule: expect.stringContaining('每年安排一个月的轮值时间'),
  })
})

test('with more 执委 than months every month is kept, so sharing one is no clash', () => {
  expect(kinds('community', fullTeam(14))).not.toContain('rotationClash')
})

test('a member who publishes an office number has a phone on the board; one who publishes none does not', () => {
  const team = fullTeam(12, (i) => (i === 3 ? { phoneShown: 'office', officePhone: '023-61234567' } : i === 4 ? { phoneShown: 'none' } : {}))
  expect(ruleWarnings({ level: 'community' }, team.members, team.areas).warnings.find((w) => w.kind === 'missingPhone')?.subjectIds).toEqual(['m4'])
})

describe('levels of organisation', () => {
  const people = (posts: MemberDoc['post'][]) => posts.map((post, i) => member(`p${i}`, 'o', { post, photoUrl: '/files/p.jpg', name: `人${i}` }))

  test('a 妇女小组 with 小组长 1 and 组员 3 passes; it gets no rotation, coverage, chair or attendance rule and scores 100', () => {
    const group = people(['groupLeader', 'groupMember', 'groupMember', 'groupMember'])
    expect(ruleWarnings({ level: 'group' }, group, [area('a', 'o')])).toEqual({ warnings: [], completeness: { score: 100, warningCount: 0 } })
  })

  test('002 “四新”指导意见 二(四) "妇女小组固定成员不少于3人，并推选小组长1名": no leader, two leaders, too few', () => {
    const kindsOf = (posts: MemberDoc['post'][]) => ruleWarnings({ level: 'group' }, people(posts), []).warnings.map((w) => w.kind)
    expect(kindsOf(['groupMember', 'groupMember', 'groupMember'])).toEqual(['groupLeaderCount'])
    expect(kindsOf(['groupLeader', 'groupLeader', 'groupMember', 'groupMember', 'groupMember'])).toEqual(['groupLeaderCount'])
    const small = ruleWarnings({ level: 'group' }, people(['groupLeader', 'groupMember', 'volunteer']), []).warnings
    expect(small.map((w) => w.kind)).toEqual(['groupTooSmall'])
    expect(small[0]).toMatchObject({ citations: [expect.objectContaining({ seed: '002', quote: '妇女小组固定成员不少于3人，并推选小组长1名' })] })
  })

  test('004 柳州 通知 一(七) "妇女小组设小组长1名，组员3-5名": six 组员 are too many, two too few', () => {
    const six = ruleWarnings({ level: 'group' }, people(['groupLeader', ...Array<MemberDoc['post']>(6).fill('groupMember')]), []).warnings
    expect(six).toEqual([
      expect.objectContaining({ kind: 'groupMembersOutsideRange', message: '妇女小组组员应为 3—5 名，现有 6 名', citations: [expect.objectContaining({ seed: '004' })] }),
    ])
    const two = ruleWarnings({ level: 'group' }, people(['groupLeader', 'groupMember', 'groupMember']), []).warnings
    expect(two.map((w) => w.kind)).toEqual(['groupMembersOutsideRange'])
  })

  test('a 妇女微家 (no seed sizes it) gets no count, rotation or coverage warning, however few its people', () => {
    expect(ruleWarnings({ level: 'microHome' }, people(['groupLeader']), []).warnings).toEqual([])
  })

  test('004 柳州 通知 一(七) 安置点: "执委不少于11人" and "副主席若干人（含专兼职且不少于5人）"', () => {
    const team = fullTeam(10, (i) => (i >= 1 && i <= 3 ? { post: 'viceChair' } : {}))
    const { warnings } = ruleWarnings({ level: 'resettlement' }, team.members, team.areas)
    expect(warnings.filter((w) => w.kind === 'tooFewMembers' || w.kind === 'tooFewViceChairs').map((w) => [w.kind, w.message])).toEqual([
      ['tooFewMembers', '安置点妇联执委只有 10 人，不得少于 11 人'],
      ['tooFewViceChairs', '安置点妇联副主席只有 3 人，应不少于 5 人（含专职和兼职）'],
    ])
    const full = fullTeam(12, (i) => (i >= 1 && i <= 5 ? { post: 'viceChair' } : {}))
    expect(ruleWarnings({ level: 'resettlement' }, full.members, full.areas).warnings).toEqual([])
  })

  test('002 “四新”指导意见 二(四) "“四新”妇联组织推选主席1名，副主席2-3名": one vice-chair is too few, four too many', () => {
    const withVices = (n: number) => fullTeam(8, (i) => (i >= 1 && i <= n ? { post: 'viceChair' } : {}))
    const vice = (n: number) => ruleWarnings({ level: 'newSector' }, withVices(n).members, withVices(n).areas).warnings.map((w) => w.kind)
    expect(vice(1)).toEqual(['viceChairsOutsideRange'])
    expect(vice(2)).toEqual([])
    expect(vice(4)).toEqual(['viceChairsOutsideRange'])
  })
})

describe('coverage (附件2 分片联系, 附件6 "每位执委至少联系1个妇女小组和微家")', () => {
  test('where the federation has 妇女小组 or 微家, a 执委 linked to none of them is named', () => {
    const team = fullTeam(12, (i) => ({ linkedBodyIds: i === 3 ? [] : i === 4 ? ['elsewhere'] : ['g1'] }))
    const found = ruleWarnings({ level: 'village' }, team.members, team.areas, { smallBodyIds: ['g1', 'h1'] }).warnings.find((w) => w.kind === 'memberLinksNoSmallBody')
    expect(found).toMatchObject({ subjectIds: ['m3', 'm4'], rule: expect.stringContaining('每位执委至少联系1个妇女小组和微家') })
  })

  test('a federation without 妇女小组 or 微家 asks no link; the 村民小组 areas are areas, not 妇女小组', () => {
    const team = fullTeam(12)
    expect(kinds('village', team)).toEqual([])
    const idle = fullTeam(12)
    idle.areas.pop()
    expect(ruleWarnings({ level: 'village' }, idle.members, idle.areas).warnings.find((w) => w.kind === 'memberCoversNothing')).toMatchObject({
      subjectIds: ['m11'],
      rule: expect.stringContaining('按照执委分片联系制度'),
    })
  })
})

test('手册 六(八): the absence warning names the meetings it counts, never 执委会议 for a 议事', () => {
  const team = fullTeam(12)
  const meeting = (day: number, form: MeetingForm = 'plenary') => ({
    startsAt: `2026-0${day}-01T02:00:00.000Z`,
    status: 'recorded' as const,
    form,
    invitedMemberIds: ['m2'],
    attendance: [{ memberId: 'm2', status: 'absent' as const }],
  })
  const warning = ruleWarnings({ level: 'community' }, team.members, team.areas, { meetings: [meeting(1), meeting(2), meeting(3)] }).warnings.find(
    (w) => w.kind === 'missedMeetings',
  )
  expect(warning?.message).toContain('（1月1日集中议事、2月1日集中议事、3月1日集中议事）')
  expect(warning?.message).not.toContain('执委会')
  expect(warning?.rule).toContain('无正当理由连续三次不出席同级妇联召集的活动（会议、培训等）')
  const visits = [meeting(1, 'homeVisit'), meeting(2, 'homeVisit'), meeting(3, 'homeVisit')]
  expect(ruleWarnings({ level: 'community' }, team.members, team.areas, { meetings: visits }).warnings.map((w) => w.kind)).not.toContain('missedMeetings')
})
