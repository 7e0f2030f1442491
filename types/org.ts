// The staff console (`org` function): chairs and members keep their federation's board
// true — the org itself, members, areas, activities, child bodies — invite members,
// record departures, and read the change history. Every write rebuilds the board.
import * as z from 'zod/mini'
import { id, instant, localDate, optionalTextBlock, optionalTextField, orgCode, pageCursor, pageLimit, phone, seenVersion, textBlock, textField } from './common'
import { committeeRules } from './committeeRules'
import { dutyMinimums } from './dutyCadence'
import { activityDoc, areaDoc, memberDoc, openingHours, orgDoc } from './documents'
import { activityStatus, areaKind, notifyTemplate, orgLevel, phoneShown, post } from './enums'
import { MAX_IMAGE_BYTES } from './limits'
import { departureReason, ruleWarning, staffRole } from './staff'

/** One segment of a stored file's path: letters, digits, '_' and '-', dots only between them (so never '.' or '..'). */
const SEGMENT = '[A-Za-z0-9_-]+(?:\\.[A-Za-z0-9_-]+)*'
/** A WeChat cloud file ID: cloud://<environment>/<path>. */
export const CLOUD_FILE_PATTERN = new RegExp(`^cloud://${SEGMENT}(?:/${SEGMENT})+$`)
/** A stored image: a local-host file (/files/<path>) or a WeChat cloud file ID (imageRef keeps out the private folder). */
export const IMAGE_REF_PATTERN = new RegExp(`^(?:/files|cloud://${SEGMENT})(?:/${SEGMENT})+$`)
/** A WeChat cloud file in the private folder: never a public image. */
const CLOUD_PRIVATE_PATTERN = new RegExp(`^cloud://${SEGMENT}/private/`)
/**
 * A private document photo (a signature sheet, a 党组织's reply): /private/<orgId>/<name> on the local
 * host, cloud://<environment>/private/<orgId>/<name> on WeChat. No public path serves it; only
 * org.viewDocumentPhoto reads it, for the chairs, audited. The first group is the org it belongs to.
 */
export const DOCUMENT_REF_PATTERN = new RegExp(`^(?:/private|cloud://${SEGMENT}/private)/([A-Za-z0-9_-]{1,64})/${SEGMENT}$`)
/** A public file uploaded for an org (before document photos were private): /files/uploads/<orgId>/… or cloud://<env>/uploads/<orgId>/… */
const PUBLIC_UPLOAD_PATTERN = new RegExp(`^(?:/files|cloud://${SEGMENT})/uploads/([A-Za-z0-9_-]{1,64})/`)

const BAD_IMAGE = '图片地址无效，请重新上传'
/** An image the product stored: a local-host file or a WeChat cloud file ID. Never an outside URL, never a way out of its folder. */
export const imageRef = z.string().check(
  z.maxLength(300),
  z.regex(IMAGE_REF_PATTERN, { error: BAD_IMAGE }),
  z.refine((ref) => !CLOUD_PRIVATE_PATTERN.test(ref), { error: BAD_IMAGE }),
)
/** A private document photo's reference (DOCUMENT_REF_PATTERN). */
export const documentRef = z.string().check(z.maxLength(300), z.regex(DOCUMENT_REF_PATTERN, { error: BAD_IMAGE }))
/** The photo of a document: a private one, or a public image stored before document photos were private (still valid). */
export const documentPhotoRef = z.string().check(z.maxLength(300), z.regex(new RegExp(`(?:${IMAGE_REF_PATTERN.source})|(?:${DOCUMENT_REF_PATTERN.source})`), { error: BAD_IMAGE }))

/** The org a document photo belongs to: the org in a private reference, or in an older public upload's path; null for any other. */
export function documentPhotoOrg(ref: string): string | null {
  if (ref.includes('..')) return null
  return ref.match(DOCUMENT_REF_PATTERN)?.[1] ?? ref.match(PUBLIC_UPLOAD_PATTERN)?.[1] ?? null
}

