// The H5 board's first screen on a weak phone: the QR code on the 妇女之家 wall opens the
// board, often on an old phone and a slow network, and every round trip costs more there
// than any byte. Three parts of the H5 build serve it:
//  - `boardRouteGroup`: the board route's own code is one chunk (`board`), so opening it
//    costs one script and one stylesheet beside the app's, not thirty small chunks, and no
//    code of the staff, topics, help or appraisal pages;
//  - `FirstScreenPlugin` writes a small script at the top of index.html: when the address
//    opens the board, it asks for that chunk and for the board's data (board.get) at once,
//    while the app's scripts are still on the way, instead of after them. The page takes
//    that answer once, for that code (src/api/firstScreen.ts);
//  - it also writes a brotli and a gzip copy beside every text file, which the local host
//    sends to a browser that accepts them (server/staticFiles.ts).
import { promisify } from 'node:util'
import zlib from 'node:zlib'
import type { ChunkGraph, Compilation, Compiler, Module } from 'webpack'

const PLUGIN = 'FirstScreenPlugin'
// Taro loads only config/ through its TypeScript loader, so these three are written here
// again; test/config/firstScreen.test.ts holds each to its source.
/** the board's page path (types/routes.ts BOARD_PAGE) */
export const BOARD_PAGE = 'pages/board/index'
/** the global the answer is left in (src/api/firstScreen.ts) */
export const FIRST_SCREEN_GLOBAL = '__liangpaiFirstBoard'
/** the dev-login token's storage key (src/api/token.ts): a signed-in page asks with her token, so nothing is asked ahead */
export const TOKEN_KEY = 'liangpai.token'
/** The import Taro's H5 route table makes for the board page (@tarojs/taro-loader's h5 entry). */
const BOARD_ROUTE_REQUEST = `./${BOARD_PAGE}`

const isBoardRoute = (origins: { request: string }[]) => origins.some((origin) => origin.request === BOARD_ROUTE_REQUEST)

/** True for a module the board route loads: it goes into the route's one chunk. */
function inBoardRoute(module: Module, { chunkGraph }: { chunkGraph: ChunkGraph }): boolean {
  for (const chunk of chunkGraph.getModuleChunksIterable(module)) {
    for (const group of chunk.groupsIterable) if (isBoardRoute(group.origins)) return true
  }
  return false
}

/** A splitChunks cache group: every module of the board route in one chunk, whatever other pages share it. */
export const boardRouteGroup = { name: 'board', chunks: 'async' as const, enforce: true, priority: 1000, test: inBoardRoute }

/**
 * Runs as index.html is parsed, before any script of the app (ES5: it runs on any phone).
 * On the board route — or on no route, which Taro opens as the board — it preloads the
 * board route's files; when the address names a board (`scene`, else `code`, read as
 * src/lib/params.ts reads it) and no one is signed in, it asks for that board.
 */
export function firstScreenScript(files: string[]): string {
  return `(function () {
  var hash = location.hash.slice(1), at = hash.indexOf('?')
  var route = (at < 0 ? hash : hash.slice(0, at)).replace(/^\\//, '')
  if (route !== '' && route !== ${JSON.stringify(BOARD_PAGE)}) return
  ${JSON.stringify(files)}.forEach(function (file) {
    var link = document.createElement('link')
    link.rel = 'preload'
    link.as = /\\.css$/.test(file) ? 'style' : 'script'
    link.href = file
    document.head.appendChild(link)
  })
  var params = {}
  ;(at < 0 ? '' : hash.slice(at + 1)).split('&').forEach(function (pair) {
    var eq = pair.indexOf('=')
    if (pair) params[eq < 0 ? pair : pair.slice(0, eq)] = eq < 0 ? '' : pair.slice(eq + 1)
  })
  var raw = params.scene !== undefined ? params.scene : params.code !== undefined ? params.code : ''
  var code
  try { code = decodeURIComponent(raw).trim() } catch (e) { return }
  if (code === '' || code === 'undefined' || !window.fetch || !window.Promise) return
  try { if (localStorage.getItem(${JSON.stringify(TOKEN_KEY)}) !== null) return } catch (e) { return }
  var reply = fetch('/api/board', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ action: 'get', payload: { code: code } }) })
    .then(function (response) { return response.json() })
  reply['catch'](function () {})
  window[${JSON.stringify(FIRST_SCREEN_GLOBAL)}] = { code: code, askedAt: Date.now(), reply: reply }
})()`
}

