// Terms and training, as the console flags them. 000 三(一): the 妇女代表大会 "每五年举行一次，与同级党组织
// 换届同步进行" — a term that has ended is flagged until renewed, and 90 days past it the public board
// leaves her off. 002 履职制度第九条 "参加妇联组织举办的各类专题学习培训"; 003 14 "确保基层妇联主席、副主席、
// 执委在任职期间普遍接受1次培训" — a 执委 a year in office with no 学习培训 attended is flagged.
import { termWarnings, trainingWarnings } from '../../../cloudfunctions/org/lib/termRules'
import { termLapsed } from '../../../cloudfunctions/shared/terms'
import { member } from '../../fixtures/docs'

// 23 November 2026, 10:00 in Beijing
const now = new Date('2026-11-23T02:00:00.000Z')

describe('terms', () => {
  test('a 执委 whose term has ended is flagged with the words of the next step; a volunteer, one who left or one without an end date is not', () => {
    const members = [
      member('m1', 'o', { name: '张执委', termStart: '2021-11-01', termEnd: '2026-10-31' }),
      member('m2', 'o', { name: '王执委', termStart: '2021-11-01', termEnd: '2026-11-23' }),
      member('m3', 'o', { name: '赵志愿', post: 'volunteer', termEnd: '2026-01-01' }),
      member('m4', 'o', { name: '刘离任', status: 'left', termEnd: '2026-01-01' }),
      member('m5', 'o', { name: '陈执委', termEnd: null }),
    ]
    const [warning] = termWarnings('community', members, now)
    expect(warning).toMatchObject({ kind: 'termEnded', subjectIds: ['m1'], message: '张执委 的任期已经结束，请按换届结果更新任期，或登记离任' })
    expect(warning?.rule).toContain('每五年举行一次，与同级党组织换届同步进行')
  })

  test('90 days past the end, the words say she is off the board until renewed', () => {
    const [warning] = termWarnings('village', [member('m1', 'o', { name: '张执委', termEnd: '2026-08-24' })], now)
    expect(warning?.message).toContain('张执委 任期结束已超过 90 天，亮牌上暂不显示，更新任期后恢复')
  })

  test.each([
    ['2026-08-25', false], // 90 days before 23 November: still shown
    ['2026-08-24', true], // 91 days: off the board
    [null, false],
  ])('termEnd %s → off the board: %s', (termEnd, lapsed) => {
    expect(termLapsed(termEnd, now)).toBe(lapsed)
  })

  test('a 妇女小组 has no 执委 terms to flag', () => {
    expect(termWarnings('group', [member('m1', 'o', { termEnd: '2020-01-01', post: 'groupLeader' })], now)).toEqual([])
  })
})

describe('training', () => {
  const training = (startsAt: string, present: string[]) => ({
    startsAt,
    status: 'recorded' as const,
    agenda: [{ kind: 'training' as const, title: '反家暴法专题学习' }],
    attendance: present.map((memberId) => ({ memberId, status: 'present' as const, reason: '' })),
  })
  const team = [
    member('m1', 'o', { name: '张执委', termStart: '2024-01-01' }),
    member('m2', 'o', { name: '王执委', termStart: '2024-01-01' }),
    // in office only since June: not asked yet
    member('m3', 'o', { name: '新执委', termStart: '2026-06-01' }),
  ]

  test('a 执委 a year in office present at no 学习培训 is flagged, citing both seeds', () => {
    const [warning] = trainingWarnings('community', team, [training('2025-05-10T02:00:00.000Z', ['m2'])], now)
    expect(warning).toMatchObject({ kind: 'noTraining', subjectIds: ['m1'], message: expect.stringContaining('张执委 任职以来还没有参加过学习培训') })
    expect(warning?.rule).toContain('参加妇联组织举办的各类专题学习培训')
    expect(warning?.rule).toContain('确保基层妇联主席、副主席、执委在任职期间普遍接受1次培训')
  })

  test('a training before her term began, a 执委会 without 学习培训, or one she missed does not count', () => {
    const before = training('2023-05-10T02:00:00.000Z', ['m1', 'm2'])
    const noTraining = { ...training('2025-05-10T02:00:00.000Z', ['m1', 'm2']), agenda: [{ kind: 'work' as const, title: '' }] }
    const missed = { ...training('2025-06-10T02:00:00.000Z', []), attendance: [{ memberId: 'm1', status: 'excused' as const, reason: '出差' }] }
    expect(trainingWarnings('community', team, [before, noTraining, missed], now)[0]?.subjectIds).toEqual(['m1', 'm2'])
    expect(trainingWarnings('community', team, [training('2026-03-01T02:00:00.000Z', ['m1', 'm2'])], now)).toEqual([])
  })
})
