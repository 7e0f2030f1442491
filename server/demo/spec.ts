// The shape of the demo's hand-written content, and the stable codes and openids that
// tests outside the project rely on: change them and those tests break.
import type { AreaKind, OpeningHours, OrgLevel, Post } from '../../types'
import type { ActivityScene } from './photos'

export const DEMO_CODES = {
  street: 'demo-street',
  community: 'demo-community',
  village: 'demo-village',
  communityGroup: 'demo-community-g1',
  communityHome: 'demo-community-h1',
  villageGroup: 'demo-village-g1',
  villageHome: 'demo-village-h1',
  resettlement: 'demo-resettlement',
  resettlementGroup: 'demo-resettlement-g1',
} as const

/** The three federations with full boards (≥ 10 members, areas, rotation, activities). */
export const MAIN_DEMO_CODES = [DEMO_CODES.street, DEMO_CODES.community, DEMO_CODES.village] as const

export const DEMO_OPENIDS = {
  /** chair (主席) of demo-community */
  chair: 'demo-chair',
  /** an 执委 of demo-community */
  member: 'demo-member',
  /** a resident bound to no member */
  resident: 'demo-resident',
  /** chair (主席) of demo-street */
  streetChair: 'demo-street-chair',
} as const

export interface PersonSpec {
  name: string
  post: Post
  specialty: string
  openid?: string
}

export interface ActivitySpec {
  title: string
  place: string
  summary: string
}

export interface ResultSpec extends ActivitySpec {
  resultText: string
  photos: ActivityScene[]
}

export interface OrgSpec {
  code: string
  name: string
  level: OrgLevel
  parentCode: string | null
  homeName: string
  address: string
  /** 附件6 情况介绍 */
  intro: string
  representativesCount: number
  /** 001 6.1.3 联系（监督）电话; omitted: none */
  supervisionPhone?: string
  /** this year's 年度工作计划 (002 第七条); omitted: none */
  annualPlan?: string
  /** omitted: DEFAULT_OPENING_HOURS */
  hours?: OpeningHours
  /** in board order; the first twelve who are not volunteers keep months 1–12 on duty */
  members: PersonSpec[]
  areas: { name: string; kind: AreaKind }[]
  /** dated in the quarter of the load */
  plans: ActivitySpec[]
  /** dated one, two, three … months before the load */
  results: ResultSpec[]
}
