// `npm run deploy`: the plan is the code's own functions, triggers, collections and
// indexes; `--dry-run` prints it with no key and no network; without a key it refuses,
// naming the variable; and the real path calls miniprogram-ci and the database in order —
// functions, then collections and indexes, then the mini-program — with the right arguments.
import { spawn } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { deploy, runDeploy, type CommandDeps, type DeployCi } from '../../scripts/deploy'
import { deployPlan, FUNCTION_SETTINGS, releaseInfo, templatesOf, type DeployPlan, type IndexPlan } from '../../scripts/lib/deployPlan'
import { templateEnvName } from '../../cloudfunctions/common/ports/wechatNotify'
import { readCredentials, type DeployCredentials } from '../../scripts/lib/deployEnv'
import { ensureDatabase, httpCloudDatabase, type CloudDatabase, type CollectionInfo, type Fetch } from '../../scripts/lib/cloudDatabase'
import { functionConsoleOver, missingVariables, settingsChange, waitActive, type FunctionConsole, type FunctionState } from '../../scripts/lib/functionSettings'
import { collectionAccessOver, ensureAdminOnly, type CollectionAccess } from '../../scripts/lib/collectionAccess'
import type { CiCloud } from '../../scripts/lib/ciCloud'
import { functionNames } from '../../scripts/build-functions'
import { COLLECTIONS } from '../../cloudfunctions/common/store/port'
import { INDEXES } from '../../cloudfunctions/common/store/indexes'

const ROOT = path.resolve(__dirname, '../..')
const PACKAGE_VERSION = (JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string }).version
const RELEASE = { version: '1.2.3', description: 'abc1234 a change' }
const plan = deployPlan(ROOT, RELEASE)
const DEPLOY_VARIABLES = ['WECHAT_APPID', 'WECHAT_UPLOAD_KEY', 'WECHAT_UPLOAD_KEY_PATH', 'CLOUD_ENV', 'WECHAT_APPSECRET', 'DEPLOY_VERSION', 'DEPLOY_DESCRIPTION']

let scratch: string
beforeAll(() => {
  scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'deploy-test-'))
})
afterAll(() => fs.rmSync(scratch, { recursive: true, force: true }))

const configOf = (name: string) =>
  JSON.parse(fs.readFileSync(path.join(ROOT, 'cloudfunctions', name, 'config.json'), 'utf8')) as { permissions?: { openapi?: string[] }; triggers?: unknown[] }