/** Files worth compressing, and the smallest worth it (below that, headers outweigh the gain). */
const COMPRESSIBLE = /\.(js|css|html|svg|json|txt|map)$/
const MIN_BYTES = 512
const brotli = promisify(zlib.brotliCompress)
const gzip = promisify(zlib.gzip)

export class FirstScreenPlugin {
  apply(compiler: Compiler): void {
    const { Compilation: Stages, sources } = compiler.webpack
    compiler.hooks.thisCompilation.tap(PLUGIN, (compilation) => {
      // after html-webpack-plugin has written index.html (OPTIMIZE_INLINE)
      compilation.hooks.processAssets.tap({ name: PLUGIN, stage: Stages.PROCESS_ASSETS_STAGE_OPTIMIZE_INLINE + 100 }, () => {
        const html = compilation.getAsset('index.html')
        if (!html) return
        const text = html.source.source().toString()
        if (!text.includes('</title>')) throw new Error(`${PLUGIN}: index.html has no </title> to put the first-screen script after`)
        const script = `<script>${firstScreenScript(boardRouteFiles(compilation))}</script>`
        compilation.updateAsset('index.html', new sources.RawSource(text.replace('</title>', `</title>${script}`)))
      })
      // what is served (a production build); a watched development build is only rebuilt
      if (compiler.options.mode !== 'production') return
      compilation.hooks.processAssets.tapPromise({ name: PLUGIN, stage: Stages.PROCESS_ASSETS_STAGE_OPTIMIZE_TRANSFER }, async () => {
        const originals = compilation.getAssets().filter((asset) => COMPRESSIBLE.test(asset.name) && asset.source.size() >= MIN_BYTES)
        await Promise.all(originals.map((asset) => compressBeside(compilation, asset.name, asset.source.buffer(), sources.RawSource)))
      })
    })
  }
}

/** The board route's files (its chunk and stylesheet), as URLs, without the app's own. */
function boardRouteFiles(compilation: Compilation): string[] {
  const group = compilation.chunkGroups.find((candidate) => isBoardRoute(candidate.origins))
  if (!group) throw new Error(`${PLUGIN}: no chunk group loads ${BOARD_ROUTE_REQUEST}`)
  const publicPath = compilation.getPath(compilation.outputOptions.publicPath as string)
  return group.chunks
    .filter((chunk) => !chunk.canBeInitial())
    .flatMap((chunk) => [...chunk.files])
    .filter((file) => /\.(js|css)$/.test(file))
    .map((file) => publicPath + file)
}

type RawSourceClass = Compiler['webpack']['sources']['RawSource']

/** `<file>.br` and `<file>.gz` beside the file, each only when it is smaller. */
async function compressBeside(compilation: Compilation, name: string, bytes: Buffer, RawSource: RawSourceClass): Promise<void> {
  const [br, gz] = await Promise.all([
    brotli(bytes, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: zlib.constants.BROTLI_MAX_QUALITY, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: bytes.length } }),
    gzip(bytes, { level: zlib.constants.Z_BEST_COMPRESSION }),
  ])
  if (br.length < bytes.length) compilation.emitAsset(`${name}.br`, new RawSource(br))
  if (gz.length < bytes.length) compilation.emitAsset(`${name}.gz`, new RawSource(gz))
}
