import { readWorkbook } from '../../support/xlsx'
import type { RequestDoc } from '../../../types'
import { ledgerCaseOf, requestsLedger } from '../../../cloudfunctions/reports/lib/ledgers/requests'
import { workbookBytes } from '../../../cloudfunctions/reports/lib/workbook'
import { unzipEntries } from '../../support/unzip'
import { caseDoc } from '../requests/fixtures/requestsTree'

/** Every value a stored case holds that could name or describe her, or who helped her. */
const SECRETS = ['SEALED-PERSONAL', 'SEALED-CLOSURE', 'SEALED-REFERRAL', 'SEALED-FOLLOWUP', 'SEALED-RATING', 'OPENID-OF-HER', 'MEMBER-WHO-FILED', 'ASSIGNEE-ID']

function secretCase(id: string, over: Partial<RequestDoc>): RequestDoc {
  const base = caseDoc(id, 'closed', over)
  return {
    ...base,
    personal: 'SEALED-PERSONAL',
    requesterOpenid: 'OPENID-OF-HER',
    filedByMemberId: 'MEMBER-WHO-FILED',
    assigneeId: 'ASSIGNEE-ID',
    closure: { reason: 'referred', note: 'SEALED-CLOSURE' },
    referrals: [{ id: 'r1', body: 'police', note: 'SEALED-REFERRAL', status: 'accepted', sentAt: base.createdAt, updatedAt: base.createdAt }],
    followUp: { dueDate: '2026-12-01', doneAt: null, note: 'SEALED-FOLLOWUP' },
    rating: { score: 4, comment: 'SEALED-RATING', at: base.createdAt },
    ...over,
  }
}

async function build(cases: RequestDoc[]): Promise<Buffer> {
  return workbookBytes([requestsLedger('幸福社区妇联', 2026, cases.map(ledgerCaseOf))], { creator: '幸福社区妇联', created: new Date('2026-11-30T00:00:00Z') })
}

describe('求助台账 (001 7.3.3 记录、跟踪反馈，存档保管), de-identified', () => {
  const cases = [
    secretCase('c1', { createdAt: '2026-02-01T02:00:00.000Z', escalatedAt: '2026-02-03T02:00:00.000Z' }),
    ...Array.from({ length: 6 }, (_, i) => secretCase(`m${i}`, { category: 'marriageFamily', createdAt: `2026-0${3 + (i % 5)}-0${1 + i}T02:00:00.000Z` })),
    secretCase('old', { createdAt: '2025-06-01T02:00:00.000Z' }),
  ]

  test('no sealed field, no openid, no member anywhere: not in a cell, not in the raw XML of the file', async () => {
    const bytes = await build(cases)
    const xml = [...unzipEntries(bytes).entries()]
    expect(xml.map(([name]) => name)).toContain('xl/sharedStrings.xml')
    for (const [name, content] of xml) {
      for (const secret of SECRETS) expect({ name, found: content.toString('utf8').includes(secret) }).toEqual({ name, found: false })
    }
    const book = await readWorkbook(bytes)
    const cells: string[] = []
    book.worksheets[0].eachRow((row) => row.eachCell((cell) => cells.push(String(cell.text))))
    for (const secret of SECRETS) expect(cells.filter((c) => c.includes(secret))).toEqual([])
    // the projection itself carries only the ledger's fields
    expect(Object.keys(ledgerCaseOf(cases[0]!)).sort()).toEqual(
      [
        'acceptedAt',
        'ageBand',
        'category',
        'closedAt',
        'closureReason',
        'code',
        'createdAt',
        'escalatedAt',
        'firstContactAt',
        'referrals',
        'ratingScore',
        'state',
        'urgency',
      ].sort(),
    )
  })

  test('the year’s cases, each step’s date, referrals and rating; the totals follow the small-count rule', async () => {
    const bytes = await build(cases)
    const book = await readWorkbook(bytes)
    const sheet = book.worksheets[0]
    expect(sheet.getCell('A1').value).toBe('幸福社区妇联2026年求助台账（已去除个人信息）')
    // 1 家庭暴力 is 少于5; with the 6 婚姻家庭纠纷 and the total shown it could be worked out, so the 6 is withheld
    expect(sheet.getCell('A2').value).toBe('全年 7 件；按类别：家庭暴力 少于5，婚姻家庭纠纷 —')
    const values = (sheet.getRow(4).values as unknown[]).slice(1)
    expect(values).toEqual([
      1,
      cases[0]!.code,
      '家庭暴力',
      '18至59周岁',
      '一般',
      '已办结',
      '2026-02-01',
      '2026-11-20',
      '2026-11-20',
      '2026-02-03',
      '派出所：对方已接收',
      '2026-11-20',
      '已转介',
      '4 星',
    ])
    expect(sheet.rowCount).toBe(3 + 7)
  })

  test('a year with fewer than five cases says 少于5 even for its total', async () => {
    const bytes = await build(cases.slice(0, 3))
    const book = await readWorkbook(bytes)
    expect(book.worksheets[0].getCell('A2').value).toBe('全年 少于5 件；按类别：家庭暴力 少于5，婚姻家庭纠纷 少于5')
  })
})