export const orgSummary = z.object({ orgId: id, code: orgCode, name: z.string(), level: orgLevel })
export type OrgSummary = z.infer<typeof orgSummary>

export const completeness = z.object({
  /** 0–100: the share of the console's rule checks this org passes */
  score: z.number(),
  warningCount: z.number(),
})

/** A member as the console shows her: the openid itself never leaves the back end. */
export const consoleMember = z.object({ ...z.omit(memberDoc, { openid: true }).shape, bound: z.boolean() })
export type ConsoleMember = z.infer<typeof consoleMember>

export const consoleOrg = z.omit(orgDoc, { nameGrams: true, ancestorIds: true })

// ---- org.mine: where the caller works ----
export const myPlace = z.object({ ...orgSummary.shape, role: z.enum(['chair', 'member']), memberId: id, post })
export const myPlacesInput = z.strictObject({})
export const myPlacesOutput = z.object({ places: z.array(myPlace) })

// ---- org.get: the console's view of one org ----
export const getConsoleInput = z.strictObject({ orgId: id })
export const getConsoleOutput = z.object({
  role: staffRole,
  org: consoleOrg,
  parent: z.nullable(orgSummary),
  members: z.array(consoleMember),
  areas: z.array(areaDoc),
  activities: z.array(activityDoc),
  children: z.array(z.object({ ...orgSummary.shape, completeness })),
  warnings: z.array(ruleWarning),
  completeness,
})
export type GetConsoleOutput = z.infer<typeof getConsoleOutput>

// ---- org.updateOrg ----
export const orgChanges = z.strictObject({
  name: z.optional(textField(2, 40, '妇联名称')),
  logoUrl: z.optional(z.nullable(imageRef)),
  homeName: z.optional(textField(1, 40, '妇女之家名称')),
  address: z.optional(textField(1, 100, '地址')),
  hours: z.optional(openingHours),
  duties: z.optional(z.array(textBlock(1, 200, '职责')).check(z.minLength(1, { error: '至少保留一条职责' }), z.maxLength(12))),
  representativesCount: z.optional(z.number().check(z.int(), z.gte(0), z.lte(100000))),
  intro: z.optional(optionalTextBlock(1000, '情况介绍')),
  /** 001 6.1.3 联系（监督）电话; null: none */
  supervisionPhone: z.optional(z.nullable(phone)),
  /** the 制度 on the 妇女之家 wall, by name (001 6.1.3 主要制度; 重庆 三、3 有制度档案) */
  wallRules: z.optional(z.array(textField(2, 40, '制度名称')).check(z.maxLength(20, { error: '上墙制度最多 20 项' }))),
  /** the federation's own 七个一 minimums: it may raise the seed's, never lower them (附件2) */
  dutyMinimums: z.optional(dutyMinimums),
  /** its term, how long the board announces a change in the committee, the 述职评议 rule */
  committeeRules: z.optional(committeeRules),
  /** 年终总结, every year's (the page sends them all with the one she edited): the year's 台账 carries it */
  yearSummaries: z.optional(
    z
      .record(z.string().check(z.regex(/^20\d{2}$/, { error: '总结的年份应像 2026 这样' })), optionalTextBlock(5000, '年度总结'))
      .check(z.refine((summaries) => Object.keys(summaries).length <= 100, { error: '年度总结最多保存 100 年' })),
  ),
  /** 年度工作计划 with its year (002 第七条 亮职责); null: none */
  annualPlan: z.optional(
    z.nullable(
      z.strictObject({
        year: z.number().check(z.int(), z.gte(2000, { error: '请填写计划的年份，如 2026' }), z.lte(2100, { error: '请填写计划的年份，如 2026' })),
        text: textBlock(1, 2000, '年度工作计划'),
      }),
    ),
  ),
})
export const updateOrgInput = z.strictObject({ orgId: id, version: seenVersion, changes: orgChanges })
export const updateOrgOutput = z.object({ org: consoleOrg })

