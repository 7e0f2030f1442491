// 书面述职 in the console: the year a page is about (its `year` parameter, else this year in
// Beijing), the years offered, the report's state in words, and its figures as lines.
import type { DutyReportDoc, DutyReportFacts } from '../../../types/dutyReport'
import { beijingDateTime, beijingToday } from '../../lib/dates'

export const thisYear = (): number => Number(beijingToday().slice(0, 4))

/** The page's year: a whole year given in its address, no later than this one; else this year. */
export function yearParam(value: string): number {
  const year = Number(value)
  return Number.isInteger(year) && year >= 2020 && year <= thisYear() ? year : thisYear()
}

/** This year and the one before: a report is written at the year's end or early the next. */
export const reportYears = (): number[] => [thisYear(), thisYear() - 1]

export function filedWords(report: Pick<DutyReportDoc, 'filedAt' | 'revisedAt'>): string {
  const filed = `${beijingDateTime(report.filedAt)} 提交`
  return report.revisedAt ? `${filed}，${beijingDateTime(report.revisedAt)} 修改` : filed
}

/** Her year's figures in short lines, above the text she edits. */
export function factLines(facts: DutyReportFacts): string[] {
  return [
    `全年记录履职 ${facts.entries} 次，联系服务妇女 ${facts.women} 人次`,
    ...facts.duties.map((duty) => `${duty.title}：完成 ${duty.done} 次 / 全年要求 ${duty.minimum} 次`),
    ...(facts.topics.length > 0 ? [`提出建议并提交议事 ${facts.topics.length} 条`] : []),
    ...(facts.helpFiled > 0 ? [`提交帮扶求助 ${facts.helpFiled} 件`] : []),
  ]
}

/** 「在 2026-12-01 和美社区“妇女之家” 的执委会上述职」, or that none is chosen yet. */
export const meetingWords = (meeting: { date: string; place: string } | null): string => (meeting ? `在 ${meeting.date} ${meeting.place} 的执委会上述职` : '还没有选执委会')
