// Deletes the 台账 files whose links have died: the reports function's timer trigger runs it
// (config.json `expire`, every ten minutes). A 台账 holds members' phones; on WeChat a file
// in public-read storage can be fetched by a link that never expires, so the file itself
// must go. Each file is recorded in `exports` when it is handed out (exportLedger).
import type { ExportDoc } from '../../../types'
import type { Services } from '../../common/context'

/** Files removed per run: a run stays well inside the function's timeout; the next run takes the rest. */
const PER_RUN = 500

export async function removeExpiredExports(services: Services, now: Date): Promise<number> {
  const expired = await services.store.find<ExportDoc>('exports', { expiresAt: { $lte: now.toISOString() } }, { sort: { expiresAt: 1 }, limit: PER_RUN })
  if (expired.length === 0) return 0
  await services.ports.downloads.remove(expired.map((doc) => doc.ref))
  await services.store.remove('exports', { _id: { $in: expired.map((doc) => doc._id) } })
  return expired.length
}