// ---- org.saveMember (create when memberId is absent) ----
export const memberFields = z.strictObject({
  name: textField(2, 20, '姓名'),
  post,
  phone: z.nullable(phone),
  /** omitted: unchanged (a new member: none) */
  officePhone: z.optional(z.nullable(phone)),
  /** which number the board shows; omitted: unchanged (a new member: her own) */
  phoneShown: z.optional(phoneShown),
  photoUrl: z.nullable(imageRef),
  specialty: optionalTextField(40, '特长'),
  onDutyMonth: z.nullable(z.number().check(z.int(), z.gte(1), z.lte(12))),
  /** the 妇女小组 and 妇女微家 under her federation she keeps in touch with; omitted: unchanged */
  linkedBodyIds: z.optional(z.array(id).check(z.maxLength(50))),
  termStart: z.nullable(localDate),
  termEnd: z.nullable(localDate),
})
export const saveMemberInput = z.strictObject({
  orgId: id,
  memberId: z.optional(id),
  version: z.optional(seenVersion),
  fields: memberFields,
  /** the areas she covers first-hand; omitted: unchanged */
  coverAreaIds: z.optional(z.array(id).check(z.maxLength(100))),
  /** the chair agreed to take areas another member covers now; without it such a save is refused with the question */
  confirmMoves: z.optional(z.boolean()),
})
export const saveMemberOutput = z.object({ member: consoleMember })

// ---- org.updateMyProfile: a bound member edits her own contact details ----
export const updateMyProfileInput = z.strictObject({
  memberId: id,
  version: seenVersion,
  fields: z.strictObject({
    phone: z.nullable(phone),
    /** omitted: unchanged */
    officePhone: z.optional(z.nullable(phone)),
    /** which number the board shows; omitted: unchanged */
    phoneShown: z.optional(phoneShown),
    photoUrl: z.nullable(imageRef),
    specialty: optionalTextField(40, '特长'),
  }),
})
export const updateMyProfileOutput = saveMemberOutput

// ---- org.recordDeparture ----
/** 第十四条 "经同级党组织批准同意": who approved, when, and the document number or a photo of it. */
export const partyApproval = z.strictObject({
  by: textField(1, 40, '审批的党组织'),
  on: localDate,
  documentNo: optionalTextField(40, '批复文号'),
  photo: z.nullable(documentPhotoRef),
})
export type PartyApproval = z.infer<typeof partyApproval>

/**
 * 离任. 劝退 and 终止 carry the 党组织's approval (002 增替补及退出制度第十四条 "卸免、终止事项由同级妇联组织
 * 提出建议，经同级党组织批准同意后"; 第十七条 "妇联执委资格终止，经同级党组织批准同意后则立即终止").
 */
export const recordDepartureInput = z.strictObject({
  memberId: id,
  version: seenVersion,
  reason: departureReason,
  leftOn: localDate,
  note: optionalTextField(200, '说明'),
  approval: z.optional(z.nullable(partyApproval)),
})
export const recordDepartureOutput = saveMemberOutput

// ---- org.saveArea / org.removeArea ----
export const areaFields = z.strictObject({
  name: textField(1, 30, '片区名称'),
  kind: areaKind,
  memberId: z.nullable(id),
  backupMemberId: z.nullable(id),
})
export const saveAreaInput = z.strictObject({ orgId: id, areaId: z.optional(id), version: z.optional(seenVersion), fields: areaFields })
export const saveAreaOutput = z.object({ area: areaDoc })
export const removeAreaInput = z.strictObject({ areaId: id, version: seenVersion })
export const removeAreaOutput = z.object({ removed: z.literal(true) })

// ---- org.saveActivity ----
export const activityFields = z.strictObject({
  title: textField(2, 40, '活动名称'),
  status: activityStatus,
  date: localDate,
  place: optionalTextField(60, '地点'),
  summary: optionalTextBlock(500, '活动内容'),
  resultText: optionalTextBlock(1000, '活动成效'),
  photos: z.array(imageRef).check(z.maxLength(9, { error: '最多 9 张照片' })),
})
export const saveActivityInput = z.strictObject({ orgId: id, activityId: z.optional(id), version: z.optional(seenVersion), fields: activityFields })
export const saveActivityOutput = z.object({ activity: activityDoc })

