// The 妇女小组 and 妇女微家 under the demo community, village and 安置点: small boards that
// make the 组织架构 tree worth tapping through. Their people are 小组长 and 组员, not 主席 and
// 执委; a 妇女小组 has 小组长1名，组员3-5名 (柳州 通知 一(七)). Names and places are invented.
import { DEMO_CODES, type OrgSpec } from '../spec'

type SmallSpec = Pick<OrgSpec, 'code' | 'name' | 'level' | 'parentCode' | 'homeName' | 'address' | 'intro' | 'members' | 'plans'>

const SMALL_BODIES: SmallSpec[] = [
  {
    code: DEMO_CODES.communityGroup,
    name: '和美社区3栋妇女小组',
    level: 'group',
    parentCode: DEMO_CODES.community,
    homeName: '3栋楼道“妇女之家”角',
    address: '和美社区3栋1单元一楼',
    intro: '3栋妇女小组联系本栋妇女112人，组织楼道议事和邻里互助。',
    members: [
      { name: '钱美云', post: 'groupLeader', specialty: '邻里互助' },
      { name: '孔令娟', post: 'groupMember', specialty: '家庭教育' },
      { name: '温小燕', post: 'groupMember', specialty: '楼道清洁' },
      { name: '褚丽君', post: 'groupMember', specialty: '老人探访' },
      { name: '邵小敏', post: 'volunteer', specialty: '课业辅导' },
    ],
    plans: [{ title: '楼道议事：电动车充电桩选址', place: '3栋1单元门厅', summary: '本栋妇女和住户一起商量充电桩放在哪里更安全。' }],
  },
  {
    code: DEMO_CODES.communityHome,
    name: '和美社区书香妇女微家',
    level: 'microHome',
    parentCode: DEMO_CODES.community,
    homeName: '书香妇女微家',
    address: '和美社区9栋2单元101室（家长之家）',
    intro: '依托热心居民家庭建立的妇女微家，每周开展亲子阅读。',
    members: [
      { name: '方雅婷', post: 'groupLeader', specialty: '亲子阅读' },
      { name: '贺晓梅', post: 'groupMember', specialty: '心理疏导' },
      { name: '汤慧琳', post: 'volunteer', specialty: '绘本讲读' },
    ],
    plans: [{ title: '周六亲子共读', place: '书香妇女微家', summary: '每周六上午共读一本绘本，家长交流育儿心得。' }],
  },
  {
    code: DEMO_CODES.villageGroup,
    name: '桃源村四组妇女小组',
    level: 'group',
    parentCode: DEMO_CODES.village,
    homeName: '四组院坝议事点',
    address: '桃源村四组黄桷树院坝',
    intro: '四组妇女小组联系本组妇女86人，其中留守妇女9人。',
    members: [
      { name: '秦桂香', post: 'groupLeader', specialty: '种养技术' },
      { name: '龚春燕', post: 'groupMember', specialty: '留守儿童关爱' },
      { name: '陶桂兰', post: 'groupMember', specialty: '庭院种植' },
      { name: '严素琴', post: 'groupMember', specialty: '矛盾调解' },
      { name: '廖小霞', post: 'volunteer', specialty: '健康保健' },
    ],
    plans: [{ title: '院坝会：庭院整治互帮', place: '四组黄桷树院坝', summary: '商量互帮整治庭院，准备参加“美丽庭院”评比。' }],
  },
  {
    code: DEMO_CODES.villageHome,
    name: '桃源村茶香妇女微家',
    level: 'microHome',
    parentCode: DEMO_CODES.village,
    homeName: '茶香妇女微家',
    address: '桃源村六组茶园旁农家院',
    intro: '以茶叶种植合作为纽带建立的妇女微家，姐妹们在这里学技术、议家事。',
    members: [
      { name: '江玉梅', post: 'groupLeader', specialty: '茶叶种植' },
      { name: '余丽华', post: 'groupMember', specialty: '电商直播' },
      { name: '石晓琴', post: 'volunteer', specialty: '手工编织' },
    ],
    plans: [{ title: '茶叶采制技术交流', place: '茶香妇女微家', summary: '老茶农示范采摘和炒制，交流网上销售经验。' }],
  },
  {
    code: DEMO_CODES.resettlementGroup,
    name: '安康苑2栋妇女小组',
    level: 'group',
    parentCode: DEMO_CODES.resettlement,
    homeName: '2栋楼道“妇女之家”角',
    address: '安康苑安置点2栋1单元一楼',
    intro: '2栋妇女小组联系本栋搬迁妇女64人，帮助新邻居互相认识、适应社区生活。',
    members: [
      { name: '蒙秀芝', post: 'groupLeader', specialty: '邻里互助' },
      { name: '覃月娥', post: 'groupMember', specialty: '就业信息' },
      { name: '韦美凤', post: 'groupMember', specialty: '民族刺绣' },
      { name: '黎春兰', post: 'groupMember', specialty: '儿童看护' },
    ],
    plans: [{ title: '新邻居见面会', place: '2栋1单元门厅', summary: '新搬来的姐妹互相认识，登记各家需要帮忙的事。' }],
  },
]

export const smallBodies: OrgSpec[] = SMALL_BODIES.map((body) => ({ ...body, representativesCount: 0, areas: [], results: [] }))
