// A large synthetic data set for benchmarks: a 区县 federation over 街道/乡镇 ones over
// thousands of 社区/村 ones, each with members, areas, activities, 议事 topics and its board,
// composed in memory so that generating 3,000 boards takes seconds.
import type { BoardDoc, OrgDoc, OrgLevel } from '../../types'
import { DEFAULT_OPENING_HOURS, defaultDuties } from '../../types'
import { composeBoard } from '../../cloudfunctions/shared/boardDocument'
import { nameGrams } from '../../cloudfunctions/common/nameGrams'
import type { DemoDocs } from './build'
import { pick, seededRandom } from './random'
import { syntheticTopics } from './syntheticTopics'
import { syntheticActivities, syntheticAreas, syntheticDates, syntheticMembers, type OrgContext } from './syntheticParts'

export interface SyntheticOptions {
  orgs: number
  membersPerOrg: number
  /** 议事 topics per org (0: none) */
  topicsPerOrg?: number
  now: Date
}

export interface SyntheticSet extends DemoDocs {
  boards: BoardDoc[]
}

/** Leaves per 街道/乡镇: a large 街道 has a few dozen 社区 and 村. */
const LEAVES_PER_MID = 50

const PLACE_FIRST = Array.from('青柳金石桃杏松竹梅兰桂枫云霞碧翠明清长新东西南北安和永福宁丰兴华')
const PLACE_SECOND = Array.from('山溪河湾桥坪岭塘湖园林川岗坝原苑港泉滩源洲庄')

export const syntheticCode = (index: number) => `s-${String(index).padStart(6, '0')}`

interface TreeNode {
  level: OrgLevel
  parent: number
}

function planTree(total: number): TreeNode[] {
  const mids = total <= 1 ? 0 : Math.max(1, Math.round((total - 1) / (LEAVES_PER_MID + 1)))
  const nodes: TreeNode[] = [{ level: 'county', parent: -1 }]
  for (let k = 1; k <= mids; k++) nodes.push({ level: k % 2 === 1 ? 'street' : 'township', parent: 0 })
  for (let j = 0; nodes.length < total; j++) {
    const parent = 1 + (j % mids)
    const urban = nodes[parent].level === 'street'
    nodes.push({ level: urban === (j % 5 !== 4) ? 'community' : 'village', parent })
  }
  return nodes
}

const SUFFIX: Partial<Record<OrgLevel, string>> = { county: '区妇联', street: '街道妇联', township: '镇妇联', community: '社区妇联', village: '村妇联' }

function buildOrg(index: number, node: TreeNode, orgs: OrgDoc[], random: () => number, stamp: OrgContext['stamp']): OrgDoc {
  const place = pick(random, PLACE_FIRST) + pick(random, PLACE_SECOND)
  const parent = node.parent >= 0 ? orgs[node.parent] : null
  const name = place + SUFFIX[node.level]
  const women = 800 + Math.floor(random() * 2400)
  return {
    _id: `o${String(index).padStart(6, '0')}`,
    ...stamp,
    code: syntheticCode(index),
    name,
    level: node.level,
    parentId: parent ? parent._id : null,
    ancestorIds: parent ? [...parent.ancestorIds, parent._id] : [],
    logoUrl: '/files/seed/emblem.png',
    homeName: `${place}“妇女之家”`,
    address: `${parent ? parent.name.replace(/妇联$/, '') : ''}${place}路${1 + Math.floor(random() * 200)}号党群服务中心`,
    hours: random() < 0.1 ? { ...DEFAULT_OPENING_HOURS, openOnWeekends: true } : DEFAULT_OPENING_HOURS,
    duties: defaultDuties(node.level),
    representativesCount: 20 + Math.floor(random() * 40),
    intro: `${place}有妇女${women}人，其中留守妇女${Math.floor(women / 90)}人、困难妇女${Math.floor(women / 120)}人；有巾帼志愿者${Math.floor(women / 40)}人。`,
    nameGrams: nameGrams(name),
    sort: index,
  }
}

export function generateSynthetic(options: SyntheticOptions): SyntheticSet {
  const random = seededRandom(20240308)
  const now = options.now
  const stamp = { version: 1, createdAt: now.toISOString(), updatedAt: now.toISOString() }
  const dates = syntheticDates(now)
  const tree = planTree(options.orgs)
  const set: SyntheticSet = { orgs: [], members: [], areas: [], activities: [], topics: [], meetings: [], boards: [] }
  const children = new Map<number, OrgDoc[]>()
  tree.forEach((node, index) => {
    const org = buildOrg(index, node, set.orgs, random, stamp)
    set.orgs.push(org)
    if (node.parent < 0) return
    const siblings = children.get(node.parent) ?? []
    siblings.push(org)
    children.set(node.parent, siblings)
  })
  tree.forEach((node, index) => {
    const org = set.orgs[index]
    const context: OrgContext = { org, index, random, dates, stamp }
    const members = syntheticMembers(context, options.membersPerOrg)
    const areas = syntheticAreas(context, members)
    const activities = syntheticActivities(context)
    const topics = syntheticTopics(context, options.topicsPerOrg ?? 0, now)
    set.members.push(...members)
    set.areas.push(...areas)
    set.activities.push(...activities)
    set.topics.push(...topics)
    const parent = node.parent >= 0 ? set.orgs[node.parent] : null
    set.boards.push(composeBoard(org, parent, children.get(index) ?? [], members, areas, activities, topics, now))
  })
  return set
}
