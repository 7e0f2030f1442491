// Each level's own default 工作职责, drawn from the seeds where a seed states them; where
// none does, a new body starts with none and the console asks the chair to write them.
// The board never shows one level's default to another level (`dutiesShown`).
import type { OrgLevel } from './enums'

/** 重庆 “妇女之家”规范化建设工作方案 附件5 村（社区）妇联工作职责. */
export const VILLAGE_DUTIES: readonly string[] = [
  '开展习近平新时代中国特色社会主义思想和党的路线方针政策的宣传教育活动，引领妇女听党话、跟党走。',
  '围绕中心、服务大局，开展技能培训、素质提升和家庭文明建设活动，引领广大妇女弘扬社会文明新风尚。',
  '切实维护妇女儿童合法权益，关爱帮扶困难妇女儿童，关心妇女儿童身心健康，切实为她们做好事、解难事、办实事。',
  '组织动员妇女参加公益活动，壮大巾帼志愿者队伍，发挥妇女“半边天”作用。',
  '落实上级妇联及村（社区）“两委”交办的各项工作任务，研究决策本地区妇女工作重大事项。',
  '加强自身建设，依章按期换届，定期召开执委会议，建好“妇女之家”，增强妇联组织凝聚力向心力。',
]

/**
 * 基层妇联执委工作手册 一(二) 基层妇联组织的职责和任务 — the handbook's own list for the
 * 乡镇、街道 federations it describes (一(一) 1–2), each item without its ordinal (一是 …).
 */
export const TOWNSHIP_DUTIES: readonly string[] = [
  '组织妇女学习习近平新时代中国特色社会主义思想，培育和践行社会主义核心价值观，开展中国特色社会主义和实现中华民族伟大复兴的中国梦宣传教育，爱国主义、集体主义和社会主义教育，党的路线方针政策教育，思想道德和民主法治教育，引导广大妇女感党恩、听党话、跟党走。',
  '引导和支持鼓励妇女参与新产业新业态发展、创新创业等，提高综合素质，实现全面发展，成为自尊、自信、自立、自强的时代新女性，在经济社会发展中发挥积极作用。',
  '引导广大妇女依法、有序、广泛参与村（居民）自治实践，参与基层社会治理，向党和政府反映妇女群众的意见、建议和要求，建立完善妇女议事会，组织妇女开展议事协商活动，代表妇女参与公共事务决策，发挥民主参与、民主管理、民主监督作用，推进基层民主建设。',
  '维护妇女儿童合法权益，宣传、普及有关妇女儿童的法律和法规，引导妇女合理表达利益诉求，依法维护自身权益。建立重点人群关爱服务、侵害妇女儿童权益发现报告制度、多方参与的联防联控等机制，抵制封建迷信、陈规陋习和违法违规宗教活动，反对邪教。配合有关部门打击性侵、拐卖妇女儿童、嫖娼、卖淫、赌博、吸毒等违法犯罪行为，预防和制止家庭暴力，为权益受侵害的妇女儿童提供帮助，维护社会和谐稳定。',
  '引导妇女发挥在弘扬中华民族家庭美德、树立良好家风中的独特作用，加强家庭家教家风建设，开展五好家庭创建、寻找“最美家庭”、“绿色家庭”、“平安家庭”等活动，普及科技、环境保护、妇幼卫生保健和优生、优育、优教等知识，推进移风易俗，倡导厉行节约、反对浪费。指导和推进家庭教育，倡导文明、健康、科学的生活方式。',
  '深入了解留守流动妇女儿童、困境妇女儿童等特殊群体和家庭的需求，开展关爱帮扶。',
  '协助党组织做好培养、推荐妇女入党积极分子和基层优秀女干部工作，尤其是积极推动做好村（社区）妇联主席进入“两委”，发挥妇联作为培养输送女干部重要基地的作用。',
  '加强网上妇联建设和线上线下“妇女之家”、“妇女微家”等阵地建设，为妇女儿童提供有效服务。',
]

/** 重庆 “四新”妇联组织建设指导意见 三 “四新”妇联组织工作任务. */
export const NEW_SECTOR_DUTIES: readonly string[] = [
  '增强政治性。强化思想政治引领，开展“巾帼心向党”系列行动，唱响主旋律，凝聚正能量，团结带领妇女听党话、跟党走，更好地发挥党和政府联系妇女群众的桥梁纽带作用。',
  '增强先进性。始终坚持围绕中心，服务大局，开展“巾帼建新功”系列行动，大力培养推荐女性人才，引领妇女在决胜全面建成小康社会、参与民主政治建设和社会治理创新、促进形成社会主义家庭文明新风尚、推进“一国两制”实践和祖国统一大业、推动构建人类命运共同体中建新功。',
  '增强群众性。认真履行依法维权和服务妇女的重要职能，开展“巾帼暖人心”系列行动，传递党的关怀和温暖，不断增强妇女的获得感、幸福感、安全感。',
  '加强自身建设。完善议事决策机制，依章按期换届，加强阵地建设，建好“妇女之家”“妇女微家”，大力推进亮牌服务，亮妇联标识、亮组织架构、亮工作职责、亮执委身份、亮活动内容，使妇联组织和妇联工作在妇女群众身边有形化、常态化。',
]

/**
 * A new body's duties by level. The seeds give none for a 区县, a 安置点 (柳州 通知 一(七)
 * speaks only of its people), a 妇女小组 or a 妇女微家: those start empty, for the chair.
 */
export const DUTIES_BY_LEVEL: Record<OrgLevel, readonly string[]> = {
  county: [],
  street: TOWNSHIP_DUTIES,
  township: TOWNSHIP_DUTIES,
  community: VILLAGE_DUTIES,
  village: VILLAGE_DUTIES,
  resettlement: [],
  newSector: NEW_SECTOR_DUTIES,
  group: [],
  microHome: [],
}

export const defaultDuties = (level: OrgLevel): string[] => [...DUTIES_BY_LEVEL[level]]

const sameList = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((item, i) => item === b[i])

/**
 * What the board shows as this body's duties: its own text, never another level's
 * default (bodies made before defaults went by level carry 附件5's text whatever their
 * level; the board then shows none until the chair writes her own).
 */
export function dutiesShown(level: OrgLevel, duties: readonly string[]): string[] {
  const own = DUTIES_BY_LEVEL[level]
  const foreign = Object.values(DUTIES_BY_LEVEL).some((list) => list.length > 0 && list !== own && sameList(list, duties))
  return foreign ? [] : [...duties]
}
