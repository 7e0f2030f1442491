// The members, liaison areas and activities of one synthetic org: shaped like the real
// thing (posts, 轮值 months, covering 执委, plans this quarter and past results) so
// that a synthetic board weighs what a real one does.
import type { ActivityDoc, AreaDoc, MemberDoc, OrgDoc, Post } from '../../types'
import { quarterOf } from '../../cloudfunctions/common/time'
import { inBeijing } from '../../cloudfunctions/common/beijingDayjs'
import { pick } from './random'

const pad = (n: number, width = 2) => String(n).padStart(width, '0')

/** Dates every synthetic org shares, worked out once (time zone arithmetic is slow). */
export interface SyntheticDates {
  year: number
  /** three dates in the current quarter */
  plans: string[]
  /** one, two and three months ago */
  results: string[]
}

export function syntheticDates(now: Date): SyntheticDates {
  const quarter = quarterOf(now)
  const firstMonth = (quarter.quarter - 1) * 3 + 1
  return {
    year: quarter.year,
    plans: [0, 1, 2].map((i) => `${quarter.year}-${pad(firstMonth + i)}-${pad(10 + i * 5)}`),
    results: [1, 2, 3].map((months) => inBeijing(now).subtract(months, 'month').date(12).format('YYYY-MM-DD')),
  }
}

export interface OrgContext {
  org: OrgDoc
  index: number
  random: () => number
  dates: SyntheticDates
  stamp: { version: number; createdAt: string; updatedAt: string }
}

/** Avatars the synthetic members share, written once under files/seed/. */
export const SEED_AVATARS = 12

const SURNAMES = Array.from('王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程')
const GIVEN_NAMES = [
  '秀兰',
  '桂芳',
  '丽娟',
  '红梅',
  '春燕',
  '晓红',
  '美玲',
  '玉兰',
  '海燕',
  '雪梅',
  '丽萍',
  '素珍',
  '翠兰',
  '文娟',
  '慧敏',
  '雅琴',
  '淑华',
  '佳怡',
  '思琪',
  '欣然',
  '秋菊',
  '凤英',
  '金凤',
  '小琴',
  '晓丽',
  '明霞',
  '静怡',
  '春梅',
  '桂英',
  '兰芝',
]
const SPECIALTIES = ['法律咨询', '家庭教育', '心理疏导', '创业指导', '婚姻家庭调解', '健康保健', '就业帮扶', '儿童关爱', '养老照护', '文艺宣传', '手工编织', '电商直播']
const ACTIVITY_TITLES = ['家庭教育讲座', '反家暴法律宣传', '巾帼志愿服务日', '妇女议事会', '“最美家庭”分享会', '女性健康义诊', '技能培训班', '走访困难妇女儿童']

function postAt(i: number, count: number): Post {
  if (i === 0) return 'chair'
  if (i <= 2 && count > 6) return 'viceChair'
  if (i >= count - 2 && count > 4) return 'volunteer'
  return 'member'
}

export function syntheticMembers(context: OrgContext, count: number): MemberDoc[] {
  const { org, index, random, stamp } = context
  const year = context.dates.year
  let onDuty = 0
  return Array.from({ length: count }, (_, i) => {
    const post = postAt(i, count)
    const rotates = post !== 'volunteer' && onDuty < 12
    return {
      _id: `m${pad(index, 6)}-${pad(i + 1)}`,
      ...stamp,
      orgId: org._id,
      name: pick(random, SURNAMES) + pick(random, GIVEN_NAMES),
      post,
      photoUrl: `/files/seed/avatar-${(index + i) % SEED_AVATARS}.png`,
      phone: `139${pad(index * 100 + i, 8)}`,
      specialty: pick(random, SPECIALTIES),
      onDutyMonth: rotates ? ++onDuty : null,
      termStart: `${year - 2}-03-15`,
      termEnd: `${year + 3}-03-14`,
      openid: null,
      status: 'active',
      departure: null,
      sort: i + 1,
    }
  })
}

function areaNames(org: OrgDoc): { name: string; kind: AreaDoc['kind'] }[] {
  if (org.level === 'community') return Array.from({ length: 8 }, (_, i) => ({ name: `${i + 1}栋`, kind: 'building' }))
  if (org.level === 'village') return ['一组', '二组', '三组', '四组', '五组', '六组'].map((name) => ({ name, kind: 'group' }))
  return ['东片网格', '中片网格', '西片网格'].map((name) => ({ name, kind: 'grid' }))
}

export function syntheticAreas(context: OrgContext, members: MemberDoc[]): AreaDoc[] {
  const coverers = members.filter((m) => m.post === 'member' || m.post === 'viceChair')
  const pool = coverers.length > 0 ? coverers : members
  return areaNames(context.org).map((area, i) => ({
    _id: `a${pad(context.index, 6)}-${pad(i + 1)}`,
    ...context.stamp,
    orgId: context.org._id,
    ...area,
    memberId: pool.length > 0 ? pool[i % pool.length]._id : null,
    backupMemberId: pool.length > 1 ? pool[(i + 1) % pool.length]._id : null,
    sort: i + 1,
  }))
}

/** Three plans in this quarter, three results in the months before. */
export function syntheticActivities(context: OrgContext): ActivityDoc[] {
  const { org, index, random, dates, stamp } = context
  return Array.from({ length: 6 }, (_, i) => {
    const planned = i < 3
    const title = pick(random, ACTIVITY_TITLES)
    return {
      _id: `v${pad(index, 6)}-${i + 1}`,
      ...stamp,
      orgId: org._id,
      title,
      status: planned ? 'planned' : 'done',
      date: planned ? dates.plans[i] : dates.results[i - 3],
      place: org.homeName,
      summary: `${org.name.replace(/妇联$/, '')}${title}，面向辖区妇女群众。`,
      resultText: planned ? '' : `参加妇女${20 + Math.floor(random() * 80)}人，收集意见建议${Math.floor(random() * 12)}条。`,
      photos: planned ? [] : ['/files/seed/activity-meeting.png'],
    }
  })
}
