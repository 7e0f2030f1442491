// What a mini-program reviewer checks, on the built dist/weapp: every page's title in
// Chinese, sitemap.json letting WeChat search index the public board pages and nothing
// of the console, 求助 or her own pages, the board offered for sharing to 朋友圈, and —
// with lazy code loading on — every page declaring the template components Taro renders
// it with (WeChat then loads only what a page declares).
import fs from 'node:fs'
import path from 'node:path'
import { DIST, filesUnder, readJson } from './weappDist'

interface AppJson {
  pages: string[]
  subPackages: { root: string; pages: string[] }[]
  window: { navigationBarTitleText?: string }
  sitemapLocation?: string
  lazyCodeLoading?: string
}

interface SitemapRule {
  action: 'allow' | 'disallow'
  page: string
}

const app: AppJson = readJson(path.join(DIST, 'app.json'))
const allPages = [...app.pages, ...app.subPackages.flatMap((pkg) => pkg.pages.map((page) => `${pkg.root}/${page}`))]

/** Chinese a village chair reads: Han characters (and their punctuation), no Latin words. */
const isChinese = (title: unknown): boolean => typeof title === 'string' && /\p{Script=Han}/u.test(title) && !/[A-Za-z]/.test(title)

/** WeChat's reading of sitemap.json: the first rule that matches the page decides; a page no rule names is indexed. */
function indexed(rules: SitemapRule[], page: string): boolean {
  const rule = rules.find((candidate) => candidate.page === '*' || candidate.page === page)
  return rule ? rule.action === 'allow' : true
}

test('the navigation bar and every page carry a Chinese title', () => {
  expect(isChinese(app.window.navigationBarTitleText)).toBe(true)
  expect(allPages.length).toBeGreaterThan(30)
  const untitled = allPages.filter((page) => !isChinese(readJson(path.join(DIST, `${page}.json`)).navigationBarTitleText))
  expect(untitled).toEqual([])
  expect(isChinese('Board')).toBe(false)
})

test('WeChat search may index the public board pages, and nothing of the console, 求助, 我的 or 消息', () => {
  expect(app.sitemapLocation).toBe('sitemap.json')
  const { rules } = readJson(path.join(DIST, 'sitemap.json')) as { rules: SitemapRule[] }
  expect(allPages.filter((page) => indexed(rules, page))).toEqual([
    'pages/board/index',
    'resident/pages/find-member/index',
    'resident/pages/member/index',
    'resident/pages/search/index',
  ])
  expect(indexed([], 'staff/pages/home/index')).toBe(true)
})

test('the board can be shared to 朋友圈', () => {
  // Taro consumes enableShareTimeline itself: it marks the page so WeChat offers 分享到朋友圈, and useShareTimeline answers it
  const board = fs.readFileSync(path.join(DIST, 'pages/board/index.js'), 'utf8')
  expect(board).toMatch(/\.enableShareTimeline=!0/)
  expect(board).toMatch(/useShareTimeline|onShareTimeline/)
})

test('with lazy code loading on, every page declares each component Taro renders its templates with', () => {
  expect(app.lazyCodeLoading).toBe('requiredComponents')
  // Taro's own components sit beside app.json (comp, and custom-wrapper where a page needs one)
  const templateComponents = fs
    .readdirSync(DIST)
    .filter((file) => file.endsWith('.json') && readJson(path.join(DIST, file)).component === true)
    .map((file) => file.replace(/\.json$/, ''))
  expect(templateComponents).toContain('comp')
  const missing = allPages.flatMap((page) => {
    const { usingComponents = {} } = readJson(path.join(DIST, `${page}.json`)) as { usingComponents?: Record<string, string> }
    const declared = Object.values(usingComponents).map((target) => path.relative(DIST, path.resolve(DIST, path.dirname(page), target)))
    return templateComponents.filter((component) => !declared.includes(component)).map((component) => `${page} → ${component}`)
  })
  expect(missing).toEqual([])
})

test('none of our code calls the deprecated getSystemInfoSync', () => {
  // Taro's runtime bundles list every WeChat API by name; our modules are in the other files
  const library = /(^|\/)(taro|vendors|sub-vendors|runtime)\.js$/
  const ours = filesUnder(DIST)
    .map((file) => path.relative(DIST, file).split(path.sep).join('/'))
    .filter((file) => file.endsWith('.js') && !library.test(file))
  expect(ours).toEqual(expect.arrayContaining(['app.js', 'common.js', 'pages/board/index.js', 'staff/pages/poster/index.js']))
  expect(ours.filter((file) => /getSystemInfo(Sync|Async)?\b/.test(fs.readFileSync(path.join(DIST, file), 'utf8')))).toEqual([])
})
