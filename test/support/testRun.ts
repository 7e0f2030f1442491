// The unit run's scratch folders: testServices names each one after this run
// (`liangpai-test-<run>-<uuid>`, and the key folder beside it), and the run removes its own
// when it ends, so a day of test runs does not leave tens of thousands of folders in the
// system's temp folder. Only this run's: another run going on at the same time keeps its own.
import { randomUUID } from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

const RUN_ENV = 'LIANGPAI_TEST_RUN'
const PREFIX = 'liangpai-test-'

/** The prefix of this run's scratch folders (a run of one test file without the global set-up gets one of its own). */
export function testRunPrefix(): string {
  process.env[RUN_ENV] ??= randomUUID().slice(0, 8)
  return path.join(os.tmpdir(), `${PREFIX}${process.env[RUN_ENV]}-`)
}

/** jest globalSetup: one run id for every worker (they inherit the environment). */
export function setUp(): void {
  process.env[RUN_ENV] = randomUUID().slice(0, 8)
}

/** jest globalTeardown: removes this run's scratch folders. */
export function tearDown(): void {
  const prefix = path.basename(testRunPrefix())
  for (const name of fs.readdirSync(os.tmpdir())) {
    if (name.startsWith(prefix)) fs.rmSync(path.join(os.tmpdir(), name), { recursive: true, force: true })
  }
}
