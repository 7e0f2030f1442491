// Who deploys, and where: the AppID, the code upload key, the cloud environment and the
// AppSecret come from the environment of the machine that deploys, never from the
// repository. A missing one stops the deploy before anything is built or sent.
import fs from 'node:fs'

export interface DeployCredentials {
  appid: string
  /** the code upload key's text, or the path of its file (exactly one of the two) */
  privateKey?: string
  privateKeyPath?: string
  cloudEnv: string
  /** for the database's HTTP API (access_token): creating collections and indexes */
  appSecret: string
}

export class DeployEnvError extends Error {}

const NEEDED: { name: string; zh: string; en: string }[] = [
  { name: 'WECHAT_APPID', zh: '小程序 AppID', en: "the mini-program's AppID" },
  { name: 'CLOUD_ENV', zh: '云开发环境 ID', en: 'the cloud environment id' },
  { name: 'WECHAT_APPSECRET', zh: '小程序 AppSecret，建集合和索引用', en: "the mini-program's AppSecret, for creating collections and indexes" },
]

const missingLine = (name: string, zh: string, en: string) => `缺少环境变量 ${name}（${zh}）/ missing environment variable ${name} (${en})`

export function readCredentials(env: NodeJS.ProcessEnv): DeployCredentials {
  const value = (name: string) => env[name]?.trim() || undefined
  const problems = NEEDED.filter((needed) => !value(needed.name)).map((needed) => missingLine(needed.name, needed.zh, needed.en))
  // A key kept in a CI secret often arrives on one line, its line breaks written as \n.
  const privateKey = value('WECHAT_UPLOAD_KEY')?.replace(/\\n/g, '\n')
  const privateKeyPath = value('WECHAT_UPLOAD_KEY_PATH')
  if (!privateKey && !privateKeyPath) {
    problems.push(
      '缺少环境变量 WECHAT_UPLOAD_KEY 或 WECHAT_UPLOAD_KEY_PATH（小程序代码上传密钥的内容或文件路径）/ missing environment variable WECHAT_UPLOAD_KEY (the code upload key) or WECHAT_UPLOAD_KEY_PATH (its file)',
    )
  } else if (!privateKey && privateKeyPath && !fs.existsSync(privateKeyPath)) {
    problems.push(`WECHAT_UPLOAD_KEY_PATH 指向的文件不存在：${privateKeyPath} / WECHAT_UPLOAD_KEY_PATH names no file: ${privateKeyPath}`)
  }
  if (problems.length) throw new DeployEnvError(problems.join('\n'))
  return {
    appid: value('WECHAT_APPID')!,
    ...(privateKey ? { privateKey } : { privateKeyPath }),
    cloudEnv: value('CLOUD_ENV')!,
    appSecret: value('WECHAT_APPSECRET')!,
  }
}
