// 求助台账 (001 7.3.3 "按规定做好信访维权案件记录、跟踪反馈，存档保管"), de-identified: the case
// code, what kind of help, her age band, the date of each step, where it was referred and
// how that stands, why it was closed and how she rated it. Nothing that names or describes
// her or her story: the ledger is built from a projection that holds no sealed field, no
// openid and no member, so no cell can carry one (`LedgerCase` is the whole of what it reads).
// The totals under the title follow the small-count rule of 求助统计 (shared/suppression.ts):
// a count of 1–4 reads 少于5, and whatever would give it away is withheld.
import {
  AGE_BAND_LABEL,
  CLOSURE_REASON_LABEL,
  REFERRAL_BODY_LABEL,
  REFERRAL_STATUS_LABEL,
  REQUEST_CATEGORIES,
  REQUEST_CATEGORY_LABEL,
  REQUEST_STATE_LABEL,
  URGENCY_LABEL,
  type RequestDoc,
} from '../../../../types'
import { localDate } from '../../../common/time'
import { protectRow, type Shown } from '../../../shared/suppression'
import { ledger, type AnyLedger } from '../workbook'

type Referral = RequestDoc['referrals'][number]

/** The only fields of a case the ledger may read. */
export interface LedgerCase {
  code: string
  category: RequestDoc['category']
  ageBand: RequestDoc['ageBand']
  urgency: RequestDoc['urgency']
  state: RequestDoc['state']
  createdAt: string
  acceptedAt: string | null
  firstContactAt: string | null
  escalatedAt: string | null
  closedAt: string | null
  closureReason: NonNullable<RequestDoc['closure']>['reason'] | null
  referrals: { body: Referral['body']; status: Referral['status'] }[]
  ratingScore: number | null
}

/** The projection, field by field: a sealed field cannot come along by accident. */
export function ledgerCaseOf(doc: RequestDoc): LedgerCase {
  return {
    code: doc.code,
    category: doc.category,
    ageBand: doc.ageBand,
    urgency: doc.urgency,
    state: doc.state,
    createdAt: doc.createdAt,
    acceptedAt: doc.acceptedAt,
    firstContactAt: doc.firstContactAt,
    escalatedAt: doc.escalatedAt,
    closedAt: doc.closedAt,
    closureReason: doc.closure?.reason ?? null,
    referrals: doc.referrals.map((r) => ({ body: r.body, status: r.status })),
    ratingScore: doc.rating?.score ?? null,
  }
}

const day = (at: string | null): string => (at ? localDate(new Date(at)) : '')
const shownAs = (cell: Shown): string => (cell === 'few' ? '少于5' : cell === 'hidden' ? '—' : String(cell))

/** 按类别 N 件, each count as 求助统计 may show it; categories with none are left out unless the rule needs their 少于5. */
function categoryTotals(cases: readonly LedgerCase[]): string {
  const counts = REQUEST_CATEGORIES.map((c) => cases.filter((k) => k.category === c).length)
  const row = protectRow(counts)
  const parts = REQUEST_CATEGORIES.map((c, i) => ({ c, cell: row.shown[i]! })).filter(({ cell }) => cell !== 0)
  const total = cases.length
  const totalShown = total > 0 && total < 5 ? '少于5' : String(total)
  return `全年 ${totalShown} 件；按类别：${parts.map(({ c, cell }) => `${REQUEST_CATEGORY_LABEL[c]} ${shownAs(cell)}`).join('，') || '无'}`
}

export function requestsLedger(orgName: string, year: number, all: readonly LedgerCase[]): AnyLedger {
  const cases = all
    .filter((k) => day(k.createdAt).startsWith(`${year}-`))
    .slice()
    .sort((a, b) => a.createdAt.localeCompare(b.createdAt))
  return ledger({
    sheet: '求助台账',
    title: `${orgName}${year}年求助台账（已去除个人信息）`,
    note: categoryTotals(cases),
    columns: [
      { header: '序号', width: 6, value: ({ n }: { k: LedgerCase; n: number }) => n },
      { header: '求助编号', width: 14, value: ({ k }) => k.code },
      { header: '类别', width: 12, value: ({ k }) => REQUEST_CATEGORY_LABEL[k.category] },
      { header: '年龄段', width: 12, value: ({ k }) => AGE_BAND_LABEL[k.ageBand] },
      { header: '紧急程度', width: 8, value: ({ k }) => URGENCY_LABEL[k.urgency] },
      { header: '状态', width: 8, value: ({ k }) => REQUEST_STATE_LABEL[k.state] },
      { header: '提交日期', width: 12, value: ({ k }) => day(k.createdAt) },
      { header: '受理日期', width: 12, value: ({ k }) => day(k.acceptedAt) },
      { header: '首次联系日期', width: 12, value: ({ k }) => day(k.firstContactAt) },
      { header: '上报日期', width: 12, value: ({ k }) => day(k.escalatedAt) },
      { header: '转介情况', width: 24, value: ({ k }) => k.referrals.map((r) => `${REFERRAL_BODY_LABEL[r.body]}：${REFERRAL_STATUS_LABEL[r.status]}`).join('；') },
      { header: '办结日期', width: 12, value: ({ k }) => day(k.closedAt) },
      { header: '办结原因', width: 12, value: ({ k }) => (k.closureReason ? CLOSURE_REASON_LABEL[k.closureReason] : '') },
      { header: '满意度', width: 8, value: ({ k }) => (k.ratingScore === null ? '' : `${k.ratingScore} 星`) },
    ],
    rows: cases.map((k, i) => ({ k, n: i + 1 })),
  })
}
