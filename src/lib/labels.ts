// Words the pages show for the domain's closed vocabularies, on top of the labels
// the contract already defines.
import type { AreaKind, OrgLevel } from '../../types/enums'
import { AREA_KINDS, AREA_KIND_LABEL, ORG_LEVEL_LABEL } from '../../types/vocabulary'

/** "社区妇联", "村妇联"; a 妇女小组 or 妇女微家 is not itself a federation. */
export function orgLevelTag(level: OrgLevel): string {
  return level === 'group' || level === 'microHome' ? ORG_LEVEL_LABEL[level] : `${ORG_LEVEL_LABEL[level]}妇联`
}

export function areaKindLabel(kind: AreaKind): string {
  return AREA_KIND_LABEL[kind]
}

/** "楼栋或网格": the kinds of area an org has, for a prompt. */
export function areaKindsText(areas: { kind: AreaKind }[]): string {
  const kinds = AREA_KINDS.filter((kind) => areas.some((area) => area.kind === kind))
  return (kinds.length ? kinds : AREA_KINDS).map((kind) => AREA_KIND_LABEL[kind]).join('或')
}

/** "1栋、2栋、3栋等 5 处" */
export function listNames(names: string[], max = 4): string {
  if (names.length <= max) return names.join('、')
  return `${names.slice(0, max).join('、')}等 ${names.length} 处`
}

/**
 * A plan whose day has gone by and still reads 计划中: the console asks the chair for its
 * result or to mark it cancelled, and the board says 成效待公布 (seed 002 第七条：“亮成效，
 * 工作活动开展后，及时公布成效及群众满意度。”). `today` is YYYY-MM-DD in Beijing.
 */
export const awaitsResult = (activity: { status: string; date: string }, today: string): boolean => activity.status === 'planned' && activity.date < today

/** What the public board says of an activity in this quarter's plan: 已开展, 计划中, or 成效待公布 (see awaitsResult). */
export function planStatusLabel(activity: { status: string; date: string }, today: string): '已开展' | '计划中' | '成效待公布' {
  if (activity.status === 'done') return '已开展'
  return awaitsResult(activity, today) ? '成效待公布' : '计划中'
}
