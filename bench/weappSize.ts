// Benchmark: bytes of the mini-program's main package and of each subpackage, beside a
// bare two-page Taro React app built in the same run with the same toolchain. Budget:
// main package ≤ 1.3 × the bare app (issue 17: only the board's path in the main package),
// and every package under WeChat's 2 MB limit. An earlier run's figures are kept as
// `before` (its own `before` when it kept one), and `changes` (what each change bought) is
// carried over from run to run.
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { systemClock } from '../cloudfunctions/common/time'
import { machine, RESULTS_DIR } from './lib/results'

const ROOT = path.resolve(__dirname, '..')
const MAX_RATIO = 1.3
const MAX_PACKAGE_BYTES = 2 * 1024 * 1024
/** DevTools settings, not part of any uploaded package. */
const NOT_PACKAGED = new Set(['project.config.json', 'project.private.config.json'])

/** The smallest Taro React app: two pages, the default template's settings. */
const BARE_APP: Record<string, string> = {
  'package.json': JSON.stringify({ name: 'bare-taro', private: true, browserslist: ['last 3 versions', 'Android >= 4.1', 'ios >= 8'] }),
  'babel.config.js': "module.exports = { presets: [['taro', { framework: 'react', ts: true, compiler: 'webpack5' }]] }\n",
  'config/index.ts': `export default {
  projectName: 'bare', date: '2025-1-1', designWidth: 750,
  deviceRatio: { 640: 2.34 / 2, 750: 1, 375: 2, 828: 1.81 / 2 },
  sourceRoot: 'src', outputRoot: 'dist', plugins: [], defineConstants: {},
  copy: { patterns: [], options: {} }, framework: 'react', compiler: 'webpack5', cache: { enable: false },
  mini: { postcss: { pxtransform: { enable: true, config: {} }, cssModules: { enable: false } } },
}
`,
  'src/app.config.ts': "export default defineAppConfig({ pages: ['pages/index/index', 'pages/second/index'], window: { navigationBarTitleText: 'Bare' } })\n",
  'src/app.ts': "import type { PropsWithChildren } from 'react'\nimport './app.css'\nexport default function App({ children }: PropsWithChildren) { return children }\n",
  'src/app.css': '.page { padding: 32px; }\n',
  'src/pages/index/index.config.ts': "export default definePageConfig({ navigationBarTitleText: '首页' })\n",
  'src/pages/index/index.tsx': `import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
export default function Index() {
  return <View className='page' onClick={() => Taro.navigateTo({ url: '/pages/second/index' })}><Text>Hello world!</Text></View>
}
`,
  'src/pages/second/index.config.ts': "export default definePageConfig({ navigationBarTitleText: '第二页' })\n",
  'src/pages/second/index.tsx':
    "import { Text, View } from '@tarojs/components'\nexport default function Second() { return <View className='page'><Text>Second page</Text></View> }\n",
}

function buildWeapp(appDir: string): void {
  const started = Date.now()
  const result = spawnSync(path.join(ROOT, 'node_modules', '.bin', 'taro'), ['build', '--type', 'weapp'], {
    cwd: appDir,
    encoding: 'utf8',
    env: { ...process.env, NODE_ENV: 'production' },
  })
  if (result.status !== 0) throw new Error(`taro build --type weapp 失败（${appDir}）：\n${result.stdout}\n${result.stderr}`)
  console.log(`built ${appDir} in ${((Date.now() - started) / 1000).toFixed(1)} s`)
}

function filesUnder(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name)
    return entry.isDirectory() ? filesUnder(full) : [full]
  })
}

interface PackageSizes {
  mainBytes: number
  subpackages: Record<string, number>
  /** the main package's largest files, largest first */
  mainLargest?: Record<string, number>
}

const RESULT_FILE = path.join(RESULTS_DIR, 'weapp-size.json')
const LARGEST_SHOWN = 10

