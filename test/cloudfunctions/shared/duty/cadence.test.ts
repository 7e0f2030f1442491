// The 七个一 cadence engine (附件2 妇联执委“七个一”联系制度): every duty at the edges of its period in
// Beijing time, a member who joined part-way through, the women reached against 附件6's 10, the
// one-year flag (手册 六（八）“超过一年没有履职的”), the federation's raised minimums and the roll-up.
import fs from 'node:fs'
import path from 'node:path'
import { applyEntry, countsOf, emptyCounts, previousSpan, rollUp, spanOf, summarize, yearBefore, type CadenceEntry } from '../../../../cloudfunctions/shared/duty/cadence'
import { SEVEN_DUTIES, SILENT_YEAR_CITATION, WOMEN_REACHED_CITATIONS, dutyMinimums, type DutyEntryKind, type SevenDutyKey } from '../../../../types'

const SEEDS = path.join(__dirname, '../../../../docs/seeds')
const seedText = (seed: string) => fs.readFileSync(path.join(SEEDS, fs.readdirSync(SEEDS).find((name) => name.startsWith(`${seed}_`)) ?? ''), 'utf8').replace(/\s+/g, '')

const entry = (kind: DutyEntryKind, date: string, womenCount = 1): CadenceEntry => ({ kind, date, womenCount })
const statusOf = (summary: ReturnType<typeof summarize>, key: SevenDutyKey) => summary.duties.find((duty) => duty.key === key)

/** Beijing 23:59 on the last day of Q3 2026, and 00:00 on the first day of Q4 (UTC+8). */
const LAST_MINUTE_Q3 = new Date('2026-09-30T15:59:00Z')
const FIRST_MINUTE_Q4 = new Date('2026-09-30T16:00:00Z')

test.each([
  ...SEVEN_DUTIES.map((duty) => [duty.key, duty.citation.seed, duty.citation.quote] as const),
  ...WOMEN_REACHED_CITATIONS.map((c) => ['women', c.seed, c.quote] as const),
  ['silent', SILENT_YEAR_CITATION.seed, SILENT_YEAR_CITATION.quote] as const,
])('%s cites seed %s word for word: "%s"', (_key, seed, quote) => {
  expect(seedText(seed)).toContain(quote.replace(/\s+/g, ''))
})

test('the seven duties are 附件2: two each quarter, two each half-year, three each year, one each', () => {
  expect(SEVEN_DUTIES.map((duty) => [duty.key, duty.period, duty.minimum])).toEqual([
    ['contact', 'quarter', 1],
    ['talk', 'quarter', 1],
    ['survey', 'halfYear', 1],
    ['proposal', 'halfYear', 1],
    ['help', 'year', 1],
    ['service', 'year', 1],
    ['record', 'year', 1],
  ])
})

test.each([
  ['2026-09-30', 'quarter', '2026Q3', '2026-07-01', '2026-09-30'],
  ['2026-10-01', 'quarter', '2026Q4', '2026-10-01', '2026-12-31'],
  ['2026-06-30', 'halfYear', '2026H1', '2026-01-01', '2026-06-30'],
  ['2026-07-01', 'halfYear', '2026H2', '2026-07-01', '2026-12-31'],
  ['2028-02-10', 'quarter', '2028Q1', '2028-01-01', '2028-03-31'],
  ['2026-12-31', 'year', '2026', '2026-01-01', '2026-12-31'],
] as const)('%s lies in the %s %s (%s – %s)', (date, period, key, first, last) => {
  expect(spanOf(date, period)).toMatchObject({ key, first, last })
})

test('the period before the first quarter is the last quarter of the year before', () => {
  expect(previousSpan(spanOf('2026-02-01', 'quarter')).key).toBe('2025Q4')
  expect(previousSpan(spanOf('2026-08-01', 'halfYear')).key).toBe('2026H1')
  expect(yearBefore('2028-02-29')).toBe('2027-02-28')
})

