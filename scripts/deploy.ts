// `npm run deploy`: builds the mini-program and the cloud functions, then puts them on
// WeChat cloud in this order — every function (code with its config.json, then its
// runtime, timeout, memory and variables, then its timer triggers), the database's
// collections and indexes where missing, the mini-program as a version.
// `npm run deploy -- --dry-run` prints the plan only: no key, no build, no network.
// The README's manual steps (section "Deploying to WeChat cloud") remain the fallback.
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { deployPlan, releaseInfo, type DeployPlan, type TimerTrigger } from './lib/deployPlan'
import { formatPlan } from './lib/formatPlan'
import { readCredentials, DeployEnvError, type DeployCredentials } from './lib/deployEnv'
import { ensureDatabase, httpCloudDatabase, type CloudDatabase, type DatabaseOutcome } from './lib/cloudDatabase'
import { ciCollectionAccess, ensureAdminOnly, type CollectionAccess } from './lib/collectionAccess'
import { ciFunctionConsole, missingVariables, settingsChange, waitActive, type FunctionConsole, type FunctionState, type WaitOptions } from './lib/functionSettings'

const ROOT = path.resolve(__dirname, '..')

type Project = object

/** The part of miniprogram-ci the deploy uses (a fake one in the tests). */
export interface DeployCi {
  Project: new (options: { appid: string; type: 'miniProgram'; projectPath: string; privateKey?: string; privateKeyPath?: string; ignores?: string[] }) => Project
  upload(options: { project: Project; version: string; desc: string; setting: { useProjectConfig: boolean }; robot: number }): Promise<unknown>
  cloud: {
    uploadFunction(options: { project: Project; env: string; name: string; path: string; remoteNpmInstall: boolean }): Promise<unknown>
    createTimeTrigger(options: { project: Project; envId: string; functionName: string; triggersConfig: TimerTrigger[] }): Promise<string>
  }
}

/** What createTimeTrigger answers on success; on failure it answers another sentence instead of throwing. */
const TRIGGER_CREATED = '创建定时触发器成功'

export interface DeployOptions {
  root: string
  plan: DeployPlan
  credentials: DeployCredentials
  ci: DeployCi
  database: CloudDatabase
  /** the functions' settings in the cloud environment, reached with the project's key */
  openFunctions: (project: Project, env: string) => Promise<FunctionConsole>
  /** the collections' permissions, reached with the project's key */
  openCollectionAccess: (project: Project, env: string) => Promise<CollectionAccess>
  /** where the values of the functions' variables come from (process.env) */
  localEnv: NodeJS.ProcessEnv
  wait?: WaitOptions
  log: (line: string) => void
}

const WAIT: WaitOptions = { pollMs: 2000, attempts: 150 }

function builtOutputsMissing(root: string, plan: DeployPlan): string[] {
  const needed = [path.join(plan.miniProgram.projectPath, 'app.json'), ...plan.functions.map((fn) => path.join(fn.dir, 'index.js'))]
  return needed.filter((file) => !fs.existsSync(path.join(root, file)))
}

export interface DeployOutcome extends DatabaseOutcome {
  /** collections whose permission was made 仅管理端可读写 */
  permissionsChanged: string[]
}

export async function deploy(options: DeployOptions): Promise<DeployOutcome> {
  const { root, plan, credentials, ci, log } = options
  const missing = builtOutputsMissing(root, plan)
  if (missing.length) throw new Error(`not built: ${missing.join(', ')} (run without --skip-build)`)
  const key = credentials.privateKey ? { privateKey: credentials.privateKey } : { privateKeyPath: credentials.privateKeyPath }
  const projectPath = path.join(root, plan.miniProgram.projectPath)
  const project = new ci.Project({ appid: credentials.appid, type: 'miniProgram', projectPath, ignores: ['node_modules/**/*'], ...key })

  await deployFunctions(options, project)
  const outcome = await ensureDatabase(plan.collections, options.database, log)
  const access = await options.openCollectionAccess(project, credentials.cloudEnv)
  const permissionsChanged = await ensureAdminOnly(
    plan.collections.map((collection) => collection.name),
    access,
    log,
  )

  const { version, description } = plan.miniProgram
  log(`mini-program: uploading ${plan.miniProgram.projectPath} as version ${version}`)
  await ci.upload({ project, version, desc: description, setting: { useProjectConfig: true }, robot: 1 })
  log(`mini-program: version ${version} uploaded; make it the 体验版 or submit it for review in 版本管理`)
  return { ...outcome, permissionsChanged }
}

/** Every function: its code with config.json, its settings, its timer triggers. */
async function deployFunctions({ root, plan, credentials, ci, localEnv, wait, log, openFunctions }: DeployOptions, project: Project): Promise<void> {
  const env = credentials.cloudEnv
  const functions = await openFunctions(project, env)
  await checkVariables(plan, functions, localEnv)
  for (const fn of plan.functions) {
    log(`function ${fn.name}: uploading ${fn.dir} to ${env}`)
    await ci.cloud.uploadFunction({ project, env, name: fn.name, path: path.join(root, fn.dir), remoteNpmInstall: true })
    await applySettings(fn, functions, localEnv, wait ?? WAIT, log)
    if (!fn.triggers.length) continue
    const names = fn.triggers.map((trigger) => trigger.name).join(', ')
    const answer = await ci.cloud.createTimeTrigger({ project, envId: env, functionName: fn.name, triggersConfig: fn.triggers })
    if (answer !== TRIGGER_CREATED) throw new Error(`function ${fn.name}: triggers ${names} not created: ${answer}`)
    log(`function ${fn.name}: triggers ${names} created`)
  }
}

