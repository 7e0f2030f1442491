// miniprogram-ci's internal cloud API, opened the way its own `cloud.uploadFunction` opens
// it: the environment's region, the code secret, and requests signed with the project's
// upload key. Its public API stops at uploading functions and triggers; the deploy needs
// a few more of the same calls (a function's settings, a collection's permission).
// Internal modules without type declarations, pinned with miniprogram-ci at 2.1.42.
import { createRequire } from 'node:module'

type Call = (input: Record<string, unknown>, options?: unknown) => Promise<Record<string, unknown>>

interface Internals {
  initEnvironmentByProject(project: object, env: string): Promise<{ currentEnv: { functions: { region: string }[] }; cloudAPI: Record<string, unknown> }>
  get3rdCloudCodeSecret(project: object): Promise<string | undefined>
  boundTransactRequest(project: object): unknown
}

export interface CiCloud {
  region: string
  codeSecret: string | undefined
  /** one call of the internal cloud API by its name, e.g. `scfGetFunctionInfo` */
  call(name: string, input: Record<string, unknown>): Promise<Record<string, unknown>>
}

export async function openCiCloud(project: object, env: string): Promise<CiCloud> {
  const load = createRequire(__filename)
  const internals: Internals = {
    ...(load('miniprogram-ci/dist/ci/cloud/utils') as Pick<Internals, 'initEnvironmentByProject'>),
    ...(load('miniprogram-ci/dist/ci/cloud/cloudapi') as Omit<Internals, 'initEnvironmentByProject'>),
  }
  const { currentEnv, cloudAPI } = await internals.initEnvironmentByProject(project, env)
  const options = { request: internals.boundTransactRequest(project), transactType: (cloudAPI.TransactType as { IDE: number }).IDE }
  return {
    region: currentEnv.functions[0].region,
    codeSecret: await internals.get3rdCloudCodeSecret(project),
    call: (name, input) => {
      const api = cloudAPI[name]
      if (typeof api !== 'function') throw new Error(`miniprogram-ci has no cloud API call ${name} (its version moved from 2.1.42?)`)
      return (api as Call)(input, options)
    },
  }
}
