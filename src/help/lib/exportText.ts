// Her own data (requests.exportMine) as she can read it: the case she is looking at in
// plain Chinese — labels, not codes; dates in Beijing time — and the name of the file
// she may save it in.
import type { ActionOutput } from '../../../types/contracts'
import type { RequesterCaseView } from '../../../types/requests'
import { CLOSURE_REASON_LABEL, CONTACT_CHANNEL_LABEL, REQUEST_CATEGORY_LABEL, REQUEST_STATE_LABEL, URGENCY_LABEL } from '../../../types/requestModel'
import { beijingDateTime } from '../../lib/dates'

export type ExportedData = ActionOutput<'requests', 'exportMine'>

/** "2026年11月30日 17:30" in Beijing time. */
export function plainDateTime(iso: string): string {
  const [date, time] = beijingDateTime(iso).split(' ')
  const [year, month, day] = date.split('-')
  return `${year}年${Number(month)}月${Number(day)}日 ${time}`
}

const line = (label: string, text: string): string[] => (text ? [`${label}：${text}`] : [])

function contactWords(view: RequesterCaseView): string {
  return [CONTACT_CHANNEL_LABEL[view.contactChannel], view.doNotCall ? '不要打电话' : '', view.personal.safeTimes].filter(Boolean).join('，')
}

function timelineLines(view: RequesterCaseView): string[] {
  return view.timeline.map((entry) => `  ${plainDateTime(entry.at)}  ${entry.words}${entry.actorName ? `（${entry.actorName}）` : ''}${entry.text ? `：${entry.text}` : ''}`)
}

function caseLines(view: RequesterCaseView): string[] {
  const { personal } = view
  return [
    `求助编号：${view.code}`,
    `妇联：${view.orgName}`,
    `类别：${REQUEST_CATEGORY_LABEL[view.category]}`,
    `紧急程度：${URGENCY_LABEL[view.urgency]}`,
    `现在的进展：${REQUEST_STATE_LABEL[view.state]}`,
    `提交时间：${plainDateTime(view.createdAt)}`,
    ...line('称呼', personal.name),
    ...line('发生了什么', personal.description),
    ...line('希望得到的帮助', personal.needs),
    ...line('联系方式', contactWords(view)),
    ...line('手机号', personal.phone),
    ...line('地址', personal.address),
    ...(view.closure ? line('办结原因', `${CLOSURE_REASON_LABEL[view.closure.reason]}${view.closure.note ? `，${view.closure.note}` : ''}`) : []),
    ...(view.rating ? line('我的评价', `${view.rating.score} 颗星${view.rating.comment ? `，${view.rating.comment}` : ''}`) : []),
    '进展记录：',
    ...timelineLines(view),
  ]
}

/** The case `caseId` of the export as plain text, or null when the export does not hold it. */
export function exportText(data: ExportedData, caseId: string): string | null {
  const view = data.requests.find((request) => request._id === caseId)
  if (!view) return null
  return ['我的求助记录', `导出时间：${plainDateTime(data.exportedAt)}`, '', ...caseLines(view), '', '这份记录只有您自己能导出。请保存在安全的地方。'].join('\n')
}

export const exportFileName = (code: string, exportedAt: string): string => `求助记录-${code}-${beijingDateTime(exportedAt).slice(0, 10)}.txt`
