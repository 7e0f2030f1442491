// 适老化 in real Chromium against `npm start`: 大字模式 on 我的 sets the font scale every
// page follows (the same storage key the mini-program fills from WeChat's font size);
// at 1.0×, 1.3× and 1.6× the board, the intake, 我的, a case page, the chair's queue and
// the poster fit the phone — nothing wider than the screen, no button's text clipped —
// and each is saved as a screenshot; and every visible text on the board and the intake
// has a contrast of at least 4.5:1 against what is behind it (WCAG 2.x).
import type { Page } from 'playwright-core'
import type { ActionOutput, GetBoardOutput } from '../../types'
import { callApi, devToken } from './support/api'
import { screenshot } from './support/browser'
import { freshGoto, logIn, shown, withHostAndPhones } from './support/journey'

jest.setTimeout(600_000)

const ORG = 'demo-community'
const REQUESTER = 'demo-requester-1'
const SCALES = [1, 1.3, 1.6] as const
const LABEL: Record<(typeof SCALES)[number], string> = { 1: '标准', 1.3: '大字', 1.6: '特大字' }

const stage = withHostAndPhones(1)
const [phone] = stage.phones
let orgId = ''
let caseId = ''

beforeAll(async () => {
  orgId = (await callApi<GetBoardOutput>(stage.host.url, 'board', 'get', { code: ORG })).board.orgId
  const mine = await callApi<ActionOutput<'requests', 'listMine'>>(stage.host.url, 'requests', 'listMine', {}, await devToken(stage.host.url, REQUESTER))
  caseId = mine.requests[0]._id
})

/** 大字模式 on 我的, as she would choose it. */
async function chooseScale(page: Page, scale: (typeof SCALES)[number]): Promise<void> {
  await freshGoto(page, stage.at('/pages/me/index'))
  await shown(page, '.me-font-scale .choice')
    .filter({ hasText: new RegExp(`^${LABEL[scale]}$`) })
    .first()
    .click()
  await shown(page, '.me-font-scale .choice--on')
    .filter({ hasText: new RegExp(`^${LABEL[scale]}$`) })
    .first()
    .waitFor()
}

interface Misfit {
  what: string
  text: string
  scrollWidth: number
  clientWidth: number
  scrollHeight: number
  clientHeight: number
}

/** What does not fit on the page shown: anything wider than the screen, and any button whose text is cut. */
async function misfits(page: Page): Promise<{ wide: Misfit[]; clipped: Misfit[]; viewport: number }> {
  return page.evaluate(() => {
    const viewport = document.documentElement.clientWidth
    const visible = (element: Element) => element.getClientRects().length > 0 && getComputedStyle(element).visibility !== 'hidden'
    const describe = (element: Element): Misfit => ({
      what: `${element.tagName.toLowerCase()}.${Array.from(element.classList).join('.')}`,
      text: (element.textContent ?? '').trim().slice(0, 40),
      scrollWidth: element.scrollWidth,
      clientWidth: element.clientWidth,
      scrollHeight: element.scrollHeight,
      clientHeight: element.clientHeight,
    })
    const all = Array.from(document.querySelectorAll('body *')).filter(visible)
    /** widths on screen: the poster's A4 sheet is laid out at its print size and shown scaled down to the phone */
    const onScreen = (element: Element) => {
      const width = (element as HTMLElement).offsetWidth
      return width > 0 ? element.getBoundingClientRect().width / width : 1
    }
    /** a clipping box wider inside than the screen is fine when what it holds is drawn within the screen (the scaled poster sheet) */
    const drawnWithin = (element: Element) =>
      getComputedStyle(element).overflowX !== 'visible' && Array.from(element.children).every((child) => child.getBoundingClientRect().right <= viewport + 1)
    const wide = all.filter((element) => element.scrollWidth * onScreen(element) > viewport + 1 && !drawnWithin(element)).map(describe)
    if (document.documentElement.scrollWidth > viewport + 1) {
      wide.push(describe(document.documentElement))
      // name what sticks out past the right edge, so the failure says where to look
      wide.push(...all.filter((element) => element.getBoundingClientRect().right > viewport + 1).map(describe))
    }
    const buttons = all.filter((element) => element.matches('button, .action-button, .choice, [class*="-button"]'))
    const clipped = buttons.filter((button) => button.scrollWidth > button.clientWidth + 1 || button.scrollHeight > button.clientHeight + 1).map(describe)
    return { wide, clipped, viewport }
  })
}

/** Waits until the page has stopped moving: Taro's page transition slid in, the poster scaled to the screen. */
async function settle(page: Page): Promise<void> {
  const still = () =>
    document.getAnimations().every((animation) => animation.playState !== 'running' || animation.effect?.getTiming().iterations === Infinity) &&
    Array.from(document.querySelectorAll('.taro_page')).every((taroPage) => taroPage.getClientRects().length === 0 || Math.abs(taroPage.getBoundingClientRect().left) < 1)
  // still for two frames in a row: the page that slides in starts its move a frame after it appears
  await page.waitForFunction(still)
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))))
  await page.waitForFunction(still)
}