/** The earlier run's figures (its own `before` if it kept one) and its `changes`. */
function earlierRun(): { before?: Record<string, unknown>; changes?: unknown } {
  if (!fs.existsSync(RESULT_FILE)) return {}
  const earlier = JSON.parse(fs.readFileSync(RESULT_FILE, 'utf8')) as Record<string, unknown>
  const before = (earlier.before as Record<string, unknown> | undefined) ?? {
    measuredAt: earlier.measuredAt,
    bare: earlier.bare,
    product: earlier.product,
    ratio: earlier.ratio,
    budget: earlier.budget,
    pass: earlier.pass,
  }
  return { before, changes: earlier.changes }
}

/** Sums every packaged file; a file under a subpackage's root counts for that subpackage. */
export function measurePackages(distDir: string): PackageSizes {
  const app = JSON.parse(fs.readFileSync(path.join(distDir, 'app.json'), 'utf8'))
  const roots: string[] = (app.subPackages ?? app.subpackages ?? []).map((sub: { root: string }) => sub.root.replace(/\/?$/, '/'))
  const sizes: PackageSizes = { mainBytes: 0, subpackages: Object.fromEntries(roots.map((root) => [root, 0])) }
  const mainFiles: [string, number][] = []
  for (const file of filesUnder(distDir)) {
    const relative = path.relative(distDir, file).split(path.sep).join('/')
    if (NOT_PACKAGED.has(relative)) continue
    const bytes = fs.statSync(file).size
    const root = roots.find((candidate) => relative.startsWith(candidate))
    if (root) sizes.subpackages[root] += bytes
    else {
      sizes.mainBytes += bytes
      mainFiles.push([relative, bytes])
    }
  }
  sizes.mainLargest = Object.fromEntries(mainFiles.sort((a, b) => b[1] - a[1]).slice(0, LARGEST_SHOWN))
  return sizes
}

function measureBareApp(): PackageSizes {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bare-taro-'))
  try {
    for (const [file, text] of Object.entries(BARE_APP)) {
      fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true })
      fs.writeFileSync(path.join(dir, file), text)
    }
    fs.symlinkSync(path.join(ROOT, 'node_modules'), path.join(dir, 'node_modules'), 'dir')
    buildWeapp(dir)
    return measurePackages(path.join(dir, 'dist'))
  } finally {
    fs.rmSync(dir, { recursive: true, force: true })
  }
}

export async function run(): Promise<void> {
  const { before, changes } = earlierRun()
  const bare = measureBareApp()
  buildWeapp(ROOT)
  const product = measurePackages(path.join(ROOT, 'dist', 'weapp'))
  const ratio = Number((product.mainBytes / bare.mainBytes).toFixed(3))
  const largest = Math.max(product.mainBytes, ...Object.values(product.subpackages))
  const pass = ratio <= MAX_RATIO && largest < MAX_PACKAGE_BYTES
  const result = {
    name: 'weapp-size',
    measuredAt: systemClock.now().toISOString(),
    machine: machine(),
    parameters: {
      build: 'taro build --type weapp (production), one after the other',
      bare: 'two pages, default Taro React template settings, same node_modules',
      counted: 'every file of dist/weapp except project.config.json; files under a subpackage root count for that subpackage',
    },
    bare: { mainBytes: bare.mainBytes, mainLargest: bare.mainLargest },
    product,
    ratio,
    budget: {
      rule: `主包 ≤ ${MAX_RATIO} × 空白两页 Taro 应用，且每个包 < 2 MB`,
      maxRatio: MAX_RATIO,
      maxPackageBytes: MAX_PACKAGE_BYTES,
    },
    pass,
    before,
    changes,
  }
  fs.mkdirSync(RESULTS_DIR, { recursive: true })
  const file = RESULT_FILE
  fs.writeFileSync(file, `${JSON.stringify(result, null, 2)}\n`)
  console.log(`weapp-size: 主包 ${product.mainBytes} B，空白应用 ${bare.mainBytes} B，比值 ${ratio}：${pass ? '达标' : '未达标'}（${result.budget.rule}）`)
}
