// No browser globals in the mini-program: the weapp build lists, for each module of ours
// it bundles, the browser objects (window, document, localStorage, …) its code reaches
// (config/browserGlobals.ts), and that list must be empty — H5-only code sits behind
// `process.env.TARO_ENV === 'h5'` or in a file with a `*.weapp.ts` counterpart. A fixture built the way Taro
// builds the weapp (its ProvidePlugin stand-ins, TARO_ENV defined) shows the list naming
// a module that uses window.location, and leaving out the guarded one.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import webpack from 'webpack'
import { type BrowserGlobalsReport, BrowserGlobalsPlugin, WEAPP_BROWSER_GLOBALS_REPORT } from '../../config/browserGlobals'
import { DIST, filesUnder } from './weappDist'

/** What Taro's weapp build provides in place of the browser's objects (MiniWebpackPlugin.getProviderPlugin). */
const TARO_PROVIDED = ['window', 'document', 'navigator', 'history', 'location', 'URL']

const FIXTURE: Record<string, string> = {
  'runtime.js': TARO_PROVIDED.map((name) => `export const ${name} = {}`).join('\n'),
  'src/entry.js': [
    "import { here } from './usesLocation'",
    "import { where } from './guarded'",
    "import { remember } from './usesStorage'",
    "import { shadowed } from './shadowed'",
    'globalThis.fixture = [here, where, remember, shadowed]',
  ].join('\n'),
  'src/usesLocation.js': 'export const here = () => window.location.href',
  'src/guarded.js': [
    'export function where() {',
    "  if (process.env.TARO_ENV === 'h5') {",
    '    return document.title + window.location.hash',
    '  }',
    "  return process.env.TARO_ENV === 'h5' ? navigator.userAgent : 'weapp'",
    '}',
  ].join('\n'),
  'src/usesStorage.js': "export const remember = (value) => localStorage.setItem('key', value)",
  'src/shadowed.js': 'export const shadowed = (window) => window.location',
}

function buildFixture(dir: string): Promise<BrowserGlobalsReport> {
  for (const [file, text] of Object.entries(FIXTURE)) {
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true })
    fs.writeFileSync(path.join(dir, file), text)
  }
  const reportFile = path.join(dir, 'report.json')
  const compiler = webpack({
    mode: 'production',
    context: dir,
    entry: './src/entry.js',
    output: { path: path.join(dir, 'out') },
    resolve: { alias: { '@tarojs/runtime': path.join(dir, 'runtime.js') } },
    plugins: [
      new webpack.ProvidePlugin(Object.fromEntries(TARO_PROVIDED.map((name) => [name, ['@tarojs/runtime', name]]))),
      new webpack.DefinePlugin({ 'process.env.TARO_ENV': JSON.stringify('weapp') }),
      new BrowserGlobalsPlugin({ roots: [path.join(dir, 'src')], base: dir, reportFile }),
    ],
  })
  return new Promise((resolve, reject) =>
    compiler.run((error, stats) => {
      if (error || stats?.hasErrors()) return reject(error ?? new Error(stats?.toString()))
      compiler.close(() => resolve(JSON.parse(fs.readFileSync(reportFile, 'utf8'))))
    }),
  )
}

test('no module of ours in the weapp build reaches a browser global', () => {
  expect(fs.existsSync(WEAPP_BROWSER_GLOBALS_REPORT)).toBe(true)
  expect(fs.statSync(WEAPP_BROWSER_GLOBALS_REPORT).mtimeMs).toBeGreaterThanOrEqual(fs.statSync(path.join(DIST, 'app.json')).mtimeMs - 60_000)
  expect(JSON.parse(fs.readFileSync(WEAPP_BROWSER_GLOBALS_REPORT, 'utf8'))).toEqual({})
})

test('the H5-only branches are not in the weapp output at all', () => {
  const scripts = filesUnder(DIST).filter((file) => file.endsWith('.js'))
  // photos.ts opens a photo in a new tab in H5; lib/pageRule.ts names its @page style there
  for (const h5Only of ['noopener', 'print-page-rule']) {
    expect(scripts.filter((file) => fs.readFileSync(file, 'utf8').includes(h5Only)).map((file) => path.relative(DIST, file))).toEqual([])
  }
})

test('a module that uses window.location or localStorage in the weapp is named; guarded and local uses are not', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'browser-globals-'))
  try {
    expect(await buildFixture(dir)).toEqual({ 'src/usesLocation.js': ['window'], 'src/usesStorage.js': ['localStorage'] })
  } finally {
    fs.rmSync(dir, { recursive: true, force: true })
  }
}, 60_000)
