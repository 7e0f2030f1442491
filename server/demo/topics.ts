// The demo's 议事: topics of 和美社区 and the village in every stage — collected, accepted
// and open for 附议, decided at a recorded meeting, fed back, escalated, being carried out,
// done with a photo, not carried out — so the board's 议事成果 shows real outcomes.
import type { MeetingDoc, TopicDoc, TopicState } from '../../types'
import { DEMO_CODES, DEMO_OPENIDS } from './spec'

export const DEMO_TOPIC_PHOTO = '/files/demo/activity-meeting.png'

interface TopicSpec {
  code: string
  state: TopicState
  title: string
  problem: string
  proposal: string
  category: TopicDoc['category']
  channel: TopicDoc['channel']
  name: string
  anonymous?: boolean
  decision?: string
  outcome?: Partial<TopicDoc['outcome']>
  secondCount?: number
}

const C = DEMO_CODES.community
const V = DEMO_CODES.village

const SPECS: TopicSpec[] = [
  {
    code: C,
    state: 'done',
    title: '服务中心增设母婴室',
    problem: '社区服务中心没有母婴室，带孩子来办事的妈妈没有地方喂奶。',
    proposal: '把二楼空置的资料室改成母婴室。',
    category: 'publicService',
    channel: 'online',
    name: '林女士',
    decision: '借用二楼资料室改建，社区出资购置设施',
    outcome: { feedback: '社区两委同意改建，11 月底前完成。', result: '母婴室已建成开放，配有哺乳椅、尿布台和温奶器。', photos: [DEMO_TOPIC_PHOTO] },
    secondCount: 23,
  },
  {
    code: C,
    state: 'inProgress',
    title: '3栋楼道照明修复',
    problem: '3栋2至6楼楼道灯坏了两个多月，老人晚上上下楼不安全。',
    proposal: '请物业尽快更换声控灯。',
    category: 'safety',
    channel: 'visit',
    name: '周阿姨',
    decision: '联系物业更换声控灯，执委每周回访',
    outcome: { feedback: '已与物业约定两周内完成更换。' },
    secondCount: 11,
  },
  {
    code: C,
    state: 'feedbackPublished',
    title: '暑期儿童托管班',
    problem: '双职工家庭暑假孩子无人照看，只能关在家里看电视。',
    proposal: '利用妇女之家开设暑期托管班，请志愿者轮流值守。',
    category: 'children',
    channel: 'council',
    name: '陈女士',
    anonymous: true,
    decision: '明年暑期试办托管班，先摸底报名人数',
    outcome: { feedback: '已列入明年工作计划，春节后开始摸底报名。' },
    secondCount: 37,
  },
  {
    code: C,
    state: 'escalated',
    title: '小区周边增设公交站点',
    problem: '小区到地铁站步行要二十分钟，附近没有公交站。',
    proposal: '',
    category: 'publicService',
    channel: 'mailbox',
    name: '王女士',
    decision: '超出社区职权，上报街道协调交通部门',
    outcome: { escalatedTo: ['upperFederation', 'villageCommittee'], escalationNote: '需街道协调公交公司论证线路，社区两委协调站点用地。' },
    secondCount: 58,
  },
  {
    code: C,
    state: 'accepted',
    title: '开设女性健康讲座',
    problem: '不少姐妹对乳腺、宫颈疾病的筛查不了解，体检也拖着不去。',
    proposal: '请社区卫生服务中心每季度来讲一次，并组织集中筛查。',
    category: 'rights',
    channel: 'online',
    name: '赵女士',
    secondCount: 4,
  },
  {
    code: C,
    state: 'submitted',
    title: '楼下广场舞音量太大',
    problem: '每晚广场舞音响声音很大，影响孩子写作业和老人休息。',
    proposal: '约定音量和结束时间。',
    category: 'environment',
    channel: 'online',
    name: '刘女士',
    anonymous: true,
  },
  {
    code: V,
    state: 'notCarriedOut',
    title: '村口修建公共厕所',
    problem: '村口赶集日人多，附近没有公共厕所。',
    proposal: '在村委会旁空地修建一座公厕。',
    category: 'environment',
    channel: 'council',
    name: '张大姐',
    decision: '向镇里申请项目资金',
    outcome: { feedback: '已向镇里申报。', notCarriedReason: '选址地块已规划为道路拓宽用地，明年另行选址。' },
    secondCount: 19,
  },
  {
    code: V,
    state: 'decided',
    title: '留守儿童课后辅导',
    problem: '村里留守儿童多，放学后作业没人辅导。',
    proposal: '请返乡大学生和退休教师志愿辅导。',
    category: 'children',
    channel: 'visit',
    name: '李大姐',
    decision: '每周二、四下午在妇女之家开设作业辅导',
    secondCount: 8,
  },
]

