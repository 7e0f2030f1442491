// What `npm run deploy` puts on WeChat cloud, worked out from the code alone: every cloud
// function with its config.json (open APIs, timer triggers) and the settings the console
// must hold, every collection of the store and every index it declares, and the
// mini-program version. A pure function of the repository, so `--dry-run` prints it with
// no key and no network, and the tests compare it with the code.
import fs from 'node:fs'
import path from 'node:path'
import { execFileSync } from 'node:child_process'
import { COLLECTIONS } from '../../cloudfunctions/common/store/port'
import { INDEXES, type IndexDeclaration } from '../../cloudfunctions/common/store/indexes'
import { templateEnvName } from '../../cloudfunctions/common/ports/wechatNotify'
import { functionNames } from '../build-functions'

export interface TimerTrigger {
  name: string
  type: string
  /** WeChat's seven-field cron: second minute hour day month weekday year */
  config: string
}

export interface FunctionEnvVariable {
  name: string
  required: boolean
  meaning: string
}

/** A function's settings in the cloud, applied after its upload (scripts/lib/functionSettings.ts). */
export interface FunctionSettings {
  /** the bundle targets Node 16 (scripts/build-functions.ts) */
  runtime: string
  timeoutSeconds: number
  memoryMB: number
  env: FunctionEnvVariable[]
}

export interface FunctionPlan {
  name: string
  /** the folder uploaded, relative to the repository */
  dir: string
  openapi: string[]
  triggers: TimerTrigger[]
  settings: FunctionSettings
}

export interface IndexKey {
  name: string
  direction: '1' | '-1'
}

export interface IndexPlan {
  collection: string
  name: string
  unique: boolean
  keys: IndexKey[]
  serves: string
}

export interface CollectionPlan {
  name: string
  indexes: IndexPlan[]
}

export interface MiniProgramPlan {
  /** the folder uploaded, relative to the repository */
  projectPath: string
  version: string
  description: string
}

export interface DeployPlan {
  functions: FunctionPlan[]
  collections: CollectionPlan[]
  miniProgram: MiniProgramPlan
}

export interface Release {
  version: string
  description: string
}

const RUNTIME = 'Nodejs16.13'
/** A subscription template's id, in the variable the function reads (common/ports/wechatNotify.ts). */
const templateVariable = (template: string): FunctionEnvVariable => ({
  name: templateEnvName(template),
  required: false,
  meaning: `subscription-message template id of "${template}"; without it no message is sent and the function logs why`,
})

/**
 * One row per cloud function; a function without a row stops the plan, so a new
 * function cannot be deployed with settings nobody chose. The template variables are
 * not listed here: they are read from the function's code (templatesOf).
 */
export const FUNCTION_SETTINGS: Record<string, FunctionSettings> = {
  board: { runtime: RUNTIME, timeoutSeconds: 3, memoryMB: 256, env: [] },
  org: {
    runtime: RUNTIME,
    // decoding a 12-megapixel JPEG takes ≈ 230 MB and ≈ 2.4 s (README, function settings)
    timeoutSeconds: 10,
    memoryMB: 512,
    env: [
      { name: 'WXACODE_ENV_VERSION', required: false, meaning: '`trial` or `develop`: printed mini-program codes open that version' },
      {
        name: 'LIANGPAI_REQUEST_KEY',
        required: true,
        meaning: 'the same key as `requests`: seals the women’s names a member writes in her 履职 entries, and the key of an open 述职评议 round’s one-time codes',
      },
    ],
  },
  topics: { runtime: RUNTIME, timeoutSeconds: 5, memoryMB: 256, env: [] },
  requests: {
    runtime: RUNTIME,
    timeoutSeconds: 10,
    memoryMB: 256,
    env: [
      { name: 'LIANGPAI_REQUEST_KEY', required: true, meaning: 'base64 of the 32-byte key sealing help requests; without it no request is stored or read' },
      { name: 'LIANGPAI_RETENTION_DAYS', required: false, meaning: 'days after closure when a help request is anonymised (default 1095)' },
    ],
  },
  /** a year's 台账 of a large federation is written in one call: it is given the time and memory for it */
  reports: { runtime: RUNTIME, timeoutSeconds: 60, memoryMB: 512, env: [] },
}

interface FunctionConfigJson {
  permissions?: { openapi?: string[] }
  triggers?: TimerTrigger[]
}

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name)
    if (entry.isDirectory()) return sourceFiles(file)
    return entry.name.endsWith('.ts') ? [file] : []
  })
}