describe('the plan is the code', () => {
  test('every cloud function, with the open APIs and triggers of its config.json', () => {
    expect(plan.functions.map((fn) => fn.name)).toEqual(functionNames())
    expect(plan.functions.map((fn) => fn.name)).toEqual(expect.arrayContaining(['board', 'org', 'topics', 'requests']))
    for (const fn of plan.functions) {
      expect(fn.dir).toBe(`dist/cloudfunctions/${fn.name}`)
      expect(fn.openapi).toEqual(configOf(fn.name).permissions?.openapi ?? [])
      expect(fn.triggers).toEqual(configOf(fn.name).triggers ?? [])
      const { runtime, timeoutSeconds, memoryMB, env } = FUNCTION_SETTINGS[fn.name]
      expect(fn.settings).toMatchObject({ runtime, timeoutSeconds, memoryMB })
      expect(fn.settings.env).toEqual(expect.arrayContaining(env))
    }
    // the nightly retention run (README: anonymised nightly from the requests function's timer)
    expect(plan.functions.find((fn) => fn.name === 'requests')?.triggers).toEqual([{ name: 'retention', type: 'timer', config: '0 0 3 * * * *' }])
    expect(plan.functions.find((fn) => fn.name === 'requests')?.settings.env).toContainEqual(expect.objectContaining({ name: 'LIANGPAI_REQUEST_KEY', required: true }))
  })

  test('every collection of the store, and every declared index exactly once, on its collection', () => {
    expect(plan.collections.map((collection) => collection.name)).toEqual([...COLLECTIONS])
    const planned = plan.collections.flatMap((collection) => collection.indexes.map((index) => ({ ...index, on: collection.name })))
    expect(planned).toHaveLength(INDEXES.length)
    for (const declared of INDEXES) {
      const matches = planned.filter((index) => index.collection === declared.collection && index.keys.map((key) => key.name).join() === declared.fields.join())
      expect(matches).toHaveLength(1)
      expect(matches[0]).toMatchObject({ on: declared.collection, unique: declared.unique === true, serves: declared.serves })
    }
    for (const collection of plan.collections) expect(new Set(collection.indexes.map((index) => index.name)).size).toBe(collection.indexes.length)
  })

  test('each function’s subscription templates are read from its code, as the variables it reads', () => {
    const variables = (name: string) => plan.functions.find((fn) => fn.name === name)!.settings.env.filter((variable) => variable.name.startsWith('TEMPLATE_ID_'))
    expect(templatesOf(ROOT, 'topics')).toEqual(expect.arrayContaining(['meetingChange', 'topicProgress']))
    expect(variables('topics').map((variable) => variable.name)).toEqual(expect.arrayContaining(['TEMPLATE_ID_MEETING_CHANGE', 'TEMPLATE_ID_TOPIC_PROGRESS']))
    expect(variables('requests').map((variable) => variable.name)).toContain('TEMPLATE_ID_REQUEST_PROGRESS')
    expect(variables('board')).toEqual([])
    for (const fn of plan.functions) expect(variables(fn.name).map((variable) => variable.name)).toEqual(templatesOf(ROOT, fn.name).map(templateEnvName))
  })

  test('a template the plan cannot name stops it: a constant from elsewhere, or one worked out at run time', () => {
    const root = path.join(scratch, 'templates')
    const write = (text: string) => {
      fs.mkdirSync(path.join(root, 'cloudfunctions', 'board', 'lib'), { recursive: true })
      fs.writeFileSync(path.join(root, 'cloudfunctions', 'board', 'lib', 'notify.ts'), text)
    }
    write("import { NEWS } from './names'\nawait notifyUser(ctx, { openid, template: NEWS, page })\n")
    expect(() => templatesOf(root, 'board')).toThrow('cloudfunctions/board/lib/notify.ts: template NEWS is not a string constant of this file')
    write('await notifyUser(ctx, { openid, template: kind + "Progress", page })\n')
    expect(() => templatesOf(root, 'board')).toThrow('template kind is worked out at run time')
    write("const NEWS = 'boardNews'\nawait notifyUser(ctx, { openid, template: NEWS, page })\n")
    fs.writeFileSync(path.join(root, 'cloudfunctions', 'board', 'lib', 'view.ts'), 'export const view = (doc) => ({ template: doc.template })\n')
    expect(templatesOf(root, 'board')).toEqual(['boardNews'])
  })

  test('a function folder without settings stops the plan, naming it', () => {
    const root = path.join(scratch, 'new-function')
    fs.mkdirSync(path.join(root, 'cloudfunctions', 'stats'), { recursive: true })
    fs.writeFileSync(path.join(root, 'cloudfunctions', 'stats', 'index.ts'), '')
    fs.writeFileSync(path.join(root, 'cloudfunctions', 'stats', 'config.json'), '{}')
    expect(() => deployPlan(root, RELEASE)).toThrow(/cloudfunctions\/stats has no row in FUNCTION_SETTINGS/)
  })

  test('the version is package.json’s and the description the last commit, unless the environment says otherwise', () => {
    expect(releaseInfo(ROOT, {}, () => 'abc1234 Fix the board\nbody')).toEqual({ version: PACKAGE_VERSION, description: 'abc1234 Fix the board' })
    expect(releaseInfo(ROOT, { DEPLOY_VERSION: '2.0.0', DEPLOY_DESCRIPTION: '春季版' }, () => 'unused')).toEqual({ version: '2.0.0', description: '春季版' })
  })
})

describe('credentials come from the environment', () => {
  test('each missing variable is named, in Chinese and English', () => {
    expect(() => readCredentials({})).toThrow(/缺少环境变量 WECHAT_APPID（小程序 AppID）\/ missing environment variable WECHAT_APPID/)
    let message = ''
    try {
      readCredentials({ WECHAT_APPID: 'wx1234567890abcdef' })
    } catch (error) {
      message = (error as Error).message
    }
    expect(message).not.toMatch(/WECHAT_APPID/)
    for (const name of ['CLOUD_ENV', 'WECHAT_APPSECRET', 'WECHAT_UPLOAD_KEY 或 WECHAT_UPLOAD_KEY_PATH']) expect(message).toContain(`缺少环境变量 ${name}`)
  })

  test('a key file that is not there is refused; a present one is used', () => {
    const env = { WECHAT_APPID: 'wx1', CLOUD_ENV: 'env-1', WECHAT_APPSECRET: 's' }
    expect(() => readCredentials({ ...env, WECHAT_UPLOAD_KEY_PATH: path.join(scratch, 'nope.key') })).toThrow(/WECHAT_UPLOAD_KEY_PATH 指向的文件不存在/)
    const keyFile = path.join(scratch, 'private.key')
    fs.writeFileSync(keyFile, 'KEY')
    expect(readCredentials({ ...env, WECHAT_UPLOAD_KEY_PATH: keyFile })).toEqual({ appid: 'wx1', cloudEnv: 'env-1', appSecret: 's', privateKeyPath: keyFile })
    expect(readCredentials({ ...env, WECHAT_UPLOAD_KEY: 'TEXT' })).toEqual({ appid: 'wx1', cloudEnv: 'env-1', appSecret: 's', privateKey: 'TEXT' })
    const pem = '-----BEGIN RSA PRIVATE KEY-----\nMIIE\n-----END RSA PRIVATE KEY-----'
    expect(readCredentials({ ...env, WECHAT_UPLOAD_KEY: pem.replace(/\n/g, '\\n') }).privateKey).toBe(pem)
  })
})