// ---- org.addChild: a 妇女小组 / 妇女微家 (or, under a 街道/乡镇, a 村/社区) ----
export const addChildInput = z.strictObject({
  orgId: id,
  name: textField(2, 40, '名称'),
  level: orgLevel,
})
export const addChildOutput = z.object({ child: orgSummary })

// ---- invitations ----
export const inviteView = z.object({
  inviteId: id,
  orgId: id,
  memberId: id,
  memberName: z.string(),
  createdAt: instant,
  expiresAt: instant,
  status: z.enum(['open', 'used', 'revoked', 'expired']),
})
export type InviteView = z.infer<typeof inviteView>
export const INVITE_CODE_PATTERN = /^[A-HJ-NP-Z2-9]{12}$/
export const inviteCode = z.string().check(z.trim(), z.toUpperCase(), z.regex(INVITE_CODE_PATTERN, { error: '邀请码是 12 位字母和数字，请核对' }))
export const createInviteInput = z.strictObject({ orgId: id, memberId: id })
export const createInviteOutput = z.object({
  invite: inviteView,
  /** shown once: only its hash is stored */
  code: z.string(),
  /** the mini-program path that redeems it (also what its QR code opens) */
  path: z.string(),
})
export const listInvitesInput = z.strictObject({ orgId: id })
export const listInvitesOutput = z.object({ invites: z.array(inviteView) })
export const revokeInviteInput = z.strictObject({ inviteId: id })
export const revokeInviteOutput = z.object({ invite: inviteView })
export const redeemInviteInput = z.strictObject({ code: inviteCode })
export const redeemInviteOutput = z.object({ org: orgSummary, memberId: id, name: z.string(), post })

// ---- org.history: the change log (append-only audit) ----
export const auditChange = z.object({ field: z.string(), before: z.unknown(), after: z.unknown() })
export const historyEntry = z.object({
  id,
  at: instant,
  actorName: z.string(),
  action: z.string(),
  /** e.g. "修改了成员 王桂芳 的电话" */
  summary: z.string(),
  outcome: z.enum(['changed', 'refused', 'read']),
  changes: z.array(auditChange),
})
export type HistoryEntry = z.infer<typeof historyEntry>
export const orgHistoryInput = z.strictObject({
  orgId: id,
  before: z.optional(instant),
  limit: z.optional(z.number().check(z.int(), z.gte(1), z.lte(100))),
  /** refused attempts are left out unless she asks for them (显示被拒绝的操作) */
  includeRefusals: z.optional(z.boolean()),
})
export const orgHistoryOutput = z.object({ entries: z.array(historyEntry), nextBefore: z.nullable(instant) })

// ---- org.qrcode: the 妇女之家 QR code ----
export const orgQrcodeInput = z.strictObject({ orgId: id })
export const orgQrcodeOutput = z.object({ url: z.string(), scene: orgCode, page: z.string() })

