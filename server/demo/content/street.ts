// The demo 街道妇联: a fictional street federation over the demo community and village.
// Names, places and figures are invented.
import { DEMO_CODES, DEMO_OPENIDS, type OrgSpec } from '../spec'

export const street: OrgSpec = {
  code: DEMO_CODES.street,
  name: '幸福街道妇联',
  level: 'street',
  parentCode: null,
  homeName: '幸福街道“妇女之家”',
  address: '幸福街道和平路66号党群服务中心二楼',
  intro:
    '幸福街道辖6个社区、4个村，有妇女2.1万人，其中留守妇女136人、困难妇女212人；有儿童9860人，其中留守儿童98人、困境儿童41人；' +
    '有女党员1126名；有巾帼志愿者860人，巾帼志愿服务队伍23支。街道妇联有执委14人，其中主席1人、副主席2人，' +
    '每位执委联系1个村（社区）妇联；有区妇女代表大会代表9人，联系妇女群众600余人。',
  representativesCount: 126,
  members: [
    { name: '陈淑华', post: 'chair', specialty: '政策宣讲', openid: DEMO_OPENIDS.streetChair },
    { name: '刘佩玲', post: 'viceChair', specialty: '法律咨询' },
    { name: '赵雅琴', post: 'viceChair', specialty: '家庭教育' },
    { name: '孙慧敏', post: 'member', specialty: '心理疏导' },
    { name: '周丽娟', post: 'member', specialty: '创业指导' },
    { name: '吴晓燕', post: 'member', specialty: '婚姻家庭调解' },
    { name: '郑春梅', post: 'member', specialty: '健康保健' },
    { name: '冯海燕', post: 'member', specialty: '就业帮扶' },
    { name: '何静怡', post: 'member', specialty: '反家暴宣传' },
    { name: '韩玉珍', post: 'member', specialty: '儿童关爱' },
    { name: '曹晓红', post: 'member', specialty: '文艺宣传' },
    { name: '彭秋菊', post: 'member', specialty: '养老照护' },
    { name: '蒋欣然', post: 'volunteer', specialty: '手工编织' },
    { name: '沈一诺', post: 'volunteer', specialty: '电商直播' },
  ],
  areas: [
    { name: '和美片区（和美、和平社区）', kind: 'grid' },
    { name: '新城片区（新城、锦绣、金桂、明珠社区）', kind: 'grid' },
    { name: '桃源片区（桃源村、柳溪村）', kind: 'grid' },
    { name: '石桥片区（石桥村、杏林村）', kind: 'grid' },
  ],
  plans: [
    { title: '村（社区）妇联执委履职培训班', place: '街道党群服务中心三楼会议室', summary: '讲解执委“看听问帮报想讲记”八项工作方法和联系服务妇女群众制度。' },
    { title: '巾帼创业沙龙', place: '幸福街道创业孵化基地', summary: '请返乡创业的姐妹分享经验，对接小额担保贷款政策。' },
    { title: '“和谐家庭”心理健康讲座', place: '幸福街道“妇女之家”', summary: '心理咨询师讲解亲子沟通与夫妻相处，现场开放一对一咨询。' },
  ],
  results: [
    {
      title: '村（社区）妇联主席述职评议会',
      place: '街道党群服务中心三楼会议室',
      summary: '10个村（社区）妇联主席现场述职，执委和妇女代表评议。',
      resultText: '10位主席完成述职，收到评议意见32条，已汇总反馈到各村（社区）并明确整改时限。',
      photos: ['meeting'],
    },
    {
      title: '巾帼志愿服务集中行动日',
      place: '和平路文化广场',
      summary: '法律咨询、健康义诊、家庭教育指导一站式服务。',
      resultText: '23支巾帼志愿服务队参加，服务群众460人次，现场受理法律咨询28件、帮扶需求9件。',
      photos: ['outdoor', 'meeting'],
    },
    {
      title: '婚姻家庭纠纷调解员培训',
      place: '幸福街道“妇女之家”',
      summary: '区法院家事庭法官讲授调解技巧与人身安全保护令申请。',
      resultText: '培训调解员46人，发放《反家庭暴力法》读本200册。',
      photos: ['class'],
    },
    {
      title: '“妇女之家”规范化建设观摩会',
      place: '和美社区“妇女之家”',
      summary: '观摩亮牌上墙、阵地开放和活动台账。',
      resultText: '各村（社区）妇联主席交流经验，形成阵地建设问题清单14条。',
      photos: ['meeting'],
    },
  ],
}