/** Loaded into every process of the child: any network call, or loading miniprogram-ci, ends it. */
const GUARD = `
const Module = require('module')
const stop = (what) => { process.stderr.write('FORBIDDEN: ' + what + '\\n'); process.exit(97) }
const guard = (what, original) => function (...args) {
  const target = args[0]
  const localSocket = original && ((typeof target === 'string' && isNaN(Number(target))) || (target && typeof target === 'object' && typeof target.path === 'string'))
  return localSocket ? original.apply(this, args) : stop(what)
}
for (const name of ['net', 'tls', 'http', 'https']) {
  const mod = require(name)
  for (const fn of ['connect', 'createConnection', 'request', 'get']) if (typeof mod[fn] === 'function') mod[fn] = guard(name + '.' + fn, name === 'net' ? mod[fn] : undefined)
}
require('dns').lookup = guard('dns.lookup')
globalThis.fetch = guard('fetch')
const load = Module._load
Module._load = function (request, ...rest) {
  if (request === 'miniprogram-ci') stop('miniprogram-ci loaded')
  return load.call(this, request, ...rest)
}
`

function guarded(command: string, args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const guardFile = path.join(scratch, 'guard.js')
  fs.writeFileSync(guardFile, GUARD)
  const env: NodeJS.ProcessEnv = { ...process.env, NODE_OPTIONS: `--require ${guardFile}`, npm_config_update_notifier: 'false' }
  for (const name of DEPLOY_VARIABLES) delete env[name]
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: ROOT, env })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (chunk) => (stdout += chunk))
    child.stderr.on('data', (chunk) => (stderr += chunk))
    child.on('error', reject)
    child.on('close', (code) => resolve({ code, stdout, stderr }))
  })
}

const npmDeploy = (args: string[]) => guarded('npm', ['run', '--silent', 'deploy', '--', ...args])

describe('npm run deploy', () => {
  test('the guard ends a process that reaches for the network or loads miniprogram-ci', async () => {
    expect(await guarded('node', ['-e', "fetch('https://api.weixin.qq.com')"])).toMatchObject({ code: 97, stderr: 'FORBIDDEN: fetch\n' })
    expect(await guarded('node', ['-e', "require('https').get('https://api.weixin.qq.com')"])).toMatchObject({ code: 97, stderr: 'FORBIDDEN: https.get\n' })
    expect(await guarded('node', ['-e', "require('miniprogram-ci')"])).toMatchObject({ code: 97, stderr: 'FORBIDDEN: miniprogram-ci loaded\n' })
  }, 30_000)

  test('--dry-run prints the whole plan with no key, no network and without loading miniprogram-ci', async () => {
    const { code, stdout, stderr } = await npmDeploy(['--dry-run'])
    expect(stderr).not.toMatch(/FORBIDDEN/)
    expect(code).toBe(0)
    const printed = deployPlan(ROOT, releaseInfo(ROOT, {}))
    for (const fn of printed.functions) {
      expect(stdout).toContain(`- ${fn.name}: dist/cloudfunctions/${fn.name}`)
      for (const api of fn.openapi) expect(stdout).toContain(api)
    }
    expect(stdout).toContain('triggers: retention (timer, "0 0 3 * * * *")')
    const sections = stdout.split(/\n {3}- /)
    for (const collection of printed.collections) {
      const section = sections.find((text) => text.split('\n')[0] === collection.name)
      expect(section).toBeDefined()
      for (const index of collection.indexes)
        expect(section).toContain(`index ${index.name}: ${index.keys.map((key) => `${key.name} 1`).join(', ')}${index.unique ? ' (unique)' : ''}`)
    }
    expect(stdout).toContain(`${COLLECTIONS.length} collections and ${INDEXES.length} indexes`)
    expect(stdout).toContain(`uploaded as version ${PACKAGE_VERSION}, description "${printed.miniProgram.description}"`)
    expect(stdout).toContain('Dry run: nothing was built or sent')
  }, 60_000)

  test('without the key and the AppID it refuses before building anything, naming what is missing', async () => {
    const { code, stdout, stderr } = await npmDeploy([])
    expect(code).toBe(1)
    for (const name of ['WECHAT_APPID', 'WECHAT_UPLOAD_KEY', 'CLOUD_ENV', 'WECHAT_APPSECRET']) expect(stderr).toContain(`缺少环境变量 ${name}`)
    expect(stderr).not.toMatch(/FORBIDDEN/)
    expect(stdout).not.toMatch(/build:weapp|Deploy plan/)
  }, 60_000)
})

type Call = [string, Record<string, unknown>?]

/** What miniprogram-ci's uploadFunction makes of a function it has to create. */
const CREATED_BY_CI: FunctionState = { runtime: 'Nodejs8.9', timeout: 3, memorySize: 256, status: 'Active', environment: [] }

interface FakeOptions {
  existing?: CollectionInfo[]
  functions?: Record<string, FunctionState>
  triggerAnswer?: string
  refuseIndexes?: string[]
  /** each collection's permission before the deploy (default: none yet) */
  acl?: Record<string, string>
}

