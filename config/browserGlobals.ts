// The mini-program has no browser: no window, no document, no localStorage. Taro's
// ProvidePlugin stands its own small objects in for `window`, `document`, `location`,
// `navigator` and `history`, so code of ours that reaches them builds without a word and
// then does nothing, or throws, on a phone. This webpack plugin lists, for every module
// of ours (src/, types/) that the weapp build bundles, the browser globals its code
// reaches, and writes the list beside the output, where the build test reads it.
//
// "Reaches" is what webpack's parser walks: a branch under a constant condition such as
// `if (process.env.TARO_ENV === 'h5') { … }` or `process.env.TARO_ENV === 'h5' ? … : …` is
// skipped (and dropped from the output), while code after an early
// `if (process.env.TARO_ENV !== 'h5') return` still counts. H5-only code therefore
// sits inside such a branch, or in a file whose mini-program counterpart is beside it as
// `*.weapp.ts` (Taro builds the weapp with that one, e.g. src/help/lib/safety.weapp.ts).
import fs from 'node:fs'
import path from 'node:path'
import type { Compiler, Module, NormalModule } from 'webpack'

/** Browser objects that do not exist, or exist only as Taro's stand-ins, in the mini-program. */
export const BROWSER_GLOBALS = ['window', 'document', 'location', 'navigator', 'history', 'localStorage', 'sessionStorage', 'HTMLElement', 'Image', 'Blob'] as const

/** Where the weapp build writes its report: beside dist/weapp, so it is never uploaded. */
export const WEAPP_BROWSER_GLOBALS_REPORT = path.resolve(__dirname, '..', 'dist', 'weapp-browser-globals.json')

/** Module (relative to the project) → the browser globals its bundled code reaches. */
export type BrowserGlobalsReport = Record<string, string[]>

export interface BrowserGlobalsOptions {
  /** the folders whose modules are ours */
  roots: string[]
  /** paths in the report are relative to this folder */
  base: string
  /** where the report is written */
  reportFile: string
}

const PLUGIN = 'BrowserGlobalsPlugin'
const PARSERS = ['javascript/auto', 'javascript/esm', 'javascript/dynamic']

export class BrowserGlobalsPlugin {
  constructor(private readonly options: BrowserGlobalsOptions) {}

  private ours(module: Module): string | null {
    const resource = (module as NormalModule).resource
    if (!resource || resource.includes(`${path.sep}node_modules${path.sep}`)) return null
    return this.options.roots.some((root) => resource.startsWith(`${root}${path.sep}`)) ? resource : null
  }

  apply(compiler: Compiler): void {
    const reached = new Map<string, Set<string>>()
    const record = (resource: string, name: string) => reached.set(resource, (reached.get(resource) ?? new Set()).add(name))

    compiler.hooks.normalModuleFactory.tap(PLUGIN, (factory) => {
      for (const type of PARSERS) {
        factory.hooks.parser.for(type).tap(PLUGIN, (parser) => {
          for (const name of BROWSER_GLOBALS) {
            const seen = () => {
              const resource = this.ours(parser.state.module)
              if (resource) record(resource, name)
              return undefined
            }
            // ahead of ProvidePlugin, which answers these names and stops the hook; each
            // shape of use has its own hook (`window`, `window.a`, `f()`, `o.f()`, `new C()`)
            const tap = { name: PLUGIN, stage: -100 }
            for (const hook of [parser.hooks.expression, parser.hooks.expressionMemberChain, parser.hooks.call, parser.hooks.callMemberChain, parser.hooks.new]) {
              hook.for(name).tap(tap, seen)
            }
          }
        })
      }
    })

    compiler.hooks.thisCompilation.tap(PLUGIN, (compilation) => {
      compilation.hooks.afterChunks.tap(PLUGIN, () => {
        const report: BrowserGlobalsReport = {}
        for (const module of compilation.modules) {
          const resource = this.ours(module)
          if (!resource || compilation.chunkGraph.getNumberOfModuleChunks(module) === 0) continue
          const names = reached.get(resource)
          if (names?.size) report[path.relative(this.options.base, resource).split(path.sep).join('/')] = [...names].sort()
        }
        fs.mkdirSync(path.dirname(this.options.reportFile), { recursive: true })
        fs.writeFileSync(this.options.reportFile, `${JSON.stringify(report, null, 2)}\n`)
      })
    })
  }
}
