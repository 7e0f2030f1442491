// The printed 亮牌 poster read from a metre away, in real Chromium against `npm start`:
// demo-chair prints the A4 poster and the A3 large-print poster to PDF, with the demo's
// members and again with the most the rules allow. Every phone number is printed at
// 12 pt or more on A4 (18 pt on A3, where no text is under 9.5 pt), each member card names the areas she covers
// (联系片区), and no quarter of the page is left blank. Sizes are read from the page
// at print (computed CSS, in pt) and checked against the PDF's own word boxes.
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import type { Page } from 'playwright-core'
import type { GetBoardOutput } from '../../types'
import { callApi } from './support/api'
import { ARTIFACTS } from './support/browser'
import { freshGoto, logIn, shown, withHostAndPhones } from './support/journey'
import { fillToMembers } from './support/members'
import { pdfFacts, pdfText, pdfToPng } from './support/pdf'

jest.setTimeout(300_000)

const ORG = 'demo-community'
/** the smallest phone number each paper may print, in pt */
const PHONE_PT = { A4: 12, A3: 18 } as const
/** the smallest text of any kind the large-print A3 poster may print, in pt */
const A3_TEXT_PT = 9.5
const stage = withHostAndPhones(1)
const [chair] = stage.phones
let orgId = ''

beforeAll(async () => {
  orgId = (await board()).board.orgId
  await logIn(chair.page, stage.host.url, 'demo-chair')
})

const board = () => callApi<GetBoardOutput>(stage.host.url, 'board', 'get', { code: ORG })

interface PrintedSizes {
  /** every phone number on the sheet, in pt */
  phonesPt: number[]
  /** the smallest type of any text on the sheet, in pt */
  smallestPt: number
  /** each member card's text */
  cards: string[]
}

/** Type sizes as printed: the sheet is laid out in mm at full size (the preview only scales it). */
async function printedSizes(page: Page, size: 'A4' | 'A3'): Promise<PrintedSizes> {
  return shown(page, `.poster-sheet--${size}`)
    .first()
    .evaluate((sheet) => {
      const pt = (element: Element) => (parseFloat(getComputedStyle(element).fontSize) * 72) / 96
      const texts = Array.from(sheet.querySelectorAll('*')).filter((element) =>
        Array.from(element.childNodes).some((node) => node.nodeType === Node.TEXT_NODE && node.textContent?.trim()),
      )
      return {
        phonesPt: Array.from(sheet.querySelectorAll('.poster-member__phone')).map(pt),
        smallestPt: Math.min(...texts.map(pt)),
        cards: Array.from(sheet.querySelectorAll('.poster-member')).map((card) => (card as HTMLElement).innerText),
      }
    })
}

/** Heights (pt) of the printed words that open a mobile number (its first group, e.g. 138). */
function phoneWordHeights(pdf: string): number[] {
  const html = execFileSync('pdftotext', ['-bbox-layout', '-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8' })
  const words = [...html.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(1[3-9]\d)<\/word>/g)]
  return words.map((word) => Number(word[4]) - Number(word[2]))
}

interface Blank {
  /** the tallest band of the page's width with nothing printed on it, as a share of the page's height */
  tallestBlankBand: number
  /** the share of inked pixels in each quarter of the page: top left, top right, bottom left, bottom right */
  quarterInk: number[]
}

