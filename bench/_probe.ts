import { NedbStore } from '../server/nedb'
import { dispatch } from '../cloudfunctions/common/runtime'
import { boardDomain } from '../cloudfunctions/board/domain'
import { CalendarSource } from '../cloudfunctions/common/calendar'
import { systemClock } from '../cloudfunctions/common/time'
import { EMPTY_DENY_LIST, localPorts } from '../server/ports'

async function main() {
  const store = await NedbStore.open({ dataDir: '/tmp/liangpai-bench-board' })
  const calendar = new CalendarSource(store)
  await calendar.prime(Date.now())
  const services = { store, clock: systemClock, calendar, log: { info() {}, error() {} }, ports: localPorts('/tmp/probe', () => '', EMPTY_DENY_LIST) } as never
  const code = (i: number) => `s-${String(i).padStart(6, '0')}`
  const N = 20000
  for (let round = 0; round < 3; round++) {
    let t = process.hrtime.bigint()
    let bytes = 0
    for (let i = 0; i < N; i++) {
      const reply = await dispatch(boardDomain, { action: 'get', payload: { code: code(i % 3000) } }, { openid: null }, services)
      bytes += JSON.stringify(reply).length
    }
    const all = Number(process.hrtime.bigint() - t) / 1e3 / N
    t = process.hrtime.bigint()
    for (let i = 0; i < N; i++) await store.getById('boards', code(i % 3000))
    const read = Number(process.hrtime.bigint() - t) / 1e3 / N
    const reply = await dispatch(boardDomain, { action: 'get', payload: { code: code(5) } }, { openid: null }, services)
    t = process.hrtime.bigint()
    for (let i = 0; i < N; i++) JSON.stringify(reply)
    const str = Number(process.hrtime.bigint() - t) / 1e3 / N
    console.log(`dispatch+stringify ${all.toFixed(1)} µs; getById ${read.toFixed(1)} µs; stringify ${str.toFixed(1)} µs; avg bytes ${bytes / N}`)
  }
  process.exit(0)
}
void main()
