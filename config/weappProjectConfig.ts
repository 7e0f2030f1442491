// Taro copies project.config.json into dist/weapp with miniprogramRoot "./" but keeps
// cloudfunctionRoot as written for the repository root. Point it at the functions
// beside dist/weapp, so opening either the repository or dist/weapp in WeChat
// DevTools finds both the mini-program and its cloud functions. miniprogramRoot is
// left out (the folder itself, DevTools' default): with "./" WeChat's compile
// (miniprogram-ci) cannot find app.json to work out which files are unused, and
// `ignoreUploadUnusedFiles` then leaves them in the upload.
import fs from 'node:fs'
import path from 'node:path'
import type { IPluginContext } from '@tarojs/service'

export default (ctx: IPluginContext) => {
  ctx.onBuildComplete(() => {
    if (process.env.TARO_ENV !== 'weapp') return
    const file = path.join(ctx.paths.outputPath, 'project.config.json')
    if (!fs.existsSync(file)) return
    const config = JSON.parse(fs.readFileSync(file, 'utf8'))
    delete config.miniprogramRoot
    config.cloudfunctionRoot = '../cloudfunctions/'
    fs.writeFileSync(file, `${JSON.stringify(config, null, 2)}\n`)
  })
}
