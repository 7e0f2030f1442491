// A cloud function's runtime, timeout, memory and environment variables. miniprogram-ci
// 2.1.42 has no public call for them, and its `cloud.uploadFunction` creates a missing
// function on Node.js 8.9 with 256 MB and 3 s, which cannot run our Node 16 bundle. So
// after each upload the deploy reads the function (GetFunction) and, where it differs
// from FUNCTION_SETTINGS, changes it (UpdateFunctionConfiguration): the same two calls
// uploadFunction itself makes, reached through miniprogram-ci's internal cloud API module
// (pinned at 2.1.42). Variables are merged: one set in the deploying environment is set
// on the function, one absent keeps the console's value; none is ever removed.
import type { FunctionPlan } from './deployPlan'
import { openCiCloud, type CiCloud } from './ciCloud'

export interface EnvVariable {
  key: string
  value: string
}

export interface FunctionState {
  runtime: string
  timeout: number
  memorySize: number
  status: string
  environment: EnvVariable[]
}

export interface FunctionChange {
  runtime: string
  timeout: number
  memorySize: number
  environment: EnvVariable[]
}

/** Reads and changes functions in one cloud environment (a fake one in the tests). */
export interface FunctionConsole {
  /** null when the environment has no function of that name */
  get(name: string): Promise<FunctionState | null>
  update(name: string, change: FunctionChange): Promise<void>
}

/** Required variables the function would lack: in neither the deploying environment nor the console. */
export function missingVariables(fn: FunctionPlan, state: FunctionState | null, localEnv: NodeJS.ProcessEnv): string[] {
  const inCloud = new Set((state?.environment ?? []).filter((variable) => variable.value !== '').map((variable) => variable.key))
  return fn.settings.env.filter((variable) => variable.required && !localEnv[variable.name]?.trim() && !inCloud.has(variable.name)).map((variable) => variable.name)
}

/** The change that brings `state` to the plan's settings, or null when it is there already. */
export function settingsChange(fn: FunctionPlan, state: FunctionState, localEnv: NodeJS.ProcessEnv): FunctionChange | null {
  const environment = new Map(state.environment.map((variable) => [variable.key, variable.value]))
  for (const variable of fn.settings.env) {
    const value = localEnv[variable.name]?.trim()
    if (value) environment.set(variable.name, value)
  }
  const change: FunctionChange = {
    runtime: fn.settings.runtime,
    timeout: fn.settings.timeoutSeconds,
    memorySize: fn.settings.memoryMB,
    environment: [...environment].map(([key, value]) => ({ key, value })),
  }
  const sameEnvironment = change.environment.length === state.environment.length && state.environment.every((variable) => environment.get(variable.key) === variable.value)
  const same = state.runtime === change.runtime && state.timeout === change.timeout && state.memorySize === change.memorySize && sameEnvironment
  return same ? null : change
}

export interface WaitOptions {
  pollMs: number
  attempts: number
}

/** Waits until WeChat has applied a change (status Active), as uploadFunction does. */
export async function waitActive(functions: FunctionConsole, name: string, wait: WaitOptions): Promise<FunctionState> {
  for (let attempt = 0; attempt < wait.attempts; attempt++) {
    const state = await functions.get(name)
    if (!state) throw new Error(`function ${name}: gone while its settings were being applied`)
    if (state.status === 'Active') return state
    if (/Failed$/.test(state.status)) throw new Error(`function ${name}: settings not applied (status ${state.status})`)
    await new Promise((resolve) => setTimeout(resolve, wait.pollMs))
  }
  throw new Error(`function ${name}: settings still not applied after ${(wait.attempts * wait.pollMs) / 1000} s`)
}

/** What miniprogram-ci's `scfGetFunctionInfo` answers (its own mapping of GetFunction). */
interface CiFunctionInfo {
  runtime: string
  timeout: number
  memorySize: number
  status: string
  environment?: { variables?: EnvVariable[] }
}

/** The console over miniprogram-ci's internal cloud API, called as its uploadFunction calls it. */
export function functionConsoleOver(cloud: CiCloud, env: string): FunctionConsole {
  return {
    async get(name) {
      let info: CiFunctionInfo
      try {
        info = (await cloud.call('scfGetFunctionInfo', { namespace: env, region: cloud.region, functionName: name, codeSecret: cloud.codeSecret })) as unknown as CiFunctionInfo
      } catch (error) {
        if ((error as { code?: string }).code === 'ResourceNotFound.Function') return null
        throw error
      }
      const { runtime, timeout, memorySize, status } = info
      return { runtime, timeout, memorySize, status, environment: info.environment?.variables ?? [] }
    },
    async update(name, change) {
      await cloud.call('scfUpdateFunctionInfo', { namespace: env, region: cloud.region, functionName: name, ...change, environment: { variables: change.environment } })
    },
  }
}

export async function ciFunctionConsole(project: object, env: string): Promise<FunctionConsole> {
  return functionConsoleOver(await openCiCloud(project, env), env)
}