/** A fake miniprogram-ci, cloud database and function console writing into one log of calls. */
function fakes(options: FakeOptions = {}) {
  const calls: Call[] = []
  const functionStates = new Map(Object.entries(options.functions ?? {}))
  class Project {
    constructor(readonly options: Record<string, unknown>) {
      calls.push(['new Project', options])
    }
  }
  const ci: DeployCi = {
    Project,
    async upload(args) {
      calls.push(['upload', args])
    },
    cloud: {
      async uploadFunction(args) {
        calls.push(['uploadFunction', args])
        if (!functionStates.has(args.name)) functionStates.set(args.name, CREATED_BY_CI)
      },
      async createTimeTrigger(args) {
        calls.push(['createTimeTrigger', args])
        return options.triggerAnswer ?? '创建定时触发器成功'
      },
    },
  }
  const functions: FunctionConsole = {
    async get(name) {
      calls.push(['getFunction', { name }])
      return functionStates.get(name) ?? null
    },
    async update(name, change) {
      calls.push(['updateFunction', { name, ...change }])
      functionStates.set(name, { ...change, status: 'Active' })
    },
  }
  const openFunctions = async (project: object, env: string) => {
    calls.push(['openFunctions', { project, env }])
    return functions
  }
  const acl = new Map(Object.entries(options.acl ?? {}))
  const access: CollectionAccess = {
    async get(collection) {
      calls.push(['getAcl', { name: collection }])
      return acl.get(collection) ?? ''
    },
    async set(collection, aclTag) {
      calls.push(['setAcl', { name: collection, aclTag }])
      acl.set(collection, aclTag)
    },
  }
  const openCollectionAccess = async (project: object, env: string) => {
    calls.push(['openCollectionAccess', { project, env }])
    return access
  }
  const database: CloudDatabase = {
    async listCollections() {
      calls.push(['listCollections'])
      return options.existing ?? []
    },
    async addCollection(name) {
      calls.push(['addCollection', { name }])
    },
    async createIndex(index: IndexPlan) {
      calls.push(['createIndex', { collection: index.collection, name: index.name }])
      if (options.refuseIndexes?.includes(`${index.collection}.${index.name}`)) throw new Error('/tcb/updateindex: errcode -501001 index exists')
    },
  }
  return { calls, ci, database, openFunctions, openCollectionAccess, functionStates, acl, access }
}

const LOCAL_ENV = { LIANGPAI_REQUEST_KEY: 'a2V5', TEMPLATE_ID_TOPIC_PROGRESS: 'tpl-topic' }

function builtRoot(name: string, deployed: DeployPlan): string {
  const root = path.join(scratch, name)
  fs.mkdirSync(path.join(root, 'dist', 'weapp'), { recursive: true })
  fs.writeFileSync(path.join(root, 'dist', 'weapp', 'app.json'), '{}')
  for (const fn of deployed.functions) {
    fs.mkdirSync(path.join(root, fn.dir), { recursive: true })
    fs.writeFileSync(path.join(root, fn.dir, 'index.js'), '')
  }
  return root
}

const credentials: DeployCredentials = { appid: 'wx0123456789abcdef', privateKeyPath: '/keys/upload.key', cloudEnv: 'liangpai-1a2b3c', appSecret: 'secret' }

