// The seed sentences the console's warnings rest on, word for word, each with its document
// and article. A warning names the rule it applies by key; the chair reads the article and
// the sentence after 依据. test/cloudfunctions/org/seedRules.test.ts checks every quote
// is really in its seed (docs/seeds), so a citation cannot drift from the text.
import type { RuleWarning, SeedCitation } from '../../../types'

const HANDBOOK = '《基层妇联执委工作手册》'
const CQ_TERMS = '《重庆市基层妇联执委增替补及退出制度》'
const CQ_DUTIES = '《重庆市基层妇联执委履职制度》'
const ACWF_OPINION = '《全国妇联关于进一步深化改革 夯实基础 更好发挥基层妇联组织作用的意见》'
const CQ_REWARDS = '《重庆市基层妇联执委履职保障激励制度》'
const NORM_VILLAGE = '《基层妇联组织建设工作规范 第1部分 村（社区）妇联》'
const CQ_HOME = '《重庆市妇联关于实施“妇女之家”规范化建设的工作方案》'
const CQ_NEW_SECTOR = '《重庆市妇联关于深化“党建带妇建”推进“四新”妇联组织建设的指导意见》'
const LZ_NOTICE = '《柳州市妇联关于充分发挥基层妇联改革示范点引领带动作用的通知》'

export const SEED_RULES = {
  countMin: [{ seed: '002', article: `${CQ_TERMS}第四条`, quote: '妇联执委数量可适当减少，但不得低于5人' }],
  countMax: [{ seed: '002', article: `${CQ_TERMS}第五条`, quote: '妇联执委数量可适当增加，但不得多于29人' }],
  countNorm: [{ seed: '002', article: `${CQ_TERMS}第三条`, quote: '原则上乡镇（街道）妇联执委不少于25 人，村（社区）妇联执委10—15人' }],
  resettlementTeam: [{ seed: '004', article: `${LZ_NOTICE}一（七）`, quote: '安置点妇联设执委会（执委不少于11人），主席1人、副主席若干人（含专兼职且不少于5人）' }],
  newSectorLeads: [{ seed: '002', article: `${CQ_NEW_SECTOR}二（四）`, quote: '“四新”妇联组织推选主席1名，副主席2-3名' }],
  groupFixed: [{ seed: '002', article: `${CQ_NEW_SECTOR}二（四）`, quote: '妇女小组固定成员不少于3人，并推选小组长1名' }],
  groupSize: [{ seed: '004', article: `${LZ_NOTICE}一（七）`, quote: '妇女小组设小组长1名，组员3-5名' }],
  chair: [{ seed: '000', article: `${HANDBOOK}三（一）`, quote: '执行委员会全体会议选举主席一人、专兼职副主席若干人，负责日常工作' }],
  identity: [{ seed: '000', article: `${HANDBOOK}六（五）亮执委身份`, quote: '主席、副主席、执委、巾帼志愿者等人员的姓名、职务、照片、联系方式等信息公开' }],
  areaCovered: [{ seed: '000', article: `${HANDBOOK}六（一）`, quote: '执委要经常保持与本辖区本单位妇女群众的密切联系' }],
  memberArea: [{ seed: '002', article: `${CQ_HOME}附件2 一`, quote: '按照执委分片联系制度，每位妇联执委通过日常工作接触、走访谈心等方式，每季度联系1次妇女群众' }],
  memberSmallBody: [
    { seed: '002', article: `${CQ_HOME}附件6`, quote: '每位执委至少联系1个妇女小组和微家' },
    { seed: '002', article: `${CQ_DUTIES}第一条`, quote: '联系妇女小组、妇女微家、妇女代表，帮助和指导妇女小组、妇女微家、妇女代表开展工作' },
  ],
  rotation: [{ seed: '000', article: `${HANDBOOK}六（二）`, quote: '每名执委根据妇联组织的工作要求，每年安排一个月的轮值时间' }],
  attendance: [{ seed: '000', article: `${HANDBOOK}六（八）`, quote: '无正当理由连续三次不出席同级妇联召集的活动（会议、培训等）' }],
  term: [{ seed: '000', article: `${HANDBOOK}三（一）`, quote: '乡镇（街道）妇女代表大会、村（社区）妇女大会或妇女代表大会每五年举行一次，与同级党组织换届同步进行' }],
  training: [
    { seed: '002', article: `${CQ_DUTIES}第九条`, quote: '参加妇联组织举办的各类专题学习培训，增强履职意识，提升履职能力和工作水平' },
    { seed: '003', article: `${ACWF_OPINION}14`, quote: '确保基层妇联主席、副主席、执委在任职期间普遍接受1次培训' },
  ],
  silentYear: [
    { seed: '000', article: `${HANDBOOK}六（八）`, quote: '超过一年没有履职的' },
    { seed: '000', article: `${HANDBOOK}六（八）`, quote: '由推荐单位提出建议，经执委会通过决定终止其执委资格' },
  ],
  appraisalFailed: [
    { seed: '002', article: `${CQ_TERMS}第十二条`, quote: '在年度述职评议中连续两年不合格' },
    { seed: '002', article: `${CQ_TERMS}第十二条`, quote: '由本级妇联组织劝其辞去执委职务' },
  ],
  committee: [
    { seed: '002', article: `${CQ_REWARDS}第三条`, quote: '乡镇（街道）、村（社区）妇联每半年召开一次执委会' },
    { seed: '001', article: `${NORM_VILLAGE}3.3.3 执行委员会`, quote: '全体会议一般每年举行一次' },
  ],
  hours: [{ seed: '002', article: `${CQ_HOME}附件1 二`, quote: '除法定节假日，上午9:00—12:00，下午14:00—17:00定时开放' }],
  quarterPlan: [{ seed: '002', article: `${CQ_HOME}附件3 一`, quote: '每季度制定一次活动计划，并在“妇女之家”宣传栏进行公示' }],
  quarterSummary: [{ seed: '002', article: `${CQ_HOME}附件3 六`, quote: '“妇女之家”活动每季度总结一次' }],
  boardFresh: [{ seed: '002', article: `${CQ_HOME}附件1 六`, quote: '“妇女之家”妇工园地、活动剪影宣传栏要每半年更新一次' }],
} as const satisfies Record<string, readonly SeedCitation[]>

export type SeedRule = keyof typeof SEED_RULES

/** 依据 as the chair reads it: 《document》article“sentence”, several joined by ；. */
export const ruleText = (citations: readonly SeedCitation[]): string => citations.map((c) => `${c.article}“${c.quote}”`).join('；')

/** A warning citing `rule`: its kind, message and subjects, with the citation filled in. */
export function citing(rule: SeedRule, warning: Pick<RuleWarning, 'kind' | 'message'> & Partial<Pick<RuleWarning, 'subjectIds'>>): RuleWarning {
  const citations = SEED_RULES[rule].map((c) => ({ ...c }))
  return { subjectIds: [], ...warning, rule: ruleText(citations), citations }
}
