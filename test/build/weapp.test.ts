// The mini-program build: `taro build --type weapp` succeeds (test/build/weappDist.ts, once
// per run), app.json lists exactly the expected pages and the staff and 议事 subpackages, and
// WeChat's own compilers accept the output — wcc for the WXML templates, wcsc for the WXSS.
// A deliberately broken copy must fail them, so these checks can fail.
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { DIST, filesUnder, readJson, ROOT } from './weappDist'

/** The main package: the board alone, what a QR code opens. */
const EXPECTED_PAGES = ['pages/board/index']
/** The other pages a resident opens from the board: a subpackage, fetched as the board opens. */
const RESIDENT_ROOT = 'resident'
const RESIDENT_PAGES = ['pages/find-member/index', 'pages/member/index', 'pages/search/index', 'pages/me/index', 'pages/messages/index', 'pages/tips/index']
/** The staff console: a subpackage, so residents never download it. */
const STAFF_ROOT = 'staff'
const STAFF_PAGES = [
  'pages/home/index',
  'pages/org/index',
  'pages/org-info/index',
  'pages/members/index',
  'pages/member-edit/index',
  'pages/areas/index',
  'pages/area-edit/index',
  'pages/activities/index',
  'pages/activity-edit/index',
  'pages/children/index',
  'pages/invites/index',
  'pages/history/index',
  'pages/rotation/index',
  'pages/qrcode/index',
  'pages/poster/index',
  'pages/redeem/index',
  'pages/topics/index',
  'pages/topic/index',
  'pages/meeting-new/index',
  'pages/meeting-record/index',
  'pages/meetings/index',
  'pages/topic-new/index',
  'pages/requests/index',
  'pages/request/index',
  'pages/request-new/index',
  'pages/request-stats/index',
  'pages/duty-team/index',
  'pages/duty-member-view/index',
  'pages/duty/index',
  'pages/duty-entry/index',
  'pages/duty-book/index',
  'pages/duty-minimums/index',
  'pages/committees/index',
  'pages/committee-new/index',
  'pages/committee/index',
  'pages/nominations/index',
  'pages/nomination-new/index',
  'pages/nomination/index',
  'pages/ledgers/index',
  'pages/overview/index',
  'pages/committee-rules/index',
  'pages/duty-report/index',
  'pages/duty-reports/index',
  'pages/duty-report-view/index',
  'pages/appraisal/index',
  'pages/appraisal-rate/index',
  'pages/appraisal-results/index',
]
/** The resident 议事 pages: a subpackage, opened from the board. */
const TOPICS_ROOT = 'topics'
const TOPICS_PAGES = ['pages/list/index', 'pages/detail/index', 'pages/submit/index', 'pages/mine/index']
/** Help requests (求助): a subpackage, opened from the board's 我要求助. */
const HELP_ROOT = 'help'
const HELP_PAGES = ['pages/intake/index', 'pages/mine/index', 'pages/case/index']
/** A 妇女代表's 述职评议 ballot: a subpackage of its own, opened from the chair's QR code without login. */
const APPRAISAL_ROOT = 'appraisal'
const APPRAISAL_PAGES = ['pages/ballot/index']
const ALL_PAGES = [
  ...EXPECTED_PAGES,
  ...RESIDENT_PAGES.map((page) => `${RESIDENT_ROOT}/${page}`),
  ...STAFF_PAGES.map((page) => `${STAFF_ROOT}/${page}`),
  ...TOPICS_PAGES.map((page) => `${TOPICS_ROOT}/${page}`),
  ...APPRAISAL_PAGES.map((page) => `${APPRAISAL_ROOT}/${page}`),
  ...HELP_PAGES.map((page) => `${HELP_ROOT}/${page}`),
]
/** WeChat refuses any package above 2 MB. */
const MAX_PACKAGE_BYTES = 2 * 1024 * 1024

let tools = ''
let compiled = 0