describe('the deploy against a fake miniprogram-ci and database', () => {
  test('functions (code, settings, triggers), then collections and indexes, then the mini-program, with the right arguments', async () => {
    const root = builtRoot('fresh', plan)
    const { calls, ci, database, openFunctions, openCollectionAccess, functionStates, acl } = fakes()
    const lines: string[] = []
    const outcome = await deploy({
      root,
      plan,
      credentials,
      ci,
      database,
      openFunctions,
      openCollectionAccess,
      localEnv: LOCAL_ENV,
      wait: { pollMs: 1, attempts: 3 },
      log: (line) => lines.push(line),
    })

    expect(calls[0]).toEqual([
      'new Project',
      { appid: credentials.appid, type: 'miniProgram', projectPath: path.join(root, 'dist/weapp'), privateKeyPath: '/keys/upload.key', ignores: ['node_modules/**/*'] },
    ])
    const project = calls.find(([name]) => name === 'uploadFunction')?.[1]?.project
    expect(project).toBeInstanceOf(Object)
    expect(calls[1]).toEqual(['openFunctions', { project, env: 'liangpai-1a2b3c' }])
    const named = (name: string, args?: Record<string, unknown>) =>
      `${name}${args?.name ? ` ${String(args.name)}` : ''}${args?.functionName ? ` ${String(args.functionName)}` : ''}`
    const order = calls.slice(2).map(([name, args]) => named(name, args))
    const expected = [
      ...plan.functions.map((fn) => `getFunction ${fn.name}`),
      ...plan.functions.flatMap((fn) => [
        `uploadFunction ${fn.name}`,
        `getFunction ${fn.name}`,
        `updateFunction ${fn.name}`,
        `getFunction ${fn.name}`,
        ...(fn.triggers.length ? [`createTimeTrigger ${fn.name}`] : []),
      ]),
      'listCollections',
      ...plan.collections.flatMap((collection) => [`addCollection ${collection.name}`, ...collection.indexes.map((index) => `createIndex ${index.name}`)]),
      'openCollectionAccess',
      ...plan.collections.flatMap((collection) => [`getAcl ${collection.name}`, `setAcl ${collection.name}`]),
      'upload',
    ]
    expect(order).toEqual(expected)

    for (const fn of plan.functions) {
      expect(calls).toContainEqual(['uploadFunction', { project, env: 'liangpai-1a2b3c', name: fn.name, path: path.join(root, fn.dir), remoteNpmInstall: true }])
      expect(functionStates.get(fn.name)).toMatchObject({ runtime: 'Nodejs16.13', timeout: fn.settings.timeoutSeconds, memorySize: fn.settings.memoryMB })
    }
    expect(calls).toContainEqual([
      'updateFunction',
      { name: 'requests', runtime: 'Nodejs16.13', timeout: 10, memorySize: 256, environment: [{ key: 'LIANGPAI_REQUEST_KEY', value: 'a2V5' }] },
    ])
    expect(functionStates.get('topics')?.environment).toEqual([{ key: 'TEMPLATE_ID_TOPIC_PROGRESS', value: 'tpl-topic' }])
    expect(functionStates.get('board')?.environment).toEqual([])
    expect(calls).toContainEqual([
      'createTimeTrigger',
      { project, envId: 'liangpai-1a2b3c', functionName: 'requests', triggersConfig: [{ name: 'retention', type: 'timer', config: '0 0 3 * * * *' }] },
    ])
    expect(calls[calls.length - 1]).toEqual(['upload', { project, version: '1.2.3', desc: 'abc1234 a change', setting: { useProjectConfig: true }, robot: 1 }])
    expect(calls).toContainEqual(['openCollectionAccess', { project, env: 'liangpai-1a2b3c' }])
    expect([...acl.values()]).toEqual(COLLECTIONS.map(() => 'ADMINONLY'))
    expect(outcome.permissionsChanged).toEqual([...COLLECTIONS])
    expect(outcome.createdCollections).toEqual([...COLLECTIONS])
    expect(outcome.createdIndexes).toHaveLength(INDEXES.length)
    expect(outcome.warnings).toEqual([])
    expect(lines).toContain('collection requests: created')
    expect(lines).toContain('function requests: Nodejs16.13, timeout 10 s, memory 256 MB, variables LIANGPAI_REQUEST_KEY')
  })

  test('a required variable in neither the deploying environment nor the console stops the deploy before anything is sent', async () => {
    const root = builtRoot('no-request-key', plan)
    const { calls, ci, database, openFunctions, openCollectionAccess } = fakes()
    await expect(deploy({ root, plan, credentials, ci, database, openFunctions, openCollectionAccess, localEnv: {}, log: () => undefined })).rejects.toThrow(
      /云函数缺少必填的环境变量 org: LIANGPAI_REQUEST_KEY、requests: LIANGPAI_REQUEST_KEY/,
    )
    expect(calls.map(([name]) => name).filter((name) => !['new Project', 'openFunctions', 'getFunction'].includes(name))).toEqual([])
  })

  test('a function already as planned is left alone, and the console’s variables are kept', async () => {
    const root = builtRoot('redeploy', plan)
    const planned = (name: string, environment: FunctionState['environment']): FunctionState => ({
      runtime: 'Nodejs16.13',
      timeout: FUNCTION_SETTINGS[name].timeoutSeconds,
      memorySize: FUNCTION_SETTINGS[name].memoryMB,
      status: 'Active',
      environment,
    })
    const cloudKey = { key: 'LIANGPAI_REQUEST_KEY', value: 'Y2xvdWQ=' }
    const { calls, ci, database, openFunctions, openCollectionAccess, functionStates } = fakes({
      functions: Object.fromEntries(plan.functions.map((fn) => [fn.name, planned(fn.name, fn.name === 'requests' || fn.name === 'org' ? [cloudKey] : [])])),
    })
    await deploy({ root, plan, credentials, ci, database, openFunctions, openCollectionAccess, localEnv: { TEMPLATE_ID_REQUEST_PROGRESS: 'tpl-request' }, log: () => undefined })
    expect(calls.filter(([name]) => name === 'updateFunction')).toEqual([
      [
        'updateFunction',
        { name: 'requests', runtime: 'Nodejs16.13', timeout: 10, memorySize: 256, environment: [cloudKey, { key: 'TEMPLATE_ID_REQUEST_PROGRESS', value: 'tpl-request' }] },
      ],
    ])
    expect(functionStates.get('board')).toEqual(planned('board', []))
  })

  test('a trigger WeChat did not create stops the deploy before the database and the mini-program', async () => {
    const root = builtRoot('trigger-refused', plan)
    const { calls, ci, database, openFunctions, openCollectionAccess } = fakes({ triggerAnswer: '请检查传入的 triggersConfig 是否符合格式' })
    await expect(deploy({ root, plan, credentials, ci, database, openFunctions, openCollectionAccess, localEnv: LOCAL_ENV, log: () => undefined })).rejects.toThrow(
      /function reports: triggers expire not created: 请检查/,
    )
    expect(calls.map(([name]) => name)).not.toContain('listCollections')
    expect(calls.map(([name]) => name)).not.toContain('upload')
  })

  test('nothing is sent when the builds are missing', async () => {
    const root = path.join(scratch, 'unbuilt')
    fs.mkdirSync(root, { recursive: true })
    const { calls, ci, database, openFunctions, openCollectionAccess } = fakes()
    await expect(deploy({ root, plan, credentials, ci, database, openFunctions, openCollectionAccess, localEnv: LOCAL_ENV, log: () => undefined })).rejects.toThrow(
      /not built: dist\/weapp\/app.json, dist\/cloudfunctions\/board\/index.js/,
    )
    expect(calls).toEqual([])
  })
})