/** Before anything is sent: a required variable must be in the deploying environment or already on the function. */
async function checkVariables(plan: DeployPlan, functions: FunctionConsole, localEnv: NodeJS.ProcessEnv): Promise<void> {
  const lacking: string[] = []
  for (const fn of plan.functions) {
    const state: FunctionState | null = await functions.get(fn.name)
    lacking.push(...missingVariables(fn, state, localEnv).map((name) => `${fn.name}: ${name}`))
  }
  if (lacking.length) {
    throw new Error(
      `云函数缺少必填的环境变量 ${lacking.join('、')}：请在部署的环境中设置，或先在云开发控制台设置 / required function variables missing (${lacking.join(', ')}): set them in the deploying environment or once in the cloud console`,
    )
  }
}

async function applySettings(fn: DeployPlan['functions'][number], functions: FunctionConsole, localEnv: NodeJS.ProcessEnv, wait: WaitOptions, log: (line: string) => void) {
  const state = await waitActive(functions, fn.name, wait)
  const change = settingsChange(fn, state, localEnv)
  if (!change) return log(`function ${fn.name}: settings already as planned`)
  await functions.update(fn.name, change)
  await waitActive(functions, fn.name, wait)
  const variables = change.environment.map((variable) => variable.key).join(', ') || 'none'
  log(`function ${fn.name}: ${change.runtime}, timeout ${change.timeout} s, memory ${change.memorySize} MB, variables ${variables}`)
}

/** What the command line reaches beyond this file; the tests replace each. */
export interface CommandDeps {
  root: string
  build: (command: string, args: string[], env: NodeJS.ProcessEnv) => void
  loadCi: () => Promise<DeployCi>
  database: (credentials: DeployCredentials) => CloudDatabase
  openFunctions: DeployOptions['openFunctions']
  openCollectionAccess: DeployOptions['openCollectionAccess']
  out: (line: string) => void
  err: (line: string) => void
}

function build(command: string, args: string[], env: NodeJS.ProcessEnv): void {
  console.log(`\n$ ${command} ${args.join(' ')}`)
  const result = spawnSync(command, args, { cwd: ROOT, stdio: 'inherit', env })
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed (exit ${result.status ?? result.signal})`)
}

const COMMAND_DEPS: CommandDeps = {
  root: ROOT,
  build,
  loadCi: async () => (await import('miniprogram-ci')) as unknown as DeployCi,
  database: (credentials) => httpCloudDatabase({ appid: credentials.appid, secret: credentials.appSecret, env: credentials.cloudEnv }),
  openFunctions: ciFunctionConsole,
  openCollectionAccess: ciCollectionAccess,
  out: (line) => console.log(line),
  err: (line) => console.error(line),
}

/** `npm run deploy [-- --dry-run] [--skip-build]`; answers the exit code. */
export async function runDeploy(argv: string[], env: NodeJS.ProcessEnv, deps: CommandDeps = COMMAND_DEPS): Promise<number> {
  const { root, out } = deps
  const plan = deployPlan(root, releaseInfo(root, env))
  if (argv.includes('--dry-run')) {
    out(formatPlan(plan))
    out('\nDry run: nothing was built or sent, and no key was read.')
    return 0
  }
  let credentials: DeployCredentials
  try {
    credentials = readCredentials(env)
  } catch (error) {
    if (!(error instanceof DeployEnvError)) throw error
    deps.err(`${error.message}\n\n不部署 / not deploying. 见 README「npm run deploy」/ see README, "One command: npm run deploy".`)
    return 1
  }
  out(formatPlan(plan))
  if (!argv.includes('--skip-build')) {
    // The cloud environment is baked into the mini-program at build time (config/index.ts).
    deps.build('npm', ['run', 'build:weapp'], { ...env, TARO_APP_CLOUD_ENV: credentials.cloudEnv })
    deps.build('npm', ['run', 'build:functions'], env)
  }
  const { openFunctions, openCollectionAccess } = deps
  const ci = await deps.loadCi()
  const outcome = await deploy({ root, plan, credentials, ci, database: deps.database(credentials), openFunctions, openCollectionAccess, localEnv: env, log: out })
  out(`\nDeployed to ${credentials.cloudEnv}.`)
  for (const warning of outcome.warnings) deps.err(`   ! ${warning}`)
  return 0
}

if (require.main === module) {
  runDeploy(process.argv.slice(2), process.env)
    .then((code) => process.exit(code))
    .catch((error: unknown) => {
      console.error(error instanceof Error ? error.message : error)
      process.exit(1)
    })
}
