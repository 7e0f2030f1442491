// `npm run test:durability` (also a stage of `npm test`): 2,000 help-request submissions
// from 50 concurrent clients against the local host, which is killed (SIGKILL, the whole
// process group) and restarted twice while they run. Afterwards, with the host stopped
// cleanly: every acknowledged submission is in the store exactly once, with its timeline
// and her personal data readable, and no answer was ever a 5xx. Exits 1 otherwise.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { orgIdOf } from '../../server/demo/build'
import { DEMO_CODES } from '../../server/demo/spec'
import { localKeyDir } from '../../server/vault'
import { LOG_COLLECTIONS } from '../../server/logStore'
import type { CollectionName } from '../../cloudfunctions/common/store/port'
import { Clients, makeSubmissions } from './clients'
import { freePort, LocalHost } from '../support/host'
import { verifyStore } from './verify'

const SUBMISSIONS = 2000
const CLIENTS = 50
/** The host is killed when this share of the submissions has been acknowledged. */
const KILL_AT = [0.3, 0.65]
/** How long the host stays down before it is started again. */
const DOWN_MS = 500
/** The whole run gives up after this long (a submission that is never acknowledged). */
const RUN_LIMIT_MS = 8 * 60_000

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/** Collection files the kill left ending in half a record (the store cuts those off before it reads or appends to them). */
function tornFiles(dataDir: string): string[] {
  const files = fs.readdirSync(dataDir, { withFileTypes: true }).flatMap((entry) => {
    if (entry.isDirectory() && LOG_COLLECTIONS[entry.name as CollectionName]) return fs.readdirSync(path.join(dataDir, entry.name)).map((name) => path.join(entry.name, name))
    return entry.name.endsWith('.db') ? [entry.name] : []
  })
  return files.filter((name) => {
    const bytes = fs.readFileSync(path.join(dataDir, name))
    return bytes.length > 0 && bytes[bytes.length - 1] !== 0x0a
  })
}

/** Kills and restarts the host at each KILL_AT mark while the clients run; returns the kills done. */
async function killWhileRunning(host: LocalHost, clients: Clients, running: { done: boolean }, dataDir: string): Promise<number> {
  const { report } = clients
  let kills = 0
  for (const share of KILL_AT) {
    while (!running.done && report.acknowledged.size < share * SUBMISSIONS) {
      if (host.crashed) throw new Error(host.crashed)
      await sleep(10)
    }
    if (running.done) return kills
    const unanswered = clients.inFlight
    await host.kill()
    kills++
    const torn = tornFiles(dataDir)
    console.log(
      `已强杀本地服务（第 ${kills} 次：已确认 ${report.acknowledged.size} 条，${unanswered} 个请求在途，末行残缺的文件 ${torn.length > 0 ? torn.join('、') : '无'}），${DOWN_MS} 毫秒后重启`,
    )
    await sleep(DOWN_MS)
    await host.start()
  }
  return kills
}

function printProblems(title: string, lines: string[]): void {
  if (lines.length === 0) return
  console.error(`\n${title}（${lines.length}）：`)
  for (const line of lines.slice(0, 20)) console.error(`  ${line}`)
  if (lines.length > 20) console.error(`  …另有 ${lines.length - 20} 条`)
}

/** Starts the host, runs the clients while killing it at each mark, then stops it cleanly; returns the kills done. */
async function drive(host: LocalHost, clients: Clients, dataDir: string): Promise<number> {
  const running = { done: false }
  try {
    await host.start()
    const finished = clients.run(CLIENTS).finally(() => (running.done = true))
    const kills = await killWhileRunning(host, clients, running, dataDir)
    await finished
    await host.stop()
    return kills
  } catch (error) {
    await host.kill()
    printProblems('本地服务的输出（最后几行）', host.output().split('\n').slice(-20))
    throw error
  }
}

async function main(): Promise<number> {
  const started = Date.now()
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'liangpai-durability-'))
  // the demo's federation takes the submissions; the access log of every answered call is not kept
  const host = new LocalHost({
    via: 'server',
    dataDir,
    port: await freePort(),
    env: { HOST: '127.0.0.1', H5_DIR: '', LOAD_DEMO: '1' },
    dropLines: / POST \/api\/\S+ 200 /,
    readyTimeoutMs: 120_000,
  })
  console.log(`耐久测试：${SUBMISSIONS} 条求助、${CLIENTS} 个并发客户端，数据目录 ${dataDir}`)
  const submissions = makeSubmissions(SUBMISSIONS, orgIdOf(DEMO_CODES.community))
  const giveUp = () => host.crashed ?? (Date.now() > started + RUN_LIMIT_MS ? '超过时限' : null)
  const clients = new Clients(host.url, submissions, giveUp)
  const kills = await drive(host, clients, dataDir)
  const { report } = clients
  const findings = await verifyStore(dataDir, submissions, report)
  const problems = [...findings.problems]
  if (kills !== KILL_AT.length) problems.push(`本应强杀 ${KILL_AT.length} 次，只做到 ${kills} 次`)
  if (host.crashed) problems.push(host.crashed)
  console.log(`已确认 ${report.acknowledged.size} 条，存下 ${findings.cases} 件，重试 ${report.retries} 次，强杀 ${kills} 次，用时 ${Date.now() - started} 毫秒`)
  printProblems('5xx 应答', report.serverErrors)
  printProblems('不应有的应答', report.refusals)
  printProblems('存储中的问题', problems)
  if (report.serverErrors.length + report.refusals.length + problems.length > 0) {
    printProblems('本地服务的输出（最后几行）', host.output().split('\n').slice(-20))
    console.error(`\n耐久测试失败。数据目录保留在 ${dataDir}`)
    return 1
  }
  fs.rmSync(dataDir, { recursive: true, force: true })
  fs.rmSync(localKeyDir(dataDir), { recursive: true, force: true })
  console.log('耐久测试通过。')
  return 0
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error('耐久测试无法运行：', error instanceof Error ? error.message : error)
    process.exit(1)
  },
)