/** miniprogram-compiler ships its Linux binaries without the run bit: copy them. */
function copyCompilers(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'weapp-compilers-'))
  for (const name of ['wcc', 'wcsc']) {
    fs.copyFileSync(path.join(ROOT, 'node_modules', 'miniprogram-compiler', 'bin', 'linux', name), path.join(dir, name))
    fs.chmodSync(path.join(dir, name), 0o755)
  }
  return dir
}

function compile(tool: 'wcc' | 'wcsc', args: string[], cwd = DIST) {
  const out = path.join(tools, `${tool}-out-${++compiled}.js`)
  const flag = tool === 'wcc' ? '-d' : '-db'
  const result = spawnSync(path.join(tools, tool), [flag, ...args, '-o', out], { cwd, encoding: 'utf8' })
  return { status: result.status, output: `${result.stdout}${result.stderr}`, bytes: fs.existsSync(out) ? fs.statSync(out).size : 0 }
}

beforeAll(() => {
  tools = copyCompilers()
})

afterAll(() => {
  if (tools) fs.rmSync(tools, { recursive: true, force: true })
})

describe('weapp build', () => {
  test('app.json lists the resident pages (board first), the staff console and 议事 as subpackages', () => {
    const app = readJson(path.join(DIST, 'app.json'))
    expect(app.pages).toEqual(EXPECTED_PAGES)
    expect(app.subPackages ?? app.subpackages).toEqual([
      { root: RESIDENT_ROOT, pages: RESIDENT_PAGES },
      { root: STAFF_ROOT, pages: STAFF_PAGES },
      { root: TOPICS_ROOT, pages: TOPICS_PAGES },
      { root: APPRAISAL_ROOT, pages: APPRAISAL_PAGES },
      { root: HELP_ROOT, pages: HELP_PAGES },
    ])
    expect(app.cloud).toBe(true)
  })

  test('every page has its js, json, wxml and wxss', () => {
    for (const page of ALL_PAGES) {
      for (const ext of ['js', 'json', 'wxml', 'wxss']) expect(fs.existsSync(path.join(DIST, `${page}.${ext}`))).toBe(true)
    }
  })

  test('the board can be shared to a chat and refreshed by pulling down', () => {
    expect(readJson(path.join(DIST, 'pages/board/index.json')).enablePullDownRefresh).toBe(true)
    // Taro consumes enableShareAppMessage itself: it marks the page so WeChat offers "转发".
    expect(fs.readFileSync(path.join(DIST, 'pages/board/index.js'), 'utf8')).toMatch(/\.enableShareAppMessage=!0/)
  })

  test('wcc compiles the templates and every page', () => {
    const sources = ['base.wxml', 'comp.wxml', ...(fs.existsSync(path.join(DIST, 'utils.wxs')) ? ['utils.wxs'] : [])]
    const result = compile('wcc', [...sources, ...ALL_PAGES.map((page) => `${page}.wxml`)])
    expect(result.output).toBe('')
    expect(result.status).toBe(0)
    expect(result.bytes).toBeGreaterThan(1000)
  })

  test('wcsc compiles app.wxss with everything it imports, and each page style', () => {
    const styles = filesUnder(DIST)
      .filter((file) => file.endsWith('.wxss'))
      .map((file) => path.relative(DIST, file))
    expect(styles).toContain('app.wxss')
    const result = compile('wcsc', ['app.wxss', ...styles.filter((file) => file !== 'app.wxss')])
    expect(result.status).toBe(0)
    expect(result.bytes).toBeGreaterThan(100)
  })

  test('a broken template or stylesheet fails the compilers, naming the place', () => {
    const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'weapp-broken-'))
    const templates = ['base.wxml', 'comp.wxml', 'utils.wxs'].filter((file) => fs.existsSync(path.join(DIST, file)))
    for (const file of templates) fs.copyFileSync(path.join(DIST, file), path.join(scratch, file))
    const page = fs.readFileSync(path.join(DIST, 'pages/board/index.wxml'), 'utf8').replace('../../', './')
    fs.writeFileSync(path.join(scratch, 'board.wxml'), page)
    expect(compile('wcc', [...templates, 'board.wxml'], scratch).status).toBe(0)
    fs.writeFileSync(path.join(scratch, 'board.wxml'), `${page}\n<view class="{{broken"><text>\n`)
    const wxml = compile('wcc', [...templates, 'board.wxml'], scratch)
    expect(wxml.status).not.toBe(0)
    expect(wxml.output).toMatch(/board\.wxml:\d+:\d+/)

    const style = fs.readFileSync(path.join(DIST, 'app-origin.wxss'), 'utf8')
    fs.writeFileSync(path.join(scratch, 'broken.wxss'), `${style}\n.x{color:red\n`)
    const wxss = compile('wcsc', ['broken.wxss'], scratch)
    expect(wxss.status).not.toBe(0)
    expect(wxss.output).toMatch(/broken\.wxss\(\d+:\d+\)/)
    fs.rmSync(scratch, { recursive: true, force: true })
  })

  test('WeChat DevTools finds the mini-program and the cloud functions from the repository or from dist/weapp', () => {
    const atRoot = readJson(path.join(ROOT, 'project.config.json'))
    expect(atRoot.miniprogramRoot).toBe('dist/weapp/')
    expect(atRoot.cloudfunctionRoot).toBe('dist/cloudfunctions/')
    const inDist = readJson(path.join(DIST, 'project.config.json'))
    expect(path.resolve(DIST, inDist.miniprogramRoot ?? '')).toBe(DIST)
    expect(path.resolve(DIST, inDist.cloudfunctionRoot)).toBe(path.resolve(ROOT, atRoot.cloudfunctionRoot))
    expect(inDist.appid).toBe(atRoot.appid)
  })

  test('the main package and each subpackage stay under WeChat’s 2 MB limit', () => {
    const under = (root: string) => (file: string) => path.relative(DIST, file).startsWith(`${root}${path.sep}`)
    const sizeOf = (files: string[]) => files.reduce((sum, file) => sum + fs.statSync(file).size, 0)
    const files = filesUnder(DIST)
    const inSubpackage = (file: string) => under(STAFF_ROOT)(file) || under(TOPICS_ROOT)(file)
    expect(sizeOf(files.filter((file) => !inSubpackage(file)))).toBeLessThan(MAX_PACKAGE_BYTES)
    for (const root of [STAFF_ROOT, TOPICS_ROOT]) {
      expect(sizeOf(files.filter(under(root)))).toBeGreaterThan(0)
      expect(sizeOf(files.filter(under(root)))).toBeLessThan(MAX_PACKAGE_BYTES)
    }
  })

  test('the console’s code ships in the subpackage, not in the main package residents download', () => {
    const consoleOnly = '您这次的修改还没有保存'
    // the minifier writes non-ASCII text as \uXXXX escapes
    const escaped = [...consoleOnly].map((char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`).join('')
    const scripts = filesUnder(DIST).filter((file) => file.endsWith('.js'))
    const carries = (file: string) => {
      const text = fs.readFileSync(file, 'utf8')
      return text.includes(consoleOnly) || text.includes(escaped)
    }
    const carrying = scripts.filter(carries).map((file) => path.relative(DIST, file))
    expect(carrying.length).toBeGreaterThan(0)
    for (const file of carrying) expect(file.startsWith(`${STAFF_ROOT}${path.sep}`)).toBe(true)
  })

  test('no validator in the main package: zod ships only in the subpackages that import the contract’s schemas', () => {
    // every zod schema class is made by $constructor('$ZodType', …): the name survives minification
    const scripts = filesUnder(DIST).filter((file) => file.endsWith('.js'))
    const carrying = scripts.filter((file) => fs.readFileSync(file, 'utf8').includes('$ZodType')).map((file) => path.relative(DIST, file))
    expect(carrying.length).toBeGreaterThan(0)
    expect(carrying.filter((file) => ![STAFF_ROOT, TOPICS_ROOT, APPRAISAL_ROOT, HELP_ROOT, RESIDENT_ROOT].some((root) => file.startsWith(`${root}${path.sep}`)))).toEqual([])
  })
})
