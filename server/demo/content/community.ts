// The demo 社区妇联 under the demo street: buildings and grids, each with a covering
// 执委 and a backup. Names, places and figures are invented.
import { DEMO_CODES, DEMO_OPENIDS, type OrgSpec } from '../spec'

const buildings = Array.from({ length: 12 }, (_, i) => ({ name: `${i + 1}栋`, kind: 'building' as const }))
const grids = ['第一网格', '第二网格', '第三网格', '第四网格'].map((name) => ({ name, kind: 'grid' as const }))

export const community: OrgSpec = {
  code: DEMO_CODES.community,
  name: '和美社区妇联',
  level: 'community',
  parentCode: DEMO_CODES.street,
  homeName: '和美社区“妇女之家”',
  address: '幸福街道和美路88号和美社区党群服务中心一楼',
  intro:
    '和美社区有妇女2316人，其中留守妇女12人、困难妇女18人；有儿童946人，其中留守儿童6人、困境儿童4人；有女党员87名；' +
    '有巾帼志愿者65人，有巾帼志愿服务队伍3支。社区妇联有执委14人，其中主席1人、副主席2人，每位执委至少联系1个楼栋或网格、' +
    '10名妇女群众。有区妇女代表大会代表2人，联系妇女群众120人。社区妇联建立妇女小组4个，妇女微家2个。',
  representativesCount: 38,
  supervisionPhone: '023-68861234',
  annualPlan:
    '一、开展家庭教育讲座和“最美家庭”寻找活动；二、每季度组织一次妇女议事会，推动母婴室、楼道照明等实事落地；' +
    '三、为就业困难妇女开展两期技能培训；四、执委按月轮值，每人每年至少开展一次主题活动。',
  members: [
    { name: '王桂芳', post: 'chair', specialty: '婚姻家庭调解', openid: DEMO_OPENIDS.chair },
    { name: '李秀兰', post: 'viceChair', specialty: '家庭教育' },
    { name: '张明霞', post: 'viceChair', specialty: '法律咨询' },
    { name: '杨红英', post: 'member', specialty: '心理疏导', openid: DEMO_OPENIDS.member },
    { name: '黄美玲', post: 'member', specialty: '创业指导' },
    { name: '徐丽萍', post: 'member', specialty: '健康保健' },
    { name: '朱小琴', post: 'member', specialty: '儿童关爱' },
    { name: '胡素珍', post: 'member', specialty: '养老照护' },
    { name: '林雪梅', post: 'member', specialty: '反家暴宣传' },
    { name: '郭晓丽', post: 'member', specialty: '就业帮扶' },
    { name: '马翠兰', post: 'member', specialty: '文艺宣传' },
    { name: '罗文娟', post: 'member', specialty: '邻里纠纷调解' },
    { name: '梁思琪', post: 'volunteer', specialty: '手工编织' },
    { name: '宋佳怡', post: 'volunteer', specialty: '课业辅导' },
  ],
  areas: [...buildings, ...grids],
  plans: [
    { title: '“家庭教育进社区”亲子阅读会', place: '和美社区“妇女之家”', summary: '家庭教育指导师带领亲子共读，分享陪伴孩子阅读的方法。' },
    { title: '反家庭暴力法律知识讲座', place: '和美社区党群服务中心多功能厅', summary: '律师讲解《反家庭暴力法》和告诫书、人身安全保护令的申请。' },
    { title: '巾帼志愿者走访独居老人', place: '和美社区各楼栋', summary: '执委带领志愿者上门走访，登记老人需求并建立联系卡。' },
  ],
  results: [
    {
      title: '“最美家庭”故事分享会',
      place: '和美社区“妇女之家”',
      summary: '推选出的最美家庭讲述家风家训故事。',
      resultText: '6户家庭上台分享，居民80余人参加，评出社区“最美家庭”3户并推荐到街道。',
      photos: ['meeting'],
    },
    {
      title: '女性健康义诊和“两癌”筛查宣传',
      place: '和美社区文化广场',
      summary: '社区卫生服务中心医生义诊，讲解“两癌”免费筛查政策。',
      resultText: '义诊妇女126人次，登记“两癌”筛查52人，发放健康手册300份。',
      photos: ['outdoor'],
    },
    {
      title: '妇女议事会：楼道堆物怎么治',
      place: '和美社区党群服务中心会议室',
      summary: '妇女代表、楼栋长和物业一起商量楼道堆物清理办法。',
      resultText: '形成“每月一清、楼栋认领”办法，3栋、7栋试点后楼道堆物清理率达到95%。',
      photos: ['meeting'],
    },
    {
      title: '巾帼志愿者垃圾分类入户宣传',
      place: '和美社区1—6栋',
      summary: '志愿者入户讲解分类方法，发放分类指引。',
      resultText: '入户宣传420户，厨余垃圾分出率由31%提高到58%。',
      photos: ['outdoor', 'class'],
    },
  ],
}
