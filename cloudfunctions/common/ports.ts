// The outside services handlers use besides the store, each with a WeChat cloud adapter
// (production) and a local-host adapter (development, demo, tests): content checks,
// public files, QR codes, notifications and the vault that encrypts help requests.
// Handlers see only these interfaces.
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

export interface NotifyPort {
  send(notification: Notification): Promise<void>
}

export interface Ports {
  contentCheck: ContentCheckPort
  files: FilePort
  qrcode: QrCodePort
  notify: NotifyPort
  vault: VaultPort
}
