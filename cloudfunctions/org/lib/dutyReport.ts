// 书面述职 (002 《重庆市基层妇联执委履职制度》第八条: "每年在执委会上进行书面述职一次"): her
// year in figures from her 履职 entries, and the plain sentences the form opens with. The
// sentences only start her report: she edits them before she files it.
import { DUTY_ENTRY_KINDS, DUTY_ENTRY_KIND_LABELS, SEVEN_DUTIES, type DutyEntryDoc, type DutyMinimums, type DutyReportFacts } from '../../../types'
import { minimumOf } from '../../shared/duty/cadence'

/** How many of a duty's periods a calendar year holds. */
const PERIODS_IN_YEAR = { quarter: 4, halfYear: 2, year: 1 } as const

type FactEntry = Pick<DutyEntryDoc, 'kind' | 'date' | 'womenCount' | 'links'>

/** The year's figures from her entries dated in it (others are ignored); topic titles as found. */
export function reportFacts(year: number, entries: readonly FactEntry[], minimums: DutyMinimums | null, topicTitles: readonly string[]): DutyReportFacts {
  const inYear = entries.filter((entry) => entry.date.startsWith(`${year}-`))
  const duties = SEVEN_DUTIES.map((duty) => ({
    key: duty.key,
    title: duty.title,
    done: inYear.filter((entry) => duty.kinds === null || duty.kinds.includes(entry.kind)).length,
    minimum: minimumOf(duty, minimums) * PERIODS_IN_YEAR[duty.period],
  }))
  const kinds = DUTY_ENTRY_KINDS.map((kind) => ({ kind, label: DUTY_ENTRY_KIND_LABELS[kind], count: inYear.filter((entry) => entry.kind === kind).length })).filter(
    (row) => row.count > 0,
  )
  return {
    year,
    duties,
    kinds,
    entries: inYear.length,
    women: inYear.reduce((sum, entry) => sum + entry.womenCount, 0),
    topics: [...topicTitles],
    helpFiled: inYear.filter((entry) => entry.links.requestId !== null).length,
  }
}

/** The report's opening text: one plain sentence per fact, for her to edit. */
export function draftText(name: string, facts: DutyReportFacts): string {
  const lines = [`${facts.year}年，我（${name}）作为妇联执委，共记录履职 ${facts.entries} 次，联系服务妇女群众 ${facts.women} 人次。`]
  if (facts.kinds.length > 0) lines.push(`其中${facts.kinds.map((row) => `${row.label} ${row.count} 次`).join('，')}。`)
  const met = facts.duties.filter((duty) => duty.done >= duty.minimum)
  const short = facts.duties.filter((duty) => duty.done < duty.minimum)
  if (met.length > 0) lines.push(`“七个一”中，${met.map((duty) => `${duty.title}完成 ${duty.done} 次（全年要求 ${duty.minimum} 次）`).join('，')}。`)
  if (short.length > 0) lines.push(`还没有达到要求的：${short.map((duty) => `${duty.title}完成 ${duty.done} 次（全年要求 ${duty.minimum} 次）`).join('，')}。`)
  if (facts.topics.length > 0) lines.push(`我提出的建议已提交议事：${facts.topics.map((title) => `“${title}”`).join('、')}。`)
  if (facts.helpFiled > 0) lines.push(`为困难妇女儿童提交帮扶求助 ${facts.helpFiled} 件。`)
  lines.push('下一步打算：')
  return lines.join('\n')
}
