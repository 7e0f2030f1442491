// WeChat's own compile and code-quality check of a built mini-program, offline:
// `tsx scripts/check-weapp.ts [dist/weapp] [--json result.json]`. Prints the 代码质量
// table and exits 1 when the compile fails or an item does not pass. The build tests
// run it as a child process (miniprogram-ci keeps file watchers open until exit).
import fs from 'node:fs'
import path from 'node:path'
import { checkQuality, compileProject, offlineProject, QUALITY_ITEMS, type QualityItem } from './lib/wechatCi'

export interface WeappCheck {
  compile: { ok: true; files: number } | { ok: false; error: string }
  quality: QualityItem[]
}

async function check(projectPath: string): Promise<WeappCheck> {
  const project = offlineProject(projectPath)
  const quality = await checkQuality(project)
  try {
    return { compile: { ok: true, files: await compileProject(project, projectPath) }, quality }
  } catch (error) {
    return { compile: { ok: false, error: error instanceof Error ? error.message : String(error) }, quality }
  }
}

async function main(): Promise<void> {
  const args = process.argv.slice(2)
  const jsonAt = args.indexOf('--json')
  const jsonFile = jsonAt >= 0 ? args.splice(jsonAt, 2)[1] : undefined
  const projectPath = path.resolve(args[0] ?? 'dist/weapp')
  const result = await check(projectPath)
  if (jsonFile) fs.writeFileSync(jsonFile, JSON.stringify(result, null, 2))
  console.log(result.compile.ok ? `\nWeChat compile: ${result.compile.files} files` : `\nWeChat compile failed: ${result.compile.error}`)
  // an item's text describes the problem it looks for, so it is shown only where one was found
  for (const item of result.quality) console.log(item.success ? `pass  ${item.name}` : `FAIL  ${item.name}  ${item.text}`)
  const passed = QUALITY_ITEMS.filter((name) => result.quality.some((item) => item.name === name && item.success))
  console.log(`代码质量 ${passed.length}/${QUALITY_ITEMS.length}`)
  process.exit(result.compile.ok && passed.length === QUALITY_ITEMS.length ? 0 : 1)
}

main().catch((error) => {
  console.error(error)
  process.exit(1)
})