/** The whole page as a picture: Taro's H5 page scrolls inside itself, so the window is made as tall as the page for the shot. */
async function wholePageShot(page: Page, name: string): Promise<void> {
  const height = await page.evaluate(() =>
    Math.max(...Array.from(document.querySelectorAll('.taro_page')).map((shown) => (shown.getClientRects().length > 0 ? shown.scrollHeight : 0))),
  )
  await page.setViewportSize({ width: 375, height: Math.min(Math.max(height, 812), 8000) })
  await screenshot(page, name)
  await page.setViewportSize({ width: 375, height: 812 })
}

async function expectFits(page: Page, name: string): Promise<void> {
  await settle(page)
  const found = await misfits(page)
  expect(found.viewport).toBe(375)
  expect({ name, wide: found.wide, clipped: found.clipped }).toEqual({ name, wide: [], clipped: [] })
  await wholePageShot(page, name)
}

/** Text drawn in a fixed box that must not grow with the text (theme.css): an avatar's initial, a row's chevron. */
const FIXED_SIZE = ['avatar__initial', 'org-link__arrow', 'area-option__arrow', 'me-place__arrow', 'search-result__arrow', 'list-row__arrow', 'me-link__arrow']

/** The font size of every visible text on the page shown, in document order. */
async function textSizes(page: Page): Promise<{ what: string; size: number }[]> {
  return page.evaluate((fixed) => {
    const texts = Array.from(document.querySelectorAll('body *')).filter(
      (element) =>
        element.getClientRects().length > 0 &&
        !fixed.some((name) => element.classList.contains(name)) &&
        Array.from(element.childNodes).some((node) => node.nodeType === Node.TEXT_NODE && (node.textContent ?? '').trim() !== ''),
    )
    return texts.map((element) => ({ what: `${element.tagName.toLowerCase()}.${Array.from(element.classList).join('.')}`, size: parseFloat(getComputedStyle(element).fontSize) }))
  }, FIXED_SIZE)
}

/** The sizes at 1.0×, by page, to compare the larger scales with. */
const standardSizes = new Map<string, { what: string; size: number }[]>()

/** Every text of the page grew by the scale (a size written as a literal would not). */
async function expectGrown(page: Page, name: string, scale: number): Promise<void> {
  await settle(page)
  const sizes = await textSizes(page)
  if (scale === 1) return void standardSizes.set(name, sizes)
  const standard = standardSizes.get(name) ?? []
  expect(sizes.map((text) => text.what)).toEqual(standard.map((text) => text.what))
  const notGrown = sizes.filter((text, index) => Math.abs(text.size - standard[index].size * scale) > 0.6)
  expect({ name, notGrown }).toEqual({ name, notGrown: [] })
}

const fontSizeOf = async (page: Page, selector: string): Promise<number> =>
  parseFloat(
    await shown(page, selector)
      .first()
      .evaluate((element) => getComputedStyle(element).fontSize),
  )