// Every duty, at 23:59 on the last day of the quarter and at 00:00 the next day, with one entry
// of its kind dated that last day: at 23:59 it is done; at 00:00 a quarterly duty starts over
// (due, not behind, since the last quarter was met) while a half-yearly or yearly one
// (Q3 → Q4 stays in H2 and the year) is still done.
test.each(SEVEN_DUTIES.map((duty) => [duty.key, duty.period, duty.kinds?.[0] ?? 'mediation'] as const))('%s (%s) at the quarter edge in Beijing time', (key, period, kind) => {
  const input = { memberId: 'm1', entries: [entry(kind, '2026-09-30')], joinedOn: '2020-01-01' }
  expect(statusOf(summarize({ ...input, now: LAST_MINUTE_Q3 }), key)).toMatchObject({
    done: 1,
    status: 'done',
    dueDate: period === 'quarter' ? '2026-09-30' : period === 'halfYear' ? '2026-12-31' : '2026-12-31',
  })
  const after = statusOf(summarize({ ...input, now: FIRST_MINUTE_Q4 }), key)
  if (period === 'quarter') expect(after).toMatchObject({ done: 0, status: 'due', missedLast: false, dueDate: '2026-12-31' })
  else expect(after).toMatchObject({ done: 1, status: 'done' })
})

test('a quarterly duty missed last quarter is behind at 00:00 of the new quarter, not at 23:59 of the old one', () => {
  // she met Q2 (30 June), so at 23:59 on 30 September contact is only due; at 00:00 Q3 is missed
  const input = { memberId: 'm1', entries: [entry('contact', '2026-06-30'), entry('talk', '2026-09-30')], joinedOn: '2020-01-01' }
  expect(statusOf(summarize({ ...input, now: LAST_MINUTE_Q3 }), 'contact')).toMatchObject({ status: 'due', missedLast: false })
  const next = summarize({ ...input, now: FIRST_MINUTE_Q4 })
  expect(statusOf(next, 'contact')).toMatchObject({ status: 'behind', missedLast: true })
  expect(next.behind).toBe(true)
})

test('a member who joined mid-quarter is not behind for that quarter', () => {
  const joinedMidQ3 = { memberId: 'm2', entries: [], joinedOn: '2026-08-15', now: FIRST_MINUTE_Q4 }
  const summary = summarize(joinedMidQ3)
  expect(statusOf(summary, 'contact')).toMatchObject({ status: 'due', missedLast: false })
  expect(summary.behind).toBe(false)
  // joined on the quarter's first day: she was a member for all of it
  expect(summarize({ ...joinedMidQ3, joinedOn: '2026-07-01' }).behind).toBe(true)
})

test('the plain words name what is left in each period and by when', () => {
  const summary = summarize({
    memberId: 'm1',
    entries: [entry('survey', '2026-11-02'), entry('help', '2026-03-02')],
    joinedOn: '2020-01-01',
    now: new Date('2026-11-30T04:00:00Z'),
  })
  expect(summary.todo).toEqual(['本季度还需联系妇女群众1次、宣讲1次，截至 12月31日', '本半年还需向本级妇联提建议1次，截至 12月31日', '今年还需参加公益服务1次，截至 12月31日'])
  const allDone = ['contact', 'talk', 'survey', 'proposal', 'help', 'service'].map((kind) => entry(kind as DutyEntryKind, '2026-11-02'))
  expect(summarize({ memberId: 'm1', entries: allDone, joinedOn: '2020-01-01', now: new Date('2026-11-30T04:00:00Z') }).todo).toEqual([])
})