const daysAgo = (now: Date, days: number) => new Date(now.getTime() - days * 86_400_000).toISOString()
const orgId = (code: string) => `org-${code}`
const DECIDED_OR_LATER: TopicState[] = ['decided', 'feedbackPublished', 'escalated', 'inProgress', 'done', 'notCarriedOut']

function topicOf(spec: TopicSpec, index: number, now: Date): TopicDoc {
  const isPublic = spec.state !== 'submitted'
  const decided = DECIDED_OR_LATER.includes(spec.state)
  const id = `${spec.code}-t${index + 1}`
  return {
    _id: id,
    version: 1,
    createdAt: daysAgo(now, 75 - index * 3),
    updatedAt: daysAgo(now, 10 - index),
    orgId: orgId(spec.code),
    orgAncestorIds: [orgId(DEMO_CODES.street)],
    state: spec.state,
    title: spec.title,
    problem: spec.problem,
    proposal: spec.proposal,
    category: spec.category,
    channel: spec.channel,
    anonymous: spec.anonymous ?? false,
    submitterName: spec.name,
    onBehalfOf: spec.channel === 'visit' ? `${spec.name}，执委走访时代为提交` : '',
    submitterOpenid: spec.channel === 'visit' ? DEMO_OPENIDS.member : DEMO_OPENIDS.resident,
    public: isPublic,
    publishedAt: isPublic ? daysAgo(now, 70 - index * 3) : null,
    secondCount: spec.secondCount ?? 0,
    declineReason: '',
    mergedInto: null,
    meetingId: decided ? `${spec.code}-meeting1` : null,
    record: decided ? { topicId: id, discussion: `执委和妇女代表讨论了“${spec.title}”。`, decision: spec.decision ?? '', owner: '妇联主席', dueDate: null } : null,
    escalatedToOrgId: spec.state === 'escalated' ? orgId(DEMO_CODES.street) : null,
    outcome: { feedback: '', escalatedTo: [], escalationNote: '', result: '', photos: [], notCarriedReason: '', ...spec.outcome },
  }
}

/** The recorded meeting of each federation that decided its topics (一事一记). */
function meetingOf(code: string, topics: TopicDoc[], now: Date): MeetingDoc {
  const decided = topics.filter((t) => t.orgId === orgId(code) && t.record)
  const invited = [1, 2, 3, 4, 5].map((i) => `${code}-m0${i}`)
  const at = daysAgo(now, 30)
  return {
    _id: `${code}-meeting1`,
    version: 1,
    createdAt: daysAgo(now, 37),
    updatedAt: at,
    orgId: orgId(code),
    form: 'plenary',
    startsAt: at,
    place: '妇女之家',
    host: '妇联主席',
    invitedMemberIds: invited,
    representatives: ['孙秀英', '吴桂兰'],
    guests: ['社区党委书记'],
    topicIds: decided.map((t) => t._id),
    status: 'recorded',
    attendance: invited.map((memberId, i) => ({ memberId, status: i === 4 ? 'excused' : 'present' })),
    records: decided.map((t) => t.record as NonNullable<TopicDoc['record']>),
  }
}

export function buildDemoTopics(now: Date): { topics: TopicDoc[]; meetings: MeetingDoc[] } {
  const topics = SPECS.map((spec, i) => topicOf(spec, i, now))
  return { topics, meetings: [meetingOf(C, topics, now), meetingOf(V, topics, now)] }
}
