// The demo 村妇联. It sits under the demo street, not under the community: in China a
// 村 is a unit of a 乡镇/街道 beside the 社区, never inside one, and its federation
// reports to the 乡镇/街道 federation. Names, places and figures are invented.
import type { OpeningHours } from '../../../types'
import { DEMO_CODES, type OrgSpec } from '../spec'

const GROUP_NAMES = ['一组', '二组', '三组', '四组', '五组', '六组', '七组', '八组']

/** Villagers come in on market days and at weekends, so this 妇女之家 opens then too. */
const VILLAGE_HOURS: OpeningHours = {
  sessions: [
    { start: '08:30', end: '12:00' },
    { start: '14:30', end: '18:00' },
  ],
  openOnWeekends: true,
  closedDates: [],
  extraOpenDates: [],
}

export const village: OrgSpec = {
  code: DEMO_CODES.village,
  name: '桃源村妇联',
  level: 'village',
  parentCode: DEMO_CODES.street,
  homeName: '桃源村“妇女之家”',
  address: '幸福街道桃源村村委会院内东侧平房',
  intro:
    '桃源村有妇女1184人，其中留守妇女46人、困难妇女23人；有儿童392人，其中留守儿童37人、困境儿童8人；有女党员31名；' +
    '有巾帼志愿者42人，有巾帼志愿服务队伍2支。村妇联有执委14人，其中主席1人、副主席1人，每位执委至少联系1个妇女小组和微家、' +
    '10名妇女群众。有区妇女代表大会代表1人，联系妇女群众60人。村妇联建立妇女小组8个，妇女微家3个。',
  representativesCount: 42,
  hours: VILLAGE_HOURS,
  members: [
    { name: '邓玉兰', post: 'chair', specialty: '农技推广' },
    { name: '谢春花', post: 'viceChair', specialty: '婚姻家庭调解' },
    { name: '唐金凤', post: 'member', specialty: '电商直播' },
    { name: '许秋月', post: 'member', specialty: '家庭教育' },
    { name: '韦桂英', post: 'member', specialty: '竹编手艺' },
    { name: '叶红梅', post: 'member', specialty: '健康保健' },
    { name: '程小芬', post: 'member', specialty: '法律咨询' },
    { name: '袁凤英', post: 'member', specialty: '留守儿童关爱' },
    { name: '潘秀琼', post: 'member', specialty: '创业指导' },
    { name: '杜美华', post: 'member', specialty: '养老照护' },
    { name: '蔡兰芝', post: 'member', specialty: '心理疏导' },
    { name: '田素芬', post: 'member', specialty: '文艺宣传' },
    { name: '董佳琪', post: 'volunteer', specialty: '就业帮扶' },
    { name: '萧雨桐', post: 'volunteer', specialty: '课业辅导' },
  ],
  areas: GROUP_NAMES.map((name) => ({ name, kind: 'group' as const })),
  plans: [
    { title: '农村电商直播培训班', place: '桃源村“妇女之家”', summary: '教姐妹们用手机直播卖自家的茶叶和竹编，现场开通网店。' },
    { title: '“美丽庭院”评比', place: '桃源村各村民小组', summary: '执委分组入户查看庭院整洁、绿化和家风家训上墙情况。' },
    { title: '留守儿童周末课堂', place: '桃源村村委会会议室', summary: '巾帼志愿者辅导作业，开展安全教育和手工活动。' },
  ],
  results: [
    {
      title: '竹编手艺培训',
      place: '桃源村“妇女之家”',
      summary: '请老手艺人教竹篮、竹筐编织。',
      resultText: '培训妇女35人，12人开始接订单，户均月增收800元左右。',
      photos: ['class'],
    },
    {
      title: '“法律明白人”进村宣讲',
      place: '桃源村文化院坝',
      summary: '讲解土地承包、婚姻家庭和赡养纠纷中妇女的权益。',
      resultText: '村民90余人参加，现场解答咨询17个，调解赡养纠纷1件。',
      photos: ['outdoor'],
    },
    {
      title: '妇女议事会：村道路灯安装',
      place: '桃源村村委会会议室',
      summary: '妇女代表提出夜间出行不安全，商量路灯安装位置。',
      resultText: '议定在四组、六组路段安装路灯22盏，村两委已纳入本年度民生实事。',
      photos: ['meeting'],
    },
    {
      title: '“两癌”免费筛查组织动员',
      place: '幸福街道社区卫生服务中心',
      summary: '执委分组动员适龄妇女参加免费筛查，组织集中接送。',
      resultText: '组织适龄妇女148人完成筛查，对2名需复查的妇女落实跟踪联系。',
      photos: ['outdoor', 'meeting'],
    },
  ],
}