/** Where the printed page is empty, from a greyscale rendering of it (pdftoppm). */
function blankArea(pdf: string, base: string): Blank {
  execFileSync('pdftoppm', ['-gray', '-r', '40', '-singlefile', pdf, base])
  const bytes = fs.readFileSync(`${base}.pgm`)
  const header = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(bytes.subarray(0, 40).toString('latin1'))
  if (!header) throw new Error('not a PGM rendering')
  const [width, height] = [Number(header[1]), Number(header[2])]
  const pixels = bytes.subarray(header[0].length)
  const inked = (x: number, y: number) => (pixels[y * width + x] ?? 255) < 230
  let tallest = 0
  let run = 0
  const ink = [0, 0, 0, 0]
  for (let y = 0; y < height; y++) {
    let rowInk = false
    for (let x = 0; x < width; x++) {
      if (!inked(x, y)) continue
      rowInk = true
      ink[(y < height / 2 ? 0 : 2) + (x < width / 2 ? 0 : 1)]! += 1
    }
    run = rowInk ? 0 : run + 1
    tallest = Math.max(tallest, run)
  }
  const quarter = (width * height) / 4
  return { tallestBlankBand: tallest / height, quarterInk: ink.map((count) => count / quarter) }
}

async function printPoster(page: Page, size: 'A4' | 'A3', name: string): Promise<string> {
  await freshGoto(page, `${stage.host.url}/#/staff/pages/poster/index?orgId=${orgId}&size=${size}`)
  await shown(page, `.poster-sheet--${size}[data-ready="true"]`).first().waitFor({ timeout: 60_000 })
  fs.mkdirSync(ARTIFACTS, { recursive: true })
  const pdf = path.join(ARTIFACTS, `${name}.pdf`)
  await page.pdf({ path: pdf, preferCSSPageSize: true, printBackground: true })
  pdfToPng(pdf, path.join(ARTIFACTS, name))
  return pdf
}

describe.each([
  ['the demo’s members', 0],
  ['the most members the rules allow', 29],
])('the poster with %s', (_, members) => {
  test.each(['A4', 'A3'] as const)('%s: phones large enough to read from a metre, 联系片区 on every card that has one, no blank quarter', async (size) => {
    if (members) await fillToMembers(stage.host.url, orgId, members)
    const data = await board()
    if (members) expect(data.board.members.length).toBeGreaterThanOrEqual(members)
    const name = `poster-print-${size}-${data.board.members.length}`
    const pdf = await printPoster(chair.page, size, name)

    const facts = pdfFacts(pdf)
    expect(facts.pages).toBe(1)
    const text = pdfText(pdf)
    for (const member of data.board.members) expect(text).toContain(member.name)

    const sizes = await printedSizes(chair.page, size)
    expect(sizes.phonesPt).toHaveLength(data.board.members.length)
    expect(Math.min(...sizes.phonesPt)).toBeGreaterThanOrEqual(PHONE_PT[size])
    if (size === 'A3') expect(sizes.smallestPt).toBeGreaterThanOrEqual(A3_TEXT_PT)
    const printedPhones = phoneWordHeights(pdf)
    expect(printedPhones.length).toBeGreaterThanOrEqual(data.board.members.filter((member) => member.phone?.startsWith('1')).length)
    expect(Math.min(...printedPhones)).toBeGreaterThanOrEqual(PHONE_PT[size])

    const areaName = new Map(data.board.areas.map((area) => [area.id, area.name]))
    const covering = data.board.members.filter((member) => member.areaIds.length > 0)
    expect(covering.length).toBeGreaterThan(0)
    for (const member of covering) {
      const card = sizes.cards.find((cardText) => cardText.includes(member.name)) ?? ''
      expect(card).toContain('联系片区')
      expect(card).toContain(areaName.get(member.areaIds[0] ?? '') ?? '?')
    }

    const blank = blankArea(pdf, path.join(ARTIFACTS, `${name}-grey`))
    expect(blank.tallestBlankBand).toBeLessThan(0.06)
    for (const ink of blank.quarterInk) expect(ink).toBeGreaterThan(0.04)
    console.log(
      `${name}: phones ≥ ${Math.min(...sizes.phonesPt).toFixed(1)} pt (PDF ${Math.min(...printedPhones).toFixed(1)}), smallest text ${sizes.smallestPt.toFixed(1)} pt, blank band ${(blank.tallestBlankBand * 100).toFixed(1)} %, quarter ink ${blank.quarterInk.map((ink) => (ink * 100).toFixed(0)).join('/')} %`,
    )
  })
})