describe('the command, with every outside part replaced', () => {
  /** The repository's code (linked) beside a built dist/, so the plan is the real one. */
  function commandRoot(name: string): string {
    const root = builtRoot(name, plan)
    for (const entry of ['cloudfunctions', 'package.json']) fs.symlinkSync(path.join(ROOT, entry), path.join(root, entry))
    return root
  }
  const ENV = {
    WECHAT_APPID: 'wx0123456789abcdef',
    WECHAT_UPLOAD_KEY_PATH: __filename,
    CLOUD_ENV: 'liangpai-1a2b3c',
    WECHAT_APPSECRET: 'secret',
    DEPLOY_DESCRIPTION: 'spring release',
    ...LOCAL_ENV,
  }

  function commandDeps(root: string) {
    const parts = fakes()
    const builds: [string, string[], string | undefined][] = []
    const out: string[] = []
    let ciLoaded = 0
    const deps: CommandDeps = {
      root,
      build: (command, args, env) => builds.push([command, args, env.TARO_APP_CLOUD_ENV]),
      loadCi: async () => {
        ciLoaded++
        return parts.ci
      },
      database: () => parts.database,
      openFunctions: parts.openFunctions,
      openCollectionAccess: parts.openCollectionAccess,
      out: (line) => out.push(line),
      err: (line) => out.push(line),
    }
    return { deps, builds, out, calls: parts.calls, ciLoaded: () => ciLoaded }
  }

  test('it builds the mini-program for the cloud environment, then the functions, then deploys', async () => {
    const { deps, builds, out, calls } = commandDeps(commandRoot('command'))
    expect(await runDeploy([], ENV, deps)).toBe(0)
    expect(builds).toEqual([
      ['npm', ['run', 'build:weapp'], 'liangpai-1a2b3c'],
      ['npm', ['run', 'build:functions'], undefined],
    ])
    expect(calls[0][1]).toMatchObject({ appid: 'wx0123456789abcdef', privateKeyPath: __filename })
    expect(calls[calls.length - 1]).toEqual(['upload', expect.objectContaining({ version: PACKAGE_VERSION, desc: 'spring release' })])
    expect(out).toContain('\nDeployed to liangpai-1a2b3c.')
  })

  test('--skip-build deploys what is built; --dry-run neither builds nor loads miniprogram-ci', async () => {
    const skip = commandDeps(commandRoot('command-skip'))
    expect(await runDeploy(['--skip-build'], ENV, skip.deps)).toBe(0)
    expect(skip.builds).toEqual([])
    expect(skip.calls.map(([name]) => name)).toContain('upload')
    const dry = commandDeps(commandRoot('command-dry'))
    expect(await runDeploy(['--dry-run'], ENV, dry.deps)).toBe(0)
    expect([dry.builds, dry.calls, dry.ciLoaded()]).toEqual([[], [], 0])
    expect(dry.out.join('\n')).toContain('description "spring release"')
  })
})

describe('collections and indexes are created where missing', () => {
  const collections = plan.collections.filter((collection) => ['orgs', 'members', 'boards'].includes(collection.name))
  const orgs = collections.find((collection) => collection.name === 'orgs')!

  test('a collection with all its indexes is left alone; one with fewer gets them, a refusal there is a warning', async () => {
    const { calls, database } = fakes({
      existing: [
        { name: 'orgs', indexCount: orgs.indexes.length + 1 },
        { name: 'members', indexCount: 2 },
      ],
      refuseIndexes: ['members.openid_1'],
    })
    const outcome = await ensureDatabase(collections, database, () => undefined)
    expect(calls).toEqual([
      ['listCollections'],
      ['createIndex', { collection: 'members', name: 'orgId_1_status_1_sort_1' }],
      ['createIndex', { collection: 'members', name: 'openid_1' }],
      ['addCollection', { name: 'boards' }],
      ['createIndex', { collection: 'boards', name: 'orgId_1' }],
    ])
    expect(outcome).toEqual({
      createdCollections: ['boards'],
      createdIndexes: ['members.orgId_1_status_1_sort_1', 'boards.orgId_1'],
      warnings: [expect.stringContaining('索引 members.openid_1 未建立（/tcb/updateindex: errcode -501001 index exists）')],
    })
  })

  test('an index refused on a collection made just now stops the deploy', async () => {
    const { database } = fakes({ refuseIndexes: ['orgs.code_1'] })
    await expect(ensureDatabase(collections, database, () => undefined)).rejects.toThrow(/errcode -501001/)
  })
})

