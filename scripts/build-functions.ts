// `npm run build:functions`: bundles each cloud function into one CommonJS file that
// WeChat can upload as is. Everything but wx-server-sdk (installed in the cloud,
// "云端安装依赖") is inside the bundle, so each upload is index.js, package.json and
// config.json: dist/cloudfunctions/<fn>/.
import { build, type BuildOptions, type Metafile, type Plugin } from 'esbuild'
import fs from 'node:fs'
import path from 'node:path'

const ROOT = path.resolve(__dirname, '..')
const SOURCE_DIR = path.join(ROOT, 'cloudfunctions')
/**
 * Code bundled into the functions that import it, never deployed on its own: `common`
 * (machinery) and `shared` (domain code several functions apply).
 */
const SHARED = ['common', 'shared']
const SDK = 'wx-server-sdk'

export interface BuiltFunction {
  name: string
  dir: string
  bytes: number
  /** every file in the bundle, relative to the repository (packages under node_modules/) */
  sources: string[]
  /** the files of `sources` that put code in index.js (the others were read, and left out as unused) */
  included: string[]
  /** bytes of index.js each source gave, a package's files summed under its name (`pkg:zod`) */
  contributions: Record<string, number>
}

/** Sums the output bytes of each source file of a bundle, a package's files under the package. */
export function contributionsOf(metafile: Metafile): Record<string, number> {
  const sums: Record<string, number> = {}
  for (const output of Object.values(metafile.outputs)) {
    for (const [file, { bytesInOutput }] of Object.entries(output.inputs)) {
      const packages = file.match(/node_modules\/(@[^/]+\/)?[^/]+/g)
      const key = packages ? `pkg:${packages[packages.length - 1].slice('node_modules/'.length)}` : file
      sums[key] = (sums[key] ?? 0) + bytesInOutput
    }
  }
  return Object.fromEntries(Object.entries(sums).sort(([, a], [, b]) => b - a))
}

/** Function folders: every cloudfunctions/<fn>/ with an index.ts, except the shared code. */
export function functionNames(sourceDir = SOURCE_DIR): string[] {
  return fs
    .readdirSync(sourceDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && !SHARED.includes(entry.name) && fs.existsSync(path.join(sourceDir, entry.name, 'index.ts')))
    .map((entry) => entry.name)
    .sort()
}

function rootPackage(): { version: string; dependencies: Record<string, string> } {
  return JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'))
}

const CONTRACT_DIR = path.join(ROOT, 'types') + path.sep

/**
 * The contract (types/) only declares schemas and constants: a file of it none of whose
 * exports a function uses is left out, even when imported through types/index.ts. So a
 * function bundles the schemas of its own actions and what they are built from, not every
 * function's. (Code outside types/ keeps its imports: common/validation.ts sets zod's
 * Chinese messages, common/time.ts extends dayjs.)
 */
const contractWithoutSideEffects: Plugin = {
  name: 'contract-without-side-effects',
  setup(build) {
    // resolved here, not through build.resolve: a nested resolve per import made a build of all the
    // functions take minutes. A contract file is always a .ts file, or a folder's index.ts.
    build.onResolve({ filter: /^\.\.?\// }, (args) => {
      if (args.importer.includes(`${path.sep}node_modules${path.sep}`)) return undefined
      const target = path.resolve(args.resolveDir, args.path)
      if (!`${target}${path.sep}`.startsWith(CONTRACT_DIR)) return undefined
      const file = [`${target}.ts`, path.join(target, 'index.ts'), target].find((candidate) => fs.existsSync(candidate) && fs.statSync(candidate).isFile())
      return file ? { path: file, sideEffects: false } : undefined
    })
  },
}

/** How every function is bundled (the functions benchmark bundles its empty function with the same). */
export function bundleOptions(entry: string, outfile: string): BuildOptions & { metafile: true } {
  return {
    absWorkingDir: ROOT,
    entryPoints: [entry],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node16',
    external: [SDK],
    // Minified: an instance loads less (cold start) and the upload is smaller. Function and
    // class names are kept, so the stacks the cloud console logs still name them.
    minify: true,
    keepNames: true,
    logLevel: 'warning',
    metafile: true,
    plugins: [contractWithoutSideEffects],
  }
}

async function buildOne(name: string, outDir: string): Promise<BuiltFunction> {
  const source = path.join(SOURCE_DIR, name)
  const configPath = path.join(source, 'config.json')
  if (!fs.existsSync(configPath)) throw new Error(`cloudfunctions/${name}/config.json is missing (it lists the open APIs the function calls)`)
  const dir = path.join(outDir, name)
  fs.rmSync(dir, { recursive: true, force: true })
  const result = await build(bundleOptions(path.join(source, 'index.ts'), path.join(dir, 'index.js')))
  const root = rootPackage()
  const manifest = { name, version: root.version, main: 'index.js', dependencies: { [SDK]: root.dependencies[SDK] } }
  fs.writeFileSync(path.join(dir, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`)
  fs.copyFileSync(configPath, path.join(dir, 'config.json'))
  return {
    name,
    dir,
    bytes: fs.statSync(path.join(dir, 'index.js')).size,
    sources: Object.keys(result.metafile.inputs).sort(),
    included: Object.values(result.metafile.outputs)
      .flatMap((output) => Object.entries(output.inputs).filter(([, { bytesInOutput }]) => bytesInOutput > 0))
      .map(([file]) => file)
      .sort(),
    contributions: contributionsOf(result.metafile),
  }
}

/** Builds every function into `outDir` (default dist/cloudfunctions). */
export async function buildFunctions(outDir = path.join(ROOT, 'dist', 'cloudfunctions')): Promise<BuiltFunction[]> {
  const built: BuiltFunction[] = []
  for (const name of functionNames()) built.push(await buildOne(name, outDir))
  return built
}

if (require.main === module) {
  buildFunctions()
    .then((built) => {
      for (const fn of built) {
        console.log(`${fn.name.padEnd(12)} ${path.relative(ROOT, fn.dir)}/index.js  ${(fn.bytes / 1024).toFixed(1)} KB`)
      }
    })
    .catch((error: unknown) => {
      console.error(error instanceof Error ? error.message : error)
      process.exit(1)
    })
}
