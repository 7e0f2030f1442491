// The term settings form's words and choices: the seeds' sentences each setting follows, the
// 评议 shares a chair picks from, and the term's last day in her words.
import { DEFAULT_COMMITTEE_RULES, MAX_TERM_YEARS, MIN_TERM_YEARS, termEndFrom, type CommitteeRules, type FailShare } from '../../../../types/committeeRules'

export const TERM_QUOTE =
  '000《基层妇联执委工作手册》三（一）：“乡镇（街道）妇女代表大会、村（社区）妇女大会或妇女代表大会每五年举行一次”；“机关、事业单位、两新组织等妇联组织每届任期三至五年”。'
export const ANNOUNCE_NOTE = '执委增补、替补、卸免、劝退、终止后，亮牌上公示姓名和变动，公示这么多天后自动撤下（002 增替补及退出制度 第十七条）。'
export const FAIL_NOTE = '不满意超过评议人数的几分之几为不合格（002 执委履职制度 第八条 述职评议；增替补及退出制度 第十二条 “在年度述职评议中连续两年不合格”的，组织劝退）。'

export const TERM_YEAR_CHOICES = Array.from({ length: MAX_TERM_YEARS - MIN_TERM_YEARS + 1 }, (_, i) => MIN_TERM_YEARS + i)
export const FAIL_SHARES: readonly FailShare[] = [
  { numerator: 1, denominator: 3 },
  { numerator: 1, denominator: 2 },
  { numerator: 1, denominator: 4 },
]
export const shareKey = (share: FailShare): string => `${share.numerator}/${share.denominator}`
const CHINESE_DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十']
export const shareLabel = (share: FailShare): string => `${CHINESE_DIGITS[share.denominator] ?? share.denominator}分之${CHINESE_DIGITS[share.numerator] ?? share.numerator}`

/** 「本届任期到 2029年2月28日」, or what is missing. */
export function termEndWords(termStart: string | null, termYears: number): string {
  if (!termStart) return '还没有填写本届开始日期：填写后，新当选、新添加的执委任期自动算到本届结束。'
  const end = termEndFrom(termStart, termYears)
  return `本届任期到 ${Number(end.slice(0, 4))}年${Number(end.slice(5, 7))}月${Number(end.slice(8, 10))}日。`
}

/** The rules a form starts from: the saved ones, or the seeds' defaults. */
export const startingRules = (stored: CommitteeRules | null | undefined): CommitteeRules => stored ?? DEFAULT_COMMITTEE_RULES
