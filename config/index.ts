// Taro build configuration: one source tree, built to the WeChat mini-program
// (dist/weapp) and to H5 (dist/h5, served by the local host).
import path from 'node:path'
import { defineConfig, type UserConfigExport } from '@tarojs/cli'
import { BrowserGlobalsPlugin, WEAPP_BROWSER_GLOBALS_REPORT } from './browserGlobals'
import { boardRouteGroup, FirstScreenPlugin } from './firstScreen'
import devConfig from './dev'
import prodConfig from './prod'

const ROOT = path.resolve(__dirname, '..')
/** The shared contract lives outside src/ and must be transpiled too. */
const compile = { include: [path.join(ROOT, 'types')] }
/**
 * The `resident` subpackage's pages (types/routes.ts RESIDENT_PAGE_NAMES; Taro loads this
 * file with no TypeScript for imports outside config/): H5 keeps showing each at the path it
 * had in the main package, `#/pages/<name>/index` (src/lib/formerPages.ts).
 */
const RESIDENT_PAGE_NAMES = ['find-member', 'member', 'search', 'me', 'messages', 'tips']
const residentRoutes = Object.fromEntries(RESIDENT_PAGE_NAMES.map((name) => [`/resident/pages/${name}/index`, `/pages/${name}/index`]))

export default defineConfig<'webpack5'>(async (merge) => {
  const baseConfig: UserConfigExport<'webpack5'> = {
    projectName: 'liangpai',
    date: '2025-11-23',
    designWidth: 750,
    deviceRatio: { 640: 2.34 / 2, 750: 1, 375: 2, 828: 1.81 / 2 },
    sourceRoot: 'src',
    outputRoot: `dist/${process.env.TARO_ENV}`,
    plugins: [path.resolve(__dirname, 'weappProjectConfig.ts')],
    env: {
      // Defined even when unset: the mini-program runtime has no `process` to read.
      TARO_APP_CLOUD_ENV: JSON.stringify(process.env.TARO_APP_CLOUD_ENV ?? ''),
      // Subscription-message template ids, asked for at a tap (src/lib/subscribe.ts): the same
      // values as the functions' TEMPLATE_ID_*, which they default to when built in one shell.
      TARO_APP_TEMPLATE_ID_TOPIC_PROGRESS: JSON.stringify(process.env.TARO_APP_TEMPLATE_ID_TOPIC_PROGRESS ?? process.env.TEMPLATE_ID_TOPIC_PROGRESS ?? ''),
      TARO_APP_TEMPLATE_ID_REQUEST_PROGRESS: JSON.stringify(process.env.TARO_APP_TEMPLATE_ID_REQUEST_PROGRESS ?? process.env.TEMPLATE_ID_REQUEST_PROGRESS ?? ''),
      TARO_APP_TEMPLATE_ID_MEETING_CHANGE: JSON.stringify(process.env.TARO_APP_TEMPLATE_ID_MEETING_CHANGE ?? process.env.TEMPLATE_ID_MEETING_CHANGE ?? ''),
    },
    defineConstants: {},
    copy: {
      // WeChat reads which pages its search may index from sitemap.json (app.config's sitemapLocation)
      patterns: process.env.TARO_ENV === 'weapp' ? [{ from: 'src/sitemap.json', to: 'dist/weapp/sitemap.json' }] : [],
      options: {},
    },
    framework: 'react',
    compiler: 'webpack5',
    cache: { enable: false },
    mini: {
      compile,
      optimizeMainPackage: { enable: true },
      postcss: {
        pxtransform: { enable: true, config: {} },
        cssModules: { enable: false },
      },
      miniCssExtractPluginOption: { ignoreOrder: true },
      webpackChain(chain) {
        const options = { roots: [path.join(ROOT, 'src'), path.join(ROOT, 'types')], base: ROOT, reportFile: WEAPP_BROWSER_GLOBALS_REPORT }
        chain.plugin('browserGlobals').use(BrowserGlobalsPlugin, [options])
      },
    },
    h5: {
      compile,
      publicPath: '/',
      staticDirectory: 'static',
      router: { mode: 'hash', customRoutes: residentRoutes },
      output: {
        filename: 'js/[name].[contenthash:8].js',
        chunkFilename: 'js/[name].[contenthash:8].js',
      },
      miniCssExtractPluginOption: {
        ignoreOrder: true,
        filename: 'css/[name].[contenthash:8].css',
        chunkFilename: 'css/[name].[contenthash:8].css',
      },
      postcss: {
        autoprefixer: { enable: true, config: {} },
        cssModules: { enable: false },
      },
      webpackChain(chain) {
        // Page chunks load on demand; without this each one carries its own copy of
        // the component library and the shared modules. The board route is one chunk of
        // its own, asked for by index.html with the board's data (firstScreen.ts).
        const splitChunks = chain.optimization.get('splitChunks')
        chain.optimization.splitChunks({ ...splitChunks, chunks: 'all', cacheGroups: { ...splitChunks.cacheGroups, board: boardRouteGroup } })
        chain.plugin('firstScreen').use(FirstScreenPlugin)
      },
    },
  }
  return merge({}, baseConfig, process.env.NODE_ENV === 'development' ? devConfig : prodConfig)
})
