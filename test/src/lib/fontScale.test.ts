// The font scale the pages show at (适老化): WeChat's font size until she chooses on 我的,
// her choice after that, always one of the three scales the pages are checked at; and in
// the mini-program every page puts it on itself as it shows.
const mockStorage = new Map<string, unknown>()
const mockSystem: { info: Record<string, unknown> } = { info: {} }
const mockSetPageStyle = jest.fn()
const mockTaps: { modifyPageObject?: (config: Record<string, unknown>) => void } = {}

jest.mock('@tarojs/taro', () => ({
  __esModule: true,
  default: {
    getStorageSync: (key: string) => mockStorage.get(key) ?? '',
    setStorageSync: (key: string, value: unknown) => mockStorage.set(key, value),
    getAppBaseInfo: () => mockSystem.info,
    setPageStyle: (option: unknown) => mockSetPageStyle(option),
  },
}))
jest.mock('@tarojs/runtime', () => ({
  hooks: { tap: (name: 'modifyPageObject', callback: (config: Record<string, unknown>) => void) => void (mockTaps[name] = callback) },
}))

import { applyFontScaleOnEveryPage, chooseFontScale, currentFontScale, FONT_SCALE_KEY, snapFontScale } from '../../../src/lib/fontScale'

beforeEach(() => {
  mockStorage.clear()
  mockSystem.info = {}
  mockSetPageStyle.mockClear()
})

test("WeChat's font sizes (iOS, 375 screen) snap to the scale at or below them", () => {
  // 标准 17px, +3 21px, +4 22px, 关怀模式 23.8px; 25.5px is +5 on a 414 screen
  expect([17, 21, 22, 23.8, 25.5, 34].map((px) => snapFontScale(px / 17))).toEqual([1, 1, 1.3, 1.3, 1.6, 1.6])
  expect(snapFontScale(0.9)).toBe(1)
  expect(snapFontScale(Number.NaN)).toBe(1)
})

test("until she chooses, the pages follow WeChat's font size", () => {
  expect(currentFontScale()).toBe(1)
  mockSystem.info = { fontSizeSetting: 23.8 }
  expect(currentFontScale()).toBe(1.3)
  mockSystem.info = { fontSizeScaleFactor: 1.65, fontSizeSetting: 26.4 }
  expect(currentFontScale()).toBe(1.6)
})

test('her choice on 我的 wins over WeChat, is kept, and is put on the page at once', () => {
  mockSystem.info = { fontSizeScaleFactor: 1.65 }
  chooseFontScale(1)
  expect(currentFontScale()).toBe(1)
  expect(mockStorage.get(FONT_SCALE_KEY)).toBe('1')
  expect(mockSetPageStyle).toHaveBeenLastCalledWith({ style: { cssText: '--font-scale: 1' } })
  chooseFontScale(1.3)
  expect(currentFontScale()).toBe(1.3)
})

test('a stored value that is not one of the scales is not a choice', () => {
  mockStorage.set(FONT_SCALE_KEY, '5')
  mockSystem.info = { fontSizeSetting: 25.5 }
  expect(currentFontScale()).toBe(1.6)
})

test('in the mini-program every page puts the scale on itself each time it shows, then runs its own onShow', () => {
  applyFontScaleOnEveryPage()
  const onShow = jest.fn()
  const page: Record<string, unknown> = { onShow }
  mockTaps.modifyPageObject?.(page)
  mockStorage.set(FONT_SCALE_KEY, '1.6')
  ;(page.onShow as () => void)()
  expect(mockSetPageStyle).toHaveBeenCalledWith({ style: { cssText: '--font-scale: 1.6' } })
  expect(onShow).toHaveBeenCalledTimes(1)
})
