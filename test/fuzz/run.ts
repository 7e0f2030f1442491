// `npm run fuzz`: the full fuzz run over every action of the contract (1,000 malformed
// calls each by default), printing a line per action and per function and a total, then
// the first findings. Exits 1 when any call was INTERNAL, crashed, wrote on a refusal,
// logged an error, or answered in words a person should not see.
// Options: --seed=<n> (default 20261123), --per-action=<n>, --only=<fn,fn>.
import { contracts } from '../../types'
import type { FunctionName } from '../../types/contracts'
import { FUZZ_SEED, fuzzContract } from './fuzzer'
import { findingLines, line, summaryLines } from './summary'

function option(name: string): string | undefined {
  const prefix = `--${name}=`
  return process.argv.find((arg) => arg.startsWith(prefix))?.slice(prefix.length)
}

async function main(): Promise<number> {
  const seed = Number(option('seed') ?? FUZZ_SEED)
  const perAction = Number(option('per-action') ?? 1000)
  const only = option('only')?.split(',') as FunctionName[] | undefined
  const unknown = only?.filter((fn) => !(fn in contracts))
  if (unknown?.length) throw new Error(`no such function: ${unknown.join(', ')}`)
  console.log(`fuzzing every action, ${perAction} calls each, seed ${seed}`)
  const report = await fuzzContract({ seed, perAction, functions: only, onAction: (key, tally) => console.log(line(`  ${key}`, tally)) })
  console.log('')
  for (const text of summaryLines(report)) console.log(text)
  if (report.findings.length === 0) return 0
  console.log(`\n${report.findings.length} findings; the first:`)
  for (const text of findingLines(report)) console.log(text)
  return 1
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error)
    process.exit(2)
  },
)
