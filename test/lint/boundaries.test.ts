// The import boundaries are rules that fail the build: lint the fixture tree (a small
// copy of the repository's layout, test/lint/fixtures/) with the repository's own
// eslint.config.mjs and check that each deliberate violation is reported with its rule's
// message, and that the allowed imports beside it are not.
import { spawnSync } from 'node:child_process'
import path from 'node:path'

const ROOT = path.resolve(__dirname, '../..')
const FIXTURES = path.join(__dirname, 'fixtures')

/** Fixture file → the message of the boundary rule it breaks, or null where every import is allowed. */
const CASES: Record<string, string | null> = {
  'types/importsOurs.ts': 'types/ is the contract: it imports nothing of ours.',
  'types/importsOtherPackage.ts': 'types/ imports only zod and dayjs.',
  'types/importsItselfZodAndDayjs.ts': null,
  'src/lib/importsFunction.ts': 'src/ never imports cloudfunctions/ or server/',
  'src/lib/importsFunctionTypes.ts': 'src/ never imports cloudfunctions/ or server/',
  'src/pages/home/importsServer.ts': 'src/ never imports cloudfunctions/ or server/',
  'src/lib/importsContract.ts': null,
  'cloudfunctions/org/lib/importsOtherFunction.ts': "A cloud function never imports another function's folder",
  'cloudfunctions/org/lib/importsItselfCommonAndShared.ts': null,
  'cloudfunctions/common/importsFunction.ts': "cloudfunctions/common and cloudfunctions/shared import no function's folder.",
  'cloudfunctions/shared/importsFunction.ts': "cloudfunctions/common and cloudfunctions/shared import no function's folder.",
  'cloudfunctions/common/importsItselfAndContract.ts': null,
  'cloudfunctions/org/lib/importsServer.ts': 'Cloud functions never import server/',
  'server/importsFunction.ts': null,
  'cloudfunctions/org/handlers/importsHandler.ts': 'Handlers never import handlers',
  'cloudfunctions/org/handlers/importsLib.ts': null,
  'src/staff/importsOtherSubpackage.ts': 'A subpackage never imports another subpackage',
  'src/help/reexportsOtherSubpackage.ts': 'A subpackage never imports another subpackage',
  'src/topics/importsMainPage.ts': 'A subpackage imports only itself, src/components, src/lib, src/hooks, src/api and types/.',
  'src/help/importsScript.ts': 'A subpackage imports only itself, src/components, src/lib, src/hooks, src/api and types/.',
  'src/staff/importsItselfAndSharedCode.ts': null,
  'src/pages/home/importsSubpackage.ts': 'The main package (src/pages, components, lib, hooks, api, app) imports no subpackage.',
  'src/lib/importsSubpackage.ts': 'The main package (src/pages, components, lib, hooks, api, app) imports no subpackage.',
  'src/pages/home/importsSharedCode.ts': null,
  'src/pages/home/importsTransport.ts': 'Only src/api calls the transport',
  'src/api/index.ts': null,
}

/** Breaks the main-package rule under an eslint-disable comment, which the config refuses to honour. */
const DISABLES_THE_RULE = 'src/pages/home/disablesTheRule.ts'

type LintMessage = { ruleId: string | null; message: string; line: number }
type LintResult = { filePath: string; messages: LintMessage[] }

let results: Map<string, LintMessage[]>

beforeAll(() => {
  // A child process: ESLint loads its ES-module config with import(), which jest's
  // module sandbox does not run.
  const lint = spawnSync(path.join(ROOT, 'node_modules/.bin/eslint'), ['--format', 'json', '.'], { cwd: FIXTURES, encoding: 'utf8' })
  if (lint.status !== 0 && lint.status !== 1) throw new Error(`eslint exited ${lint.status}: ${lint.stderr}`)
  const parsed = JSON.parse(lint.stdout) as LintResult[]
  results = new Map(parsed.map((result) => [path.relative(FIXTURES, result.filePath).split(path.sep).join('/'), result.messages]))
}, 60_000)

test.each(Object.entries(CASES))('%s', (file, expected) => {
  const messages = results.get(file)
  expect(messages).toBeDefined()
  const found = messages!.map((m) => `${m.ruleId}: ${m.message}`)
  if (expected === null) expect(found).toEqual([])
  else expect(found).toEqual([expect.stringMatching(new RegExp(`^boundaries/dependencies: ${escapeRegExp(expected)}`))])
})

test('an eslint-disable comment does not silence a boundary rule', () => {
  const messages = results.get(DISABLES_THE_RULE)!.map((m) => m.ruleId)
  expect(messages).toEqual([null, 'boundaries/dependencies'])
})

test('every other fixture file lints clean, so a case fails only by its own import', () => {
  const noisy = [...results].filter(([file, messages]) => !(file in CASES) && file !== DISABLES_THE_RULE && messages.length > 0)
  expect(noisy).toEqual([])
  expect(results.size).toBeGreaterThan(Object.keys(CASES).length)
})

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}
