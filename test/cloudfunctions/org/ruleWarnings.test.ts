// The console's rule warnings, as a table: each rule from the seeds, when it fires, what
// it names, and how the completeness score moves.
import type { AreaDoc, MemberDoc, OrgLevel, WarningKind } from '../../../types'
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
  expect(kinds('community', left)).toEqual(expect.arrayContaining(['vacantChair', 'areaUncovered', 'monthWithoutDuty']))
})

test('a vacant chair is named with its rule', () => {
  const team = fullTeam(12, (i) => (i === 0 ? { post: 'viceChair' } : {}))
  const [warning] = ruleWarnings({ level: 'community' }, team.members, team.areas).warnings
  expect(warning).toMatchObject({ kind: 'vacantChair', rule: expect.stringContaining('亮牌服务制度') })
})

test('an area nobody covers and a member covering nothing name their subjects', () => {
  const team = fullTeam(12)
  team.areas[3] = { ...team.areas[3], memberId: null }
  const { warnings } = ruleWarnings({ level: 'community' }, team.members, team.areas)
  expect(warnings.find((w) => w.kind === 'areaUncovered')).toMatchObject({
    subjectIds: ['a3'],
    message: expect.stringContaining('3栋'),
    rule: expect.stringContaining('联系服务妇女群众制度'),
  })
  expect(warnings.find((w) => w.kind === 'memberCoversNothing')).toMatchObject({ subjectIds: ['m3'], rule: expect.stringContaining('附件6') })
})

test('months without an on-duty member and members without a month are both named (轮值制度)', () => {
  const team = fullTeam(12, (i) => (i === 11 ? { onDutyMonth: null } : i === 10 ? { onDutyMonth: 1 } : {}))
  const { warnings } = ruleWarnings({ level: 'community' }, team.members, team.areas)
  expect(warnings.find((w) => w.kind === 'monthWithoutDuty')).toMatchObject({
    subjectIds: ['11', '12'],
    message: '11月、12月没有轮值执委',
    rule: expect.stringContaining('执委轮值制度'),
  })
  expect(warnings.find((w) => w.kind === 'memberWithoutDuty')?.subjectIds).toEqual(['m11'])
})

test('missing photos and phones name each person, volunteers included (亮执委身份)', () => {
  const team = fullTeam(12, (i) => (i === 2 ? { photoUrl: null } : i === 5 ? { phone: null, post: 'volunteer' } : {}))
  const { warnings } = ruleWarnings({ level: 'community' }, team.members, team.areas)
  expect(warnings.find((w) => w.kind === 'missingPhoto')?.subjectIds).toEqual(['m2'])
  expect(warnings.find((w) => w.kind === 'missingPhone')).toMatchObject({ subjectIds: ['m5'], message: '1 人在亮牌上没有联系电话：成员5（不愿公开本人电话的，可以公开办公电话）' })
})

test('every warning cites a seed article', () => {
  const { warnings } = ruleWarnings({ level: 'community' }, [member('x', 'o', { phone: null })], [area('a', 'o')])
  expect(warnings.length).toBeGreaterThanOrEqual(6)
  for (const w of warnings) expect(w.rule).toMatch(/制度|附件/)
})

test('the score falls as more checks fail; an empty federation scores lowest', () => {
  const score = (team: { members: MemberDoc[]; areas: AreaDoc[] }) => ruleWarnings({ level: 'community' }, team.members, team.areas).completeness.score
  const oneGap = fullTeam(12, (i) => (i === 0 ? { phone: null } : {}))
  const manyGaps = fullTeam(12, () => ({ phone: null, photoUrl: null }))
  expect(score(oneGap)).toBeLessThan(100)
  expect(score(manyGaps)).toBeLessThan(score(oneGap))
  const empty = ruleWarnings({ level: 'community' }, [], [])
  expect(empty.completeness.score).toBeLessThan(10)
  expect(empty.warnings.map((w) => w.kind)).toEqual(['tooFewMembers', 'vacantChair', 'monthWithoutDuty'])
})

test('a month kept only by a 巾帼志愿者 still has no on-duty 执委', () => {
  const team = fullTeam(12, (i) => (i === 4 ? { post: 'volunteer' } : {}))
  expect(ruleWarnings({ level: 'community' }, team.members, team.areas).warnings.find((w) => w.kind === 'monthWithoutDuty')?.subjectIds).toEqual(['5'])
})

test('two 执委 sharing a month while another month has nobody is a clash, naming the month, both and the rule (轮值制度)', () => {
  const team = fullTeam(12, (i) => (i === 10 ? { onDutyMonth: 12 } : {}))
  const clash = ruleWarnings({ level: 'community' }, team.members, team.areas).warnings.find((w) => w.kind === 'rotationClash')
  expect(clash).toMatchObject({
    subjectIds: ['m10', 'm11'],
    message: '12月有 2 位执委同时轮值（成员10、成员11），还有 1 个月没有人轮值，请把轮值月份错开',
    rule: expect.stringContaining('轮值期间，执委主要依托党群服务中心、“妇女之家”等阵地'),
  })
})

test('with more 执委 than months every month is kept, so sharing one is no clash', () => {
  expect(kinds('community', fullTeam(14))).not.toContain('rotationClash')
})

test('a member who publishes an office number has a phone on the board; one who publishes none does not', () => {
  const team = fullTeam(12, (i) => (i === 3 ? { phoneShown: 'office', officePhone: '023-61234567' } : i === 4 ? { phoneShown: 'none' } : {}))
  expect(ruleWarnings({ level: 'community' }, team.members, team.areas).warnings.find((w) => w.kind === 'missingPhone')?.subjectIds).toEqual(['m4'])
})