// ---- org.uploadImage ----
/** 'document': a signature sheet or a 党组织's reply, kept private (DOCUMENT_REF_PATTERN); the others are public on the board. */
export const IMAGE_PURPOSES = ['logo', 'photo', 'activity', 'document'] as const
/** How the change log names each kind of image. */
export const IMAGE_PURPOSE_LABEL: Record<(typeof IMAGE_PURPOSES)[number], string> = { photo: '成员照片', logo: '妇联标识', activity: '活动照片', document: '材料照片' }
export { MAX_IMAGE_BYTES }
export const uploadImageInput = z.strictObject({
  orgId: id,
  purpose: z.enum(IMAGE_PURPOSES),
  source: z.discriminatedUnion('kind', [
    /** local host / H5: the file itself, base64 (the request body is capped at 1 MB) */
    z.strictObject({
      kind: z.literal('inline'),
      dataBase64: z
        .string()
        .check(
          z.minLength(1),
          z.maxLength(Math.ceil((MAX_IMAGE_BYTES * 4) / 3) + 4, { error: '图片太大，请选择 700 KB 以内的图片' }),
          z.regex(/^[A-Za-z0-9+/]*={0,2}$/, { error: '图片内容不完整，请重新选择图片' }),
        ),
    }),
    /** WeChat: a file the mini-program uploaded to cloud storage first */
    z.strictObject({ kind: z.literal('cloudFile'), fileID: z.string().check(z.regex(CLOUD_FILE_PATTERN, { error: '图片地址无效，请重新上传' }), z.maxLength(300)) }),
  ]),
})
/** `url`: a public image, or for a document photo its private reference (not a URL anyone can open). */
export const uploadImageOutput = z.object({ url: documentPhotoRef, width: z.number(), height: z.number(), bytes: z.number() })

// ---- org.viewDocumentPhoto: a private document photo, for the chairs, audited ----
export const viewDocumentPhotoInput = z.strictObject({ orgId: id, ref: documentPhotoRef })
/** The image itself as a data URL (data:image/jpeg;base64,…): there is no address to pass on. */
export const viewDocumentPhotoOutput = z.object({ dataUrl: z.string() })

// ---- org.inbox: the caller's notifications (消息), newest first; acts on no org ----
export const inboxInput = z.strictObject({ cursor: z.optional(pageCursor), limit: pageLimit })
/** One notification in neutral words: what it is about and where it stands; `page` opens it. */
export const inboxMessage = z.object({ id, template: z.string(), page: z.string(), subject: z.string(), status: z.string(), createdAt: instant })
export type InboxMessage = z.infer<typeof inboxMessage>
export const inboxOutput = z.object({ messages: z.array(inboxMessage), nextCursor: z.nullable(pageCursor) })

// ---- org.subscribe: the subscription messages she has just accepted (wx.requestSubscribeMessage); acts on no org ----
/** Each template named once per acceptance: WeChat allows one message per acceptance. */
export const subscribeInput = z.strictObject({ templates: z.array(notifyTemplate).check(z.minLength(1, { error: '请选择要接收的通知' }), z.maxLength(3)) })
/** How many messages of each template she may now be sent. */
export const subscribeOutput = z.object({ grants: z.array(z.object({ template: notifyTemplate, count: z.number() })) })

export const orgContract = {
  mine: { input: myPlacesInput, output: myPlacesOutput },
  get: { input: getConsoleInput, output: getConsoleOutput },
  updateOrg: { input: updateOrgInput, output: updateOrgOutput },
  saveMember: { input: saveMemberInput, output: saveMemberOutput },
  updateMyProfile: { input: updateMyProfileInput, output: updateMyProfileOutput },
  recordDeparture: { input: recordDepartureInput, output: recordDepartureOutput },
  saveArea: { input: saveAreaInput, output: saveAreaOutput },
  removeArea: { input: removeAreaInput, output: removeAreaOutput },
  saveActivity: { input: saveActivityInput, output: saveActivityOutput },
  addChild: { input: addChildInput, output: addChildOutput },
  createInvite: { input: createInviteInput, output: createInviteOutput },
  listInvites: { input: listInvitesInput, output: listInvitesOutput },
  revokeInvite: { input: revokeInviteInput, output: revokeInviteOutput },
  redeemInvite: { input: redeemInviteInput, output: redeemInviteOutput },
  history: { input: orgHistoryInput, output: orgHistoryOutput },
  qrcode: { input: orgQrcodeInput, output: orgQrcodeOutput },
  uploadImage: { input: uploadImageInput, output: uploadImageOutput },
  viewDocumentPhoto: { input: viewDocumentPhotoInput, output: viewDocumentPhotoOutput },
  inbox: { input: inboxInput, output: inboxOutput },
  subscribe: { input: subscribeInput, output: subscribeOutput },
} as const
