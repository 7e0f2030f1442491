// Half-filled forms kept on the phone, so a topic or a member's details she was typing
// survive the mini-program being closed, the phone locking or the network dropping:
// saved as she types, offered back when the form opens again, removed once it is sent.
// Only for forms whose words may stay on the phone — never a help request (求助), which
// must leave nothing behind after 快速离开 or after it is sent.
import Taro from '@tarojs/taro'

const PREFIX = 'liangpai.draft.'
/** A draft left this long is not offered again. */
export const DRAFT_DAYS = 30
const DAY_MS = 24 * 3600 * 1000

type Values = Record<string, unknown>

interface StoredDraft {
  savedAt: number
  /** what the draft was started from (e.g. the record's version): a draft of another start is not offered */
  basedOn: string | number | null
  values: Values
}

/** Does the stored value fit the field (same kind; a field that may be empty takes null or a value)? */
function fits(stored: unknown, blank: unknown): boolean {
  if (Array.isArray(blank)) return Array.isArray(stored) && stored.every((item) => typeof item === 'string')
  if (stored === null || blank === null) return stored === null || typeof stored === 'string' || typeof stored === 'number'
  return typeof stored === typeof blank
}

/**
 * The form's values from a stored draft: each field of `blank` the draft holds in a fitting
 * shape, the rest as `blank` has them; null when there is no draft, it is too old, or it
 * holds nothing that fits.
 */
export function draftValues<T extends object>(stored: unknown, blank: T, now: number, basedOn: string | number | null = null): T | null {
  const draft = stored as Partial<StoredDraft> | null
  if (typeof draft?.savedAt !== 'number' || typeof draft.values !== 'object' || draft.values === null) return null
  if (now - draft.savedAt > DRAFT_DAYS * DAY_MS || (draft.basedOn ?? null) !== basedOn) return null
  const saved = draft.values
  const fields = Object.keys(blank).filter((field) => Object.prototype.hasOwnProperty.call(saved, field) && fits(saved[field], (blank as Values)[field]))
  if (fields.length === 0) return null
  return { ...blank, ...Object.fromEntries(fields.map((field) => [field, saved[field]])) }
}

export function readDraft<T extends object>(key: string, blank: T, basedOn: string | number | null = null, now = Date.now()): T | null {
  try {
    return draftValues(Taro.getStorageSync(PREFIX + key), blank, now, basedOn)
  } catch {
    return null
  }
}

export function saveDraft(key: string, values: object, basedOn: string | number | null = null, now = Date.now()): void {
  try {
    const draft: StoredDraft = { savedAt: now, basedOn, values: { ...values } }
    Taro.setStorageSync(PREFIX + key, draft)
  } catch {
    // storage full or unavailable: the form still works, only without a draft
  }
}

export function clearDraft(key: string): void {
  try {
    Taro.removeStorageSync(PREFIX + key)
  } catch {
    // nothing kept, nothing to remove
  }
}

/** 退出登录: the next person on this phone finds none of her half-written forms. */
export function clearAllDrafts(): void {
  try {
    for (const key of Taro.getStorageInfoSync().keys) if (key.startsWith(PREFIX)) Taro.removeStorageSync(key)
  } catch {
    // storage unavailable: nothing could have been kept
  }
}
