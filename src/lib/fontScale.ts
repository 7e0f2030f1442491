// 大字模式 and WeChat's own font size (适老化): every --font-* size in theme.css is its
// standard size times --font-scale, and this module decides that scale. She may choose
// one on 我的 (kept on the phone: it is not sensitive); until she does, the app follows
// the font size she set in WeChat. Scales snap to the three the pages are checked at.
import { hooks } from '@tarojs/runtime'
import Taro from '@tarojs/taro'

export const FONT_SCALES = [1, 1.3, 1.6] as const
export type FontScale = (typeof FONT_SCALES)[number]

/** Where her choice is kept; a browser test sets the scale through the same key. */
export const FONT_SCALE_KEY = 'liangpai.fontScale'

export const FONT_SCALE_LABEL: Record<FontScale, string> = { 1: '标准', 1.3: '大字', 1.6: '特大字' }

/** WeChat's standard text size in px (iOS 17, Android 16): fontSizeSetting over it is her zoom. */
const WECHAT_STANDARD_PX = 17

const asScale = (value: unknown): FontScale | null => FONT_SCALES.find((scale) => String(scale) === String(value)) ?? null

/** The nearest checked scale at or below a zoom factor: 1.2 stays standard, 1.35 is 大字, 1.5 and up 特大字. */
export function snapFontScale(factor: number): FontScale {
  if (!Number.isFinite(factor) || factor < 1.3 - 0.05) return 1
  return factor < 1.6 - 0.1 ? 1.3 : 1.6
}

/** The zoom of the font size she set in WeChat (1 where the platform has none, as in a browser). */
export function wechatFontFactor(): number {
  try {
    // getAppBaseInfo (base library 2.20.1+, and Taro's H5) replaces the deprecated getSystemInfoSync
    const info = Taro.getAppBaseInfo() as { fontSizeScaleFactor?: number; fontSizeSetting?: number }
    if (typeof info.fontSizeScaleFactor === 'number' && info.fontSizeScaleFactor > 0) return info.fontSizeScaleFactor
    if (typeof info.fontSizeSetting === 'number' && info.fontSizeSetting > 0) return info.fontSizeSetting / WECHAT_STANDARD_PX
  } catch {
    // no system information: the standard size
  }
  return 1
}

/** Her own choice on 我的, or null when she has not chosen. */
export function chosenFontScale(): FontScale | null {
  return asScale(Taro.getStorageSync(FONT_SCALE_KEY))
}

/** The scale the pages use now: her choice, else WeChat's font size. */
export function currentFontScale(): FontScale {
  return chosenFontScale() ?? snapFontScale(wechatFontFactor())
}

/** The page's style that sets the scale (the mini-program sets it on each page as it shows). */
export const fontScaleStyle = (scale: FontScale): string => `--font-scale: ${scale}`

/**
 * Puts the current scale on the page now (H5: the document; weapp: the page on screen).
 * The mini-program has no documented call that styles the page element from code (the
 * documented way is a page-meta in every page): wx.setPageStyle does it where WeChat has
 * it, and where it does not the page stays at the standard size.
 */
export function applyFontScale(): void {
  const scale = currentFontScale()
  if (process.env.TARO_ENV === 'h5') {
    document.documentElement.style.setProperty('--font-scale', String(scale))
    return
  }
  const setPageStyle = (Taro as unknown as { setPageStyle?: (option: { style: { cssText: string } }) => void }).setPageStyle
  const wx = (globalThis as { wx?: { setPageStyle?: (option: { style: { cssText: string } }) => void } }).wx
  ;(setPageStyle ?? wx?.setPageStyle)?.({ style: { cssText: fontScaleStyle(scale) } })
}

/** 大字模式 on 我的: keeps her choice and applies it at once. */
export function chooseFontScale(scale: FontScale): void {
  Taro.setStorageSync(FONT_SCALE_KEY, String(scale))
  applyFontScale()
}

/**
 * The mini-program sets a page's style one page at a time: every page puts the scale on
 * itself each time it shows (the first time, and back from 我的 after she changed it).
 * Taro builds each page's object through this hook, once per page, before it is shown.
 */
export function applyFontScaleOnEveryPage(): void {
  hooks.tap('modifyPageObject', (config: Record<string, unknown>) => {
    const onShow = config.onShow as ((...args: unknown[]) => unknown) | undefined
    config.onShow = function (this: unknown, ...args: unknown[]) {
      applyFontScale()
      return onShow?.apply(this, args)
    }
  })
}
