// `npm run bench [-- only=<name>[,<name>]]`: runs the benchmarks one after another;
// each writes bench/results/<name>.json. Exits non-zero when one fails to run or
// misses its budget.
import fs from 'node:fs'
import path from 'node:path'
import { RESULTS_DIR } from './lib/results'

interface Bench {
  run(): Promise<void>
}

/** Loaded on demand, so that one benchmark's tools are not needed to run another. */
const BENCHES: Record<string, () => Promise<Bench>> = {
  board: () => import('./board'),
  topics: () => import('./topics'),
  requests: () => import('./requests'),
  'h5-first-screen': () => import('./h5FirstScreen'),
  'weapp-size': () => import('./weappSize'),
  'image-stall': () => import('./imageStall'),
  duty: () => import('./duty'),
  reports: () => import('./reports'),
  functions: () => import('./functions'),
  year: () => import('./year'),
}

function selected(argv: string[]): string[] {
  const only = argv.find((arg) => /^(--)?only=/.test(arg))
  if (!only) return Object.keys(BENCHES)
  const names = only
    .replace(/^(--)?only=/, '')
    .split(',')
    .filter(Boolean)
  const unknown = names.filter((name) => !(name in BENCHES))
  if (unknown.length > 0) throw new Error(`没有名为「${unknown.join('、')}」的基准测试。可选：${Object.keys(BENCHES).join('、')}`)
  return names
}

function passed(name: string): boolean {
  const file = path.join(RESULTS_DIR, `${name}.json`)
  return fs.existsSync(file) && (JSON.parse(fs.readFileSync(file, 'utf8')) as { pass?: boolean }).pass === true
}

async function main(): Promise<void> {
  const failures: string[] = []
  for (const name of selected(process.argv.slice(2))) {
    console.log(`\n== ${name} ==`)
    const resultFile = path.join(RESULTS_DIR, `${name}.json`)
    const before = fs.existsSync(resultFile) ? fs.statSync(resultFile).mtimeMs : 0
    try {
      await (await BENCHES[name]()).run()
      const written = fs.existsSync(resultFile) && fs.statSync(resultFile).mtimeMs > before
      if (!written || !passed(name)) failures.push(written ? `${name}（未达标）` : `${name}（没有写出结果）`)
    } catch (error) {
      console.error(`${name} 运行失败：`, error instanceof Error ? error.message : error)
      failures.push(`${name}（运行失败）`)
    }
  }
  if (failures.length > 0) {
    console.error(`\n未通过：${failures.join('、')}`)
    process.exitCode = 1
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error)
  process.exitCode = 1
})
