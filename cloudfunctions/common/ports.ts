// The outside services handlers use besides the store, each with a WeChat cloud adapter
// (production) and a local-host adapter (development, demo, tests): content checks,
// public files, files handed out for a while (downloads), private document photos, QR codes,
// notifications, the vault that encrypts help requests,
// ending a person's sign-ins, and preparing uploaded pictures. Handlers see only these
// interfaces.
import type { PreparedImage } from './imageCodec'
import type { VaultPort } from './vault'

/** msgSecCheck / imgSecCheck verdicts: risky is refused, review is held for a person. */
export type CheckVerdict = 'pass' | 'review' | 'risky'

export interface ContentCheckPort {
  /** WeChat: security.msgSecCheck v2 (needs the openid; scene 1–4; ≤ 2500 chars) */
  text(input: { content: string; openid: string | null; scene: 1 | 2 | 3 | 4 }): Promise<CheckVerdict>
  /** WeChat: security.imgSecCheck on the re-encoded image */
  image(input: { bytes: Buffer; contentType: 'image/jpeg' | 'image/png'; openid: string | null }): Promise<CheckVerdict>
}

export interface FilePort {
  /** Stores a public file under `path`; returns the reference the board shows (an imageRef). */
  put(input: { path: string; bytes: Buffer; contentType: string }): Promise<string>
  /** Reads a file the client uploaded itself (WeChat: a cloud fileID). */
  get(ref: string): Promise<Buffer>
  /** Addresses that open stored public files from outside the product (a 台账's photo links): WeChat links to public-read files do not expire. */
  links(refs: readonly string[]): Promise<Map<string, string>>
}

/** The characters a generated file's name keeps (a regex class, `u` flag): Chinese, letters, digits and a few marks — nothing a path or a header could misread. */
export const DOWNLOAD_NAME_CHARS = '\\p{Script=Han}A-Za-z0-9_（）()、·-'

/** How long a generated file (a 台账) can be fetched by the link it was handed out with. */
export const DOWNLOAD_TTL_MS = 15 * 60 * 1000

/**
 * A generated file handed to the person who asked for it, for a short while: a 台账 holds
 * members' phones, so it is never a public file. WeChat: cloud storage under a folder no
 * client may read, opened through a temporary link; local host: a folder it serves only
 * by an unguessable link that dies after DOWNLOAD_TTL_MS.
 */
export interface DownloadPort {
  /** `ref` names the stored file for `remove` (the `exports` collection keeps it until then) */
  offer(input: { folder: string; fileName: string; bytes: Buffer; contentType: string }): Promise<{ url: string; expiresAt: Date; ref: string }>
  /** Deletes files handed out before, once their links have died. */
  remove(refs: readonly string[]): Promise<void>
}

/**
 * Private document photos (a 群众推荐 signature sheet, a 党组织's reply): stored where no public
 * path serves them, read only by a handler (org.viewDocumentPhoto). WeChat: cloud storage under
 * `private/`, which the storage rules keep from every client; the local host: DATA_DIR/private.
 */
export interface DocumentPort {
  /** Stores `bytes` as `name` among `orgId`'s documents; returns the reference (types' DOCUMENT_REF_PATTERN). */
  put(input: { orgId: string; name: string; bytes: Buffer }): Promise<string>
  /** Reads a stored document photo; a reference that names nothing stored is NOT_FOUND or fails. */
  get(ref: string): Promise<Buffer>
  /** Deletes what the client uploaded to hand a document over (WeChat: its cloud file), once it is kept privately. */
  discardUpload(fileID: string): Promise<void>
}

export interface QrCodePort {
  /** PNG of the code that opens `page` with `scene` (WeChat: wxacode.getUnlimited). */
  boardCode(input: { scene: string; page: string }): Promise<Buffer>
}

/**
 * A notification to one user. WeChat: subscribeMessage.send, whose template fields are
 * short — `thing` at most 20 characters, `phrase` at most 5 — so wording stays neutral.
 */
export interface Notification {
  openid: string
  /** which subscription template, e.g. "topicProgress" */
  template: string
  /** the mini-program page the message opens */
  page: string
  thing: string
  phrase: string
}

/** A send WeChat delivered, or refused because she has no accepted subscription left (43101). */
export type SendResult = 'sent' | 'notSubscribed'

export interface NotifyPort {
  /** Why `template` cannot be sent at all (WeChat: its template id is not configured), or null. */
  unavailable(template: string): string | null
  /** 'notSubscribed' is an answer, not a failure; any other failure throws. */
  send(notification: Notification): Promise<SendResult>
}

/**
 * A person's sign-ins, where the runtime keeps any. WeChat cloud keeps none — every call
 * carries the OPENID WeChat vouches for — so there its adapter does nothing and says
 * generation 0; a member who leaves loses the console there because the policy reads her
 * membership on every call. Ending sign-ins is the local host's: its dev tokens last a
 * week, each names its openid's generation, and a token of an earlier one is refused.
 */
export interface SignInPort {
  /** Ends every sign-in `openid` holds now (退出登录; a chair recording her departure). */
  end(openid: string): Promise<void>
  /** The generation a token of `openid` must name to be accepted. */
  generation(openid: string): Promise<number>
}

/**
 * Turning an uploaded picture into the JPEG the board shows (common/imageCodec's
 * prepareImage): refusals are AppErrors with the reason for her. Where it runs is the
 * adapter's business: WeChat in the calling instance, the local host in worker threads
 * so that one upload does not stall every other caller.
 */
export interface ImagePort {
  prepare(input: { bytes: Buffer; maxSide: number }): Promise<PreparedImage>
}

export interface Ports {
  contentCheck: ContentCheckPort
  files: FilePort
  downloads: DownloadPort
  documents: DocumentPort
  qrcode: QrCodePort
  notify: NotifyPort
  vault: VaultPort
  signIns: SignInPort
  images: ImagePort
}
