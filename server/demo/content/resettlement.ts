// The demo 安置点妇联: a relocation settlement's federation under the demo street, sized as
// 柳州 通知 一(七) asks: "安置点妇联设执委会（执委不少于11人），主席1人、副主席若干人（含专兼职且
// 不少于5人）". Names, places and figures are invented.
import { DEMO_CODES, type OrgSpec } from '../spec'

export const resettlement: OrgSpec = {
  code: DEMO_CODES.resettlement,
  name: '安康苑安置点妇联',
  level: 'resettlement',
  parentCode: DEMO_CODES.street,
  homeName: '安康苑“妇女之家”',
  address: '幸福街道安康苑安置点综合服务中心一楼',
  intro: '安康苑安置点有搬迁群众620户，妇女1036人，其中少数民族妇女214人、困难妇女31人；有儿童418人。' + '安置点妇联有执委12人，其中主席1人、副主席5人；建立妇女小组1个。',
  representativesCount: 24,
  members: [
    { name: '蓝秀英', post: 'chair', specialty: '就业帮扶' },
    { name: '吴晓燕', post: 'viceChair', specialty: '民族团结宣传' },
    { name: '潘丽娟', post: 'viceChair', specialty: '儿童关爱' },
    { name: '莫金花', post: 'viceChair', specialty: '法律咨询' },
    { name: '廖美华', post: 'viceChair', specialty: '健康保健' },
    { name: '陆春梅', post: 'viceChair', specialty: '家庭教育' },
    { name: '谭玉珍', post: 'member', specialty: '手工技能培训' },
    { name: '卢秋菊', post: 'member', specialty: '邻里纠纷调解' },
    { name: '梁翠英', post: 'member', specialty: '养老照护' },
    { name: '黄小凤', post: 'member', specialty: '电商直播' },
    { name: '甘丽萍', post: 'member', specialty: '心理疏导' },
    { name: '龙雪芳', post: 'member', specialty: '文艺宣传' },
    { name: '滕佳琪', post: 'volunteer', specialty: '课业辅导' },
  ],
  areas: Array.from({ length: 11 }, (_, i) => `${i + 1}栋`).map((name) => ({ name, kind: 'building' as const })),
  plans: [
    { title: '搬迁妇女就业技能培训', place: '安康苑“妇女之家”', summary: '开设家政、刺绣两个培训班，培训后对接就近就业岗位。' },
    { title: '“新家园 新生活”邻里节', place: '安康苑中心广场', summary: '各栋姐妹带上家乡菜，认识新邻居，登记互助意愿。' },
  ],
  results: [
    {
      title: '少数民族刺绣手艺交流',
      place: '安康苑“妇女之家”',
      summary: '请刺绣能手教针法，商量集中接单。',
      resultText: '参加妇女42人，成立刺绣互助组1个，接到第一批订单120件。',
      photos: ['class'],
    },
    {
      title: '安置点儿童暑期安全课',
      place: '安康苑综合服务中心',
      summary: '讲防溺水、防拐骗和用电安全。',
      resultText: '儿童96人参加，发放安全手册200份，建立暑期看护互助群2个。',
      photos: ['meeting'],
    },
  ],
}
