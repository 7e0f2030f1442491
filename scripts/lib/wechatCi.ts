// WeChat's own pipeline (miniprogram-ci, the module extracted from DevTools) on a built
// mini-program, offline: no AppID, no upload key, no network. The project's `attr` —
// what WeChat's servers would say about the AppID — is answered here with the limits of
// an ordinary mini-program, which is all the compile and the code-quality check read.
// An upload (scripts/deploy.ts) builds its own Project with the real AppID and key.
//
// miniprogram-ci keeps watching the project's files once it has looked at them: a
// process that uses it must exit explicitly (scripts/check-weapp.ts does).
import fs from 'node:fs'
import path from 'node:path'
import * as ci from 'miniprogram-ci'

type CompileSetting = NonNullable<Parameters<typeof ci.getCompiledResult>[0]['setting']>

/** What WeChat's servers answer for an ordinary mini-program (package limits in MB, tab bar counts). */
const OFFLINE_ATTR = {
  platform: false,
  appType: 0,
  isSandBox: false,
  released: false,
  gameApp: false,
  setting: {
    MaxCodeSize: 2,
    MaxSubpackageSubCodeSize: 2,
    MaxSubpackageFullCodeSize: 20,
    NavigateMiniprogramLimit: 10,
    MaxSubPackageLimit: 100,
    MinTabbarCount: 2,
    MaxTabbarCount: 5,
    MaxCustomTabbarCount: 5,
    MaxTabbarIconSize: 40,
  },
}

/** A placeholder AppID of the right shape: the offline project never shows it to WeChat. */
const OFFLINE_APPID = 'wx0000000000000000'

/** The mini-program at `projectPath` (a built dist/weapp) as WeChat's pipeline sees it, without network. */
export function offlineProject(projectPath: string): ci.Project {
  const project = new ci.Project({ appid: OFFLINE_APPID, type: 'miniProgram', projectPath: path.resolve(projectPath), privateKey: 'offline' })
  project.attr = async () => OFFLINE_ATTR
  return project
}

/** The items of DevTools' 代码质量 panel, as checkCodeQuality names them. */
export const QUALITY_ITEMS = [
  'PACKAGE_SIZE_LIMIT',
  'JS_COMPRESS_OPEN',
  'WXML_COMPRESS_OPEN',
  'WXSS_COMPRESS_OPEN',
  'LAZYCODE_LOADING_OPEN',
  'IMAGE_AND_AUDIO_LIMIT',
  'CONTAINS_OTHER_PKG_JS',
  'CONTAINS_OTHER_PKG_COMPONENTS',
  'CONTAINS_UNUSED_PLUGINS',
  'CONTAINS_UNUSED_COMPONENTS',
  'CONTAINS_UNUSED_CODES',
] as const

/**
 * The compile settings an upload uses, from the project's own project.config.json (the
 * compression DevTools applies when the box is ticked there).
 */
export function compileSetting(projectPath: string): CompileSetting {
  const { setting = {} } = JSON.parse(fs.readFileSync(path.join(projectPath, 'project.config.json'), 'utf8'))
  return { es6: Boolean(setting.es6), minifyJS: Boolean(setting.minified), minifyWXML: Boolean(setting.minifyWXML), minifyWXSS: Boolean(setting.minifyWXSS) }
}

export interface QualityItem {
  name: string
  success: boolean
  text: string
}

/** DevTools' 代码质量 check: one item per QUALITY_ITEMS name. */
export async function checkQuality(project: ci.Project): Promise<QualityItem[]> {
  const items = await ci.checkCodeQuality(project)
  return items.map((item) => ({ name: String(item.name), success: item.success === true, text: String(item.text) }))
}

/** The compile an upload does; rejects with WeChat's message when a file does not compile. Answers the number of files it produced. */
export async function compileProject(project: ci.Project, projectPath: string): Promise<number> {
  // `version` names an upload; the compile does not read it
  const files = await ci.getCompiledResult({ project, version: '0.0.0', setting: compileSetting(projectPath) })
  return Object.keys(files).length
}
