// The 议事 topics of one synthetic org, for the topics benchmark: mostly accepted and
// later (the public list pages through them), a few still waiting for review, spread
// over the past year so that a deep page reaches old ones.
import type { TopicDoc, TopicState } from '../../types'
import { TOPIC_CATEGORIES, TOPIC_CHANNELS } from '../../types'
import { pick } from './random'
import type { OrgContext } from './syntheticParts'

const TITLES = [
  '小区增设母婴室',
  '楼道照明修复',
  '暑期儿童托管',
  '增设公交站点',
  '女性健康讲座',
  '广场舞音量扰民',
  '留守儿童课后辅导',
  '村口修建公厕',
  '菜市场环境整治',
  '家门口就业技能培训',
]
/** Most topics are public; one in ten still waits for the chair. */
const STATES: TopicState[] = ['accepted', 'scheduled', 'decided', 'feedbackPublished', 'escalated', 'inProgress', 'done', 'done', 'notCarriedOut', 'submitted']
const DAY_MS = 86_400_000

export function syntheticTopics(context: OrgContext, count: number, now: Date): TopicDoc[] {
  const { org, index, random } = context
  return Array.from({ length: count }, (_, i) => {
    const state = STATES[(index + i) % STATES.length]
    const isPublic = state !== 'submitted'
    const at = new Date(now.getTime() - Math.floor(random() * 365 * DAY_MS)).toISOString()
    const title = pick(random, TITLES)
    const done = state === 'done'
    return {
      _id: `t${String(index).padStart(6, '0')}-${String(i + 1).padStart(3, '0')}`,
      version: 1,
      createdAt: at,
      updatedAt: at,
      orgId: org._id,
      orgAncestorIds: org.ancestorIds,
      state,
      title,
      problem: `${org.name.replace(/妇联$/, '')}的姐妹反映：${title}的问题已经有一段时间了。`,
      proposal: '请妇联协调有关部门解决。',
      category: pick(random, TOPIC_CATEGORIES),
      channel: pick(random, TOPIC_CHANNELS),
      anonymous: random() < 0.3,
      submitterName: '居民',
      onBehalfOf: '',
      submitterOpenid: `seed-resident-${index % 500}`,
      public: isPublic,
      publishedAt: isPublic ? at : null,
      secondCount: isPublic ? Math.floor(random() * 40) : 0,
      declineReason: '',
      mergedInto: null,
      meetingId: null,
      record: null,
      escalatedToOrgId: null,
      outcome: {
        feedback: '',
        escalatedTo: [],
        escalationNote: '',
        result: done ? `${title}已落实。` : '',
        photos: done ? ['/files/seed/activity-meeting.png'] : [],
        notCarriedReason: state === 'notCarriedOut' ? '条件暂不具备。' : '',
      },
    }
  })
}