describe.each(SCALES)('at %s× (大字模式)', (scale) => {
  test('the board, the intake, 我的, a case page, the queue and the poster fit the phone, text grown by the scale', async () => {
    const { page } = phone
    await chooseScale(page, scale)
    await expect(page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--font-scale').trim())).resolves.toBe(String(scale))
    await expectFits(page, `large-font-me-${scale}`)

    await freshGoto(page, stage.at(`/pages/board/index?scene=${ORG}`))
    await shown(page, '.board-home__name').first().waitFor()
    await shown(page, '.member-card').first().waitFor()
    // the 妇女之家 address line is its standard 30 design px (15 CSS px on a 375 screen) times the scale
    expect(await fontSizeOf(page, '.board-home__line')).toBeCloseTo(15 * scale, 0)
    await expectFits(page, `large-font-board-${scale}`)
    await expectGrown(page, 'board', scale)

    await shown(page, '.help-entry-button').first().click()
    await shown(page, '.intake-age-option--18to59').first().waitFor()
    await expectFits(page, `large-font-intake-${scale}`)
    await expectGrown(page, 'intake', scale)
    await shown(page, '.intake-age-option--18to59').first().click()
    await shown(page, '.consent-checkbox').first().click()
    await shown(page, '.consent-continue-button').first().click()
    await shown(page, 'textarea.request-description-input').first().waitFor()
    await expectFits(page, `large-font-intake-form-${scale}`)
    await expectGrown(page, 'intake-form', scale)

    await logIn(page, stage.host.url, REQUESTER, { fresh: true, typed: true })
    await freshGoto(page, stage.at(`/help/pages/case/index?caseId=${caseId}`))
    await shown(page, '.case-view').first().waitFor()
    await expectFits(page, `large-font-case-${scale}`)

    await logIn(page, stage.host.url, 'demo-chair', { fresh: true, typed: true })
    await freshGoto(page, stage.at(`/staff/pages/requests/index?orgId=${orgId}&scope=own`))
    await shown(page, '.list-row').first().waitFor()
    await expectFits(page, `large-font-queue-${scale}`)

    await freshGoto(page, stage.at(`/staff/pages/poster/index?orgId=${orgId}&size=A4`))
    await shown(page, '.poster-block').first().waitFor()
    await expectFits(page, `large-font-poster-${scale}`)
  })
})

interface LowContrast {
  what: string
  text: string
  color: string
  background: string
  ratio: number
}

/** Every visible text of the page shown whose contrast against what is behind it is under 4.5:1 (WCAG 2.x, 1.4.3). */
async function lowContrast(page: Page): Promise<LowContrast[]> {
  return page.evaluate(() => {
    type Rgba = { r: number; g: number; b: number; a: number }
    const parse = (text: string): Rgba | null => {
      const match = /rgba?\(([^)]+)\)/.exec(text)
      if (!match) return null
      const [r, g, b, a = 1] = match[1]
        .split(/[\s,/]+/)
        .filter(Boolean)
        .map(Number)
      return { r, g, b, a }
    }
    const over = (top: Rgba, bottom: Rgba): Rgba => ({
      r: top.r * top.a + bottom.r * (1 - top.a),
      g: top.g * top.a + bottom.g * (1 - top.a),
      b: top.b * top.a + bottom.b * (1 - top.a),
      a: 1,
    })
    const channel = (value: number) => {
      const v = value / 255
      return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4
    }
    const luminance = (color: Rgba) => 0.2126 * channel(color.r) + 0.7152 * channel(color.g) + 0.0722 * channel(color.b)
    const ratio = (a: Rgba, b: Rgba) => {
      const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x)
      return (light + 0.05) / (dark + 0.05)
    }
    const show = (color: Rgba) => `rgb(${Math.round(color.r)}, ${Math.round(color.g)}, ${Math.round(color.b)})`
    /** what is painted behind an element: its own and its ancestors' fills down to the first opaque one; each stop of a gradient is a possible background */
    const backgrounds = (element: Element): Rgba[] => {
      const layers: Rgba[] = []
      let bases: Rgba[] = [{ r: 255, g: 255, b: 255, a: 1 }]
      for (let node: Element | null = element; node; node = node.parentElement) {
        const style = getComputedStyle(node)
        const stops = style.backgroundImage === 'none' ? [] : [...style.backgroundImage.matchAll(/rgba?\([^)]+\)/g)].map((stop) => parse(stop[0])).filter((stop) => stop !== null)
        if (stops.length > 0) {
          bases = stops.map((stop) => over(stop, { r: 255, g: 255, b: 255, a: 1 }))
          break
        }
        const fill = parse(style.backgroundColor)
        if (fill && fill.a > 0) {
          if (fill.a >= 1) {
            bases = [fill]
            break
          }
          layers.push(fill)
        }
      }
      return bases.map((base) => layers.reduceRight((below, layer) => over(layer, below), base))
    }
    const opacity = (element: Element) => {
      let value = 1
      for (let node: Element | null = element; node; node = node.parentElement) value *= Number(getComputedStyle(node).opacity)
      return value
    }
    const texts = Array.from(document.querySelectorAll('body *')).filter(
      (element) =>
        element.getClientRects().length > 0 &&
        getComputedStyle(element).visibility !== 'hidden' &&
        Array.from(element.childNodes).some((node) => node.nodeType === Node.TEXT_NODE && (node.textContent ?? '').trim() !== ''),
    )
    const found: LowContrast[] = []
    for (const element of texts) {
      const color = parse(getComputedStyle(element).color)
      if (!color) continue
      for (const background of backgrounds(element)) {
        const ink = over({ ...color, a: color.a * opacity(element) }, background)
        const value = ratio(ink, background)
        if (value < 4.5) {
          found.push({
            what: `${element.tagName.toLowerCase()}.${Array.from(element.classList).join('.')}`,
            text: (element.textContent ?? '').trim().slice(0, 30),
            color: show(ink),
            background: show(background),
            ratio: Math.round(value * 100) / 100,
          })
        }
      }
    }
    return found
  })
}

test('every visible text on the board and the intake has a contrast of at least 4.5:1', async () => {
  const { page } = phone
  await chooseScale(page, 1)
  await freshGoto(page, stage.at(`/pages/board/index?scene=${ORG}`))
  await shown(page, '.board-home__name').first().waitFor()
  await shown(page, '.member-card').first().waitFor()
  await settle(page)
  expect({ page: 'board', low: await lowContrast(page) }).toEqual({ page: 'board', low: [] })

  await shown(page, '.help-entry-button').first().click()
  await shown(page, '.intake-age-option--18to59').first().waitFor()
  await settle(page)
  expect({ page: 'intake: age', low: await lowContrast(page) }).toEqual({ page: 'intake: age', low: [] })
  await shown(page, '.intake-age-option--18to59').first().click()
  await shown(page, '.consent-checkbox').first().waitFor()
  await settle(page)
  expect({ page: 'intake: consent', low: await lowContrast(page) }).toEqual({ page: 'intake: consent', low: [] })
  await shown(page, '.consent-checkbox').first().click()
  await shown(page, '.consent-continue-button').first().click()
  await shown(page, 'textarea.request-description-input').first().waitFor()
  await settle(page)
  expect({ page: 'intake: form', low: await lowContrast(page) }).toEqual({ page: 'intake: form', low: [] })
})