/**
 * The subscription templates a function sends, read from its code: every `template:`
 * given as a string or as an UPPER_CASE constant holding one in the same file. In a file
 * that sends (calls notifyUser) any other form stops the plan, and so does a constant
 * defined elsewhere: no template goes undeployed unnoticed.
 */
export function templatesOf(root: string, name: string): string[] {
  const templates = new Set<string>()
  for (const file of sourceFiles(path.join(root, 'cloudfunctions', name))) {
    const text = fs.readFileSync(file, 'utf8')
    const sends = text.includes('notifyUser(')
    for (const [, given] of text.matchAll(/\btemplate:\s*([^\s,}]+)/g)) {
      if (sends && !/^('[A-Za-z]\w*'|[A-Z][A-Z0-9_]*)$/.test(given)) {
        throw new Error(`${path.relative(root, file)}: template ${given} is worked out at run time, so the deploy cannot name its variable: use a string constant`)
      }
    }
    for (const [, template] of text.matchAll(/\btemplate:\s*'([A-Za-z]\w*)'/g)) templates.add(template)
    for (const [, constant] of text.matchAll(/\btemplate:\s*([A-Z][A-Z0-9_]*)\b/g)) {
      const defined = new RegExp(`\\bconst ${constant}\\s*=\\s*'([A-Za-z]\\w*)'`).exec(text)
      if (!defined) throw new Error(`${path.relative(root, file)}: template ${constant} is not a string constant of this file, so the deploy cannot name its variable`)
      templates.add(defined[1])
    }
  }
  return [...templates].sort()
}

function functionPlan(root: string, name: string): FunctionPlan {
  const settings = FUNCTION_SETTINGS[name]
  if (!settings) throw new Error(`cloudfunctions/${name} has no row in FUNCTION_SETTINGS (scripts/lib/deployPlan.ts): say its runtime, timeout, memory and variables first`)
  const config = JSON.parse(fs.readFileSync(path.join(root, 'cloudfunctions', name, 'config.json'), 'utf8')) as FunctionConfigJson
  const triggers = config.triggers ?? []
  for (const trigger of triggers) {
    if (trigger.type !== 'timer' || !trigger.name || trigger.config.trim().split(/\s+/).length !== 7) {
      throw new Error(`cloudfunctions/${name}/config.json: trigger ${JSON.stringify(trigger)} is not a timer with a seven-field cron`)
    }
  }
  const withTemplates = { ...settings, env: [...settings.env, ...templatesOf(root, name).map(templateVariable)] }
  return { name, dir: `dist/cloudfunctions/${name}`, openapi: config.permissions?.openapi ?? [], triggers, settings: withTemplates }
}

/**
 * INDEXES declares fields without a direction. Every list query filters by equality on
 * the leading fields and sorts on the last one (and `_id`) in a single direction, which
 * the database serves from an ascending index read either way; so every key is "1".
 */
function indexPlan(index: IndexDeclaration): IndexPlan {
  return {
    collection: index.collection,
    name: index.fields.map((field) => `${field}_1`).join('_'),
    unique: index.unique === true,
    keys: index.fields.map((field) => ({ name: field, direction: '1' as const })),
    serves: index.serves,
  }
}

export function deployPlan(root: string, release: Release): DeployPlan {
  const functions = functionNames(path.join(root, 'cloudfunctions')).map((name) => functionPlan(root, name))
  const collections = COLLECTIONS.map((name) => ({ name, indexes: INDEXES.filter((index) => index.collection === name).map(indexPlan) }))
  return { functions, collections, miniProgram: { projectPath: 'dist/weapp', ...release } }
}

/** WeChat shows the version's description in 版本管理; one line is enough. */
const DESCRIPTION_MAX = 100

/**
 * The version (DEPLOY_VERSION, else package.json's) and its description
 * (DEPLOY_DESCRIPTION, else the last commit's hash and subject).
 */
export function releaseInfo(root: string, env: NodeJS.ProcessEnv, lastCommit: () => string = () => gitLastCommit(root)): Release {
  const version = env.DEPLOY_VERSION?.trim() || (JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as { version: string }).version
  const description = (env.DEPLOY_DESCRIPTION?.trim() || lastCommit()).split('\n')[0].slice(0, DESCRIPTION_MAX)
  return { version, description }
}

function gitLastCommit(root: string): string {
  try {
    return execFileSync('git', ['log', '-1', '--format=%h %s'], { cwd: root, encoding: 'utf8' }).trim()
  } catch {
    return 'liangpai'
  }
}