describe('the database over WeChat’s HTTP API', () => {
  test('one token, the collection list paged, a collection and an index in the documented shapes', async () => {
    const sent: { url: string; body: Record<string, unknown> }[] = []
    const pages = [Array.from({ length: 100 }, (_, i) => ({ name: `c${i}`, index_count: 1 })), [{ name: 'orgs', index_count: 4 }]]
    const fetch: Fetch = async (url, init) => {
      const body = JSON.parse(init.body) as Record<string, unknown>
      sent.push({ url, body })
      if (url.includes('/cgi-bin/stable_token')) return { json: async () => ({ access_token: 'T&1', expires_in: 7200 }) }
      if (url.includes('/tcb/databasecollectionget')) return { json: async () => ({ errcode: 0, collections: pages[Number(body.offset) / 100], pager: { Total: 101 } }) }
      if (url.includes('/tcb/updateindex') && (body.create_indexes as { name: string }[])[0].name === 'bad_1')
        return { json: async () => ({ errcode: 40097, errmsg: 'invalid args' }) }
      return { json: async () => ({ errcode: 0, errmsg: 'ok' }) }
    }
    const database = httpCloudDatabase({ appid: 'wx1', secret: 'S', env: 'env-1', fetch })
    const listed = await database.listCollections()
    expect(listed).toHaveLength(101)
    expect(listed[100]).toEqual({ name: 'orgs', indexCount: 4 })
    await database.addCollection('boards')
    const index = plan.collections.find((collection) => collection.name === 'invites')!.indexes.find((candidate) => candidate.unique)!
    await database.createIndex(index)
    await expect(database.createIndex({ ...index, name: 'bad_1' })).rejects.toThrow('/tcb/updateindex: errcode 40097 invalid args')

    expect(sent.filter(({ url }) => url.includes('stable_token'))).toEqual([
      { url: 'https://api.weixin.qq.com/cgi-bin/stable_token', body: { grant_type: 'client_credential', appid: 'wx1', secret: 'S' } },
    ])
    expect(sent.slice(1).every(({ url }) => url.endsWith('?access_token=T%261'))).toBe(true)
    expect(sent.slice(1, 3).map(({ body }) => body)).toEqual([
      { env: 'env-1', limit: 100, offset: 0 },
      { env: 'env-1', limit: 100, offset: 100 },
    ])
    expect(sent[3]).toEqual({ url: 'https://api.weixin.qq.com/tcb/databasecollectionadd?access_token=T%261', body: { env: 'env-1', collection_name: 'boards' } })
    expect(sent[4].body).toEqual({
      env: 'env-1',
      collection_name: 'invites',
      create_indexes: [{ name: 'codeHash_1', unique: true, keys: [{ name: 'codeHash', direction: '1' }] }],
      drop_indexes: [],
    })
  })
})

describe('function settings', () => {
  const requests = plan.functions.find((fn) => fn.name === 'requests')!

  test('the request key counts as present in the deploying environment or on the function, never when empty', () => {
    expect(missingVariables(requests, null, {})).toEqual(['LIANGPAI_REQUEST_KEY'])
    expect(missingVariables(requests, null, { LIANGPAI_REQUEST_KEY: '  ' })).toEqual(['LIANGPAI_REQUEST_KEY'])
    expect(missingVariables(requests, null, { LIANGPAI_REQUEST_KEY: 'k' })).toEqual([])
    expect(missingVariables(requests, { ...CREATED_BY_CI, environment: [{ key: 'LIANGPAI_REQUEST_KEY', value: 'k' }] }, {})).toEqual([])
    expect(missingVariables(requests, { ...CREATED_BY_CI, environment: [{ key: 'LIANGPAI_REQUEST_KEY', value: '' }] }, {})).toEqual(['LIANGPAI_REQUEST_KEY'])
  })

  test('a variable of the deploying environment replaces the console’s; undeclared ones are never taken from it', () => {
    const state: FunctionState = {
      ...CREATED_BY_CI,
      environment: [
        { key: 'LIANGPAI_REQUEST_KEY', value: 'old' },
        { key: 'OTHER', value: 'x' },
      ],
    }
    expect(settingsChange(requests, state, { LIANGPAI_REQUEST_KEY: 'new', PATH: '/usr/bin' })?.environment).toEqual([
      { key: 'LIANGPAI_REQUEST_KEY', value: 'new' },
      { key: 'OTHER', value: 'x' },
    ])
  })

  test('a change WeChat failed to apply, or never applies, stops the deploy', async () => {
    const stuck = (status: string): FunctionConsole => ({ get: async () => ({ ...CREATED_BY_CI, status }), update: async () => undefined })
    await expect(waitActive(stuck('UpdateFailed'), 'org', { pollMs: 1, attempts: 3 })).rejects.toThrow('function org: settings not applied (status UpdateFailed)')
    await expect(waitActive(stuck('Updating'), 'org', { pollMs: 1, attempts: 3 })).rejects.toThrow('function org: settings still not applied')
  })
})