test('a federation may raise a minimum, never lower it', () => {
  expect(dutyMinimums.safeParse({ contact: 3 }).success).toBe(true)
  const lowered = dutyMinimums.safeParse({ talk: 0 })
  expect(lowered.success).toBe(false)
  expect(lowered.error?.issues[0]?.message).toBe('一次宣讲每季度至少1次，只能提高，不能降低')
  const raised = summarize({ memberId: 'm1', entries: [entry('contact', '2026-11-02')], joinedOn: '2020-01-01', now: new Date('2026-11-30T04:00:00Z'), minimums: { contact: 3 } })
  expect(statusOf(raised, 'contact')).toMatchObject({ done: 1, minimum: 3, status: 'behind' })
  expect(raised.todo[0]).toBe('本季度还需联系妇女群众2次、宣讲1次，截至 12月31日')
  // the raised minimum holds for the last quarter too: two contacts in Q3 were not enough
  const q3 = [entry('contact', '2026-07-02'), entry('contact', '2026-08-02'), entry('contact', '2026-11-02')]
  expect(statusOf(summarize({ memberId: 'm1', entries: q3, joinedOn: '2020-01-01', now: new Date('2026-11-30T04:00:00Z'), minimums: { contact: 2 } }), 'contact')).toMatchObject({
    status: 'due',
    missedLast: false,
  })
  expect(statusOf(summarize({ memberId: 'm1', entries: q3, joinedOn: '2020-01-01', now: new Date('2026-11-30T04:00:00Z'), minimums: { contact: 3 } }), 'contact')).toMatchObject({
    status: 'behind',
    missedLast: true,
  })
})

test('women reached this year are counted against 附件6’s 10, last year’s not', () => {
  const now = new Date('2026-11-30T04:00:00Z')
  const entries = [entry('contact', '2025-12-30', 30), entry('contact', '2026-01-05', 4), entry('talk', '2026-06-01', 5)]
  expect(summarize({ memberId: 'm1', entries, joinedOn: '2020-01-01', now }).womenReached).toEqual({ count: 9, minimum: 10, met: false })
  expect(summarize({ memberId: 'm1', entries: [...entries, entry('help', '2026-11-30', 1)], joinedOn: '2020-01-01', now }).womenReached.met).toBe(true)
})

test.each([
  ['last entry exactly a year ago', ['2025-11-30'], '2020-01-01', true],
  ['last entry a year ago less a day', ['2025-12-01'], '2020-01-01', false],
  ['never an entry, a member for years', [], '2020-01-01', true],
  ['never an entry, joined eleven months ago', [], '2026-01-01', false],
  ['never an entry, joined exactly a year ago', [], '2025-11-30', true],
] as const)('the one-year flag: %s', (_name, dates, joinedOn, flagged) => {
  const summary = summarize({ memberId: 'm1', entries: dates.map((date) => entry('contact', date)), joinedOn, now: new Date('2026-11-30T04:00:00Z') })
  if (flagged) expect(summary.silentYear).toEqual({ message: '超过一年没有履职，请执委会研究（本提示不会自动取消执委资格）', citation: SILENT_YEAR_CITATION })
  else expect(summary.silentYear).toBeNull()
})

test('the last entry date ignores entries dated after today', () => {
  const summary = summarize({
    memberId: 'm1',
    entries: [entry('contact', '2026-10-01'), entry('contact', '2026-12-24')],
    joinedOn: '2020-01-01',
    now: new Date('2026-11-30T04:00:00Z'),
  })
  expect(summary.lastEntryDate).toBe('2026-10-01')
})

test('counts follow log, update and delete, and roll up through the tree', () => {
  const a = entry('contact', '2026-10-01', 6)
  const b = entry('talk', '2026-10-02', 12)
  let counts = applyEntry(applyEntry(emptyCounts(), a, 1), b, 1)
  expect(counts).toMatchObject({ entries: 2, women: 18 })
  expect(counts.byKind).toMatchObject({ contact: 1, talk: 1, help: 0 })
  // an update is the old entry out and the new one in
  counts = applyEntry(applyEntry(counts, b, -1), { ...b, kind: 'help', womenCount: 2 }, 1)
  expect(counts).toMatchObject({ entries: 2, women: 8 })
  expect(counts.byKind).toMatchObject({ talk: 0, help: 1 })
  counts = applyEntry(counts, a, -1)
  expect(counts).toEqual(countsOf([{ ...b, kind: 'help', womenCount: 2 }]))

  const village = countsOf([a, b])
  const other = countsOf([entry('service', '2026-10-03', 40)])
  const street = rollUp([countsOf([entry('proposal', '2026-10-04', 0)]), village, other])
  expect(street).toMatchObject({ entries: 4, women: 58 })
  expect(street.byKind).toMatchObject({ contact: 1, talk: 1, service: 1, proposal: 1, survey: 0 })
})
