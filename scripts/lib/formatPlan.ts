// The deploy plan as the person deploying reads it, printed by `npm run deploy` before it
// starts and by `--dry-run` instead of starting.
import type { DeployPlan } from './deployPlan'

const list = (values: string[]) => (values.length ? values.join(', ') : 'none')

/** The plan as the person deploying reads it. */
export function formatPlan(plan: DeployPlan): string {
  const lines: string[] = ['Deploy plan', '', `1. Cloud functions (${plan.functions.length}), uploaded with cloud npm install:`]
  for (const fn of plan.functions) {
    lines.push(`   - ${fn.name}: ${fn.dir} (with its config.json)`)
    lines.push(`     open APIs: ${list(fn.openapi)}`)
    lines.push(`     triggers: ${list(fn.triggers.map((trigger) => `${trigger.name} (${trigger.type}, "${trigger.config}")`))}`)
    const { runtime, timeoutSeconds, memoryMB, env } = fn.settings
    lines.push(`     settings: ${runtime}, timeout ${timeoutSeconds} s, memory ${memoryMB} MB`)
    lines.push(`     environment variables (set from the deploying environment where present, else kept)${env.length ? ':' : ': none'}`)
    for (const variable of env) lines.push(`       ${variable.name}${variable.required ? ' (required)' : ''}: ${variable.meaning}`)
  }
  const indexCount = plan.collections.reduce((sum, collection) => sum + collection.indexes.length, 0)
  lines.push('', `2. Database: ${plan.collections.length} collections and ${indexCount} indexes, each created where missing; every collection 仅管理端可读写 (ADMINONLY):`)
  for (const collection of plan.collections) {
    lines.push(`   - ${collection.name}`)
    for (const index of collection.indexes) {
      const keys = index.keys.map((key) => `${key.name} ${key.direction}`).join(', ')
      lines.push(`       index ${index.name}: ${keys}${index.unique ? ' (unique)' : ''}`)
    }
  }
  const { projectPath, version, description } = plan.miniProgram
  lines.push('', `3. Mini-program: ${projectPath} uploaded as version ${version}, description "${description}"`)
  return lines.join('\n')
}