test('a collection already 仅管理端可读写 is left alone; any other permission is corrected', async () => {
  const { calls, access } = fakes({ acl: { orgs: 'ADMINONLY', requests: 'READONLY' } })
  const lines: string[] = []
  expect(await ensureAdminOnly(['orgs', 'requests', 'boards'], access, (line) => lines.push(line))).toEqual(['requests', 'boards'])
  expect(calls.filter(([name]) => name === 'setAcl')).toEqual([
    ['setAcl', { name: 'requests', aclTag: 'ADMINONLY' }],
    ['setAcl', { name: 'boards', aclTag: 'ADMINONLY' }],
  ])
  expect(lines).toContain('collection requests: permission READONLY → ADMINONLY (仅管理端可读写)')
})

describe('miniprogram-ci’s internal cloud API, as the deploy calls it', () => {
  /** Answers as miniprogram-ci's own mappings do (scfGetFunctionInfo, tcbDescribeDatabaseACL), recording each call. */
  function fakeCiCloud(answers: Record<string, (input: Record<string, unknown>) => Record<string, unknown>>) {
    const sent: [string, Record<string, unknown>][] = []
    const cloud: CiCloud = {
      region: 'ap-shanghai',
      codeSecret: undefined,
      async call(name, input) {
        sent.push([name, input])
        return answers[name]?.(input) ?? {}
      },
    }
    return { cloud, sent }
  }

  test('the internal calls the deploy uses are there in the installed miniprogram-ci', () => {
    const cloudApi = require('miniprogram-ci/dist/common/cloud-api') as Record<string, unknown>
    for (const name of ['scfGetFunctionInfo', 'scfUpdateFunctionInfo', 'tcbDescribeDatabaseACL', 'tcbModifyDatabaseACL']) expect(typeof cloudApi[name]).toBe('function')
    expect(typeof (require('miniprogram-ci/dist/ci/cloud/utils') as Record<string, unknown>).initEnvironmentByProject).toBe('function')
    const cloudapi = require('miniprogram-ci/dist/ci/cloud/cloudapi') as Record<string, unknown>
    expect([typeof cloudapi.get3rdCloudCodeSecret, typeof cloudapi.boundTransactRequest]).toEqual(['function', 'function'])
  })

  test('a function is read from scfGetFunctionInfo’s shape and changed with the whole variable list', async () => {
    const { cloud, sent } = fakeCiCloud({
      scfGetFunctionInfo: (input) => {
        if (input.functionName === 'nope') throw Object.assign(new Error('ResourceNotFound.Function, not found'), { code: 'ResourceNotFound.Function' })
        return { runtime: 'Nodejs8.9', timeout: 3, memorySize: 256, status: 'Active', environment: { variables: [{ key: 'A', value: '1' }] }, handler: 'index.main' }
      },
    })
    const functions = functionConsoleOver(cloud, 'env-1')
    expect(await functions.get('org')).toEqual({ runtime: 'Nodejs8.9', timeout: 3, memorySize: 256, status: 'Active', environment: [{ key: 'A', value: '1' }] })
    expect(await functions.get('nope')).toBeNull()
    await functions.update('org', { runtime: 'Nodejs16.13', timeout: 10, memorySize: 512, environment: [{ key: 'A', value: '2' }] })
    expect(sent[0]).toEqual(['scfGetFunctionInfo', { namespace: 'env-1', region: 'ap-shanghai', functionName: 'org', codeSecret: undefined }])
    expect(sent[2]).toEqual([
      'scfUpdateFunctionInfo',
      {
        namespace: 'env-1',
        region: 'ap-shanghai',
        functionName: 'org',
        runtime: 'Nodejs16.13',
        timeout: 10,
        memorySize: 512,
        environment: { variables: [{ key: 'A', value: '2' }] },
      },
    ])
  })

  test('any other failure reading a function stops the deploy', async () => {
    const { cloud } = fakeCiCloud({
      scfGetFunctionInfo: () => {
        throw Object.assign(new Error('AuthFailure, signature expired'), { code: 'AuthFailure' })
      },
    })
    await expect(functionConsoleOver(cloud, 'env-1').get('org')).rejects.toThrow('AuthFailure')
  })

  test('a collection’s permission is read and set by its ACL tag', async () => {
    const { cloud, sent } = fakeCiCloud({ tcbDescribeDatabaseACL: () => ({ aclTag: 'PRIVATE' }) })
    const access = collectionAccessOver(cloud, 'env-1')
    expect(await access.get('requests')).toBe('PRIVATE')
    await access.set('requests', 'ADMINONLY')
    expect(sent).toEqual([
      ['tcbDescribeDatabaseACL', { region: 'ap-shanghai', envId: 'env-1', collectionName: 'requests' }],
      ['tcbModifyDatabaseACL', { region: 'ap-shanghai', envId: 'env-1', collectionName: 'requests', aclTag: 'ADMINONLY' }],
    ])
  })
})
