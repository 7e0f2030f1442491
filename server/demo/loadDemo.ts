// Loads the demo federations (a 街道, its 社区 and 村, and their 妇女小组 / 妇女微家),
// their 议事 topics and meetings, 和美社区's last 执委会, a year of 执委履职 entries with their counts, and a few
// 求助 cases (sealed with the given vault) into a store, writes their pictures under the
// files folder and builds every board. The local host calls it on an empty store; the
// seed script can add it to a large set.
import fs from 'node:fs'
import path from 'node:path'
import { rebuildBoard } from '../../cloudfunctions/shared/boardDocument'
import type { Store } from '../../cloudfunctions/common/store/port'
import type { VaultPort } from '../../cloudfunctions/common/vault'
import { DIR_MODE, FILE_MODE } from '../dataDir'
import { buildDemoDocs, demoFiles, type DemoDocs } from './build'
import { buildDemoAppraisal } from './appraisal'
import { buildDemoCommittees } from './committee'
import { buildDemoDutyEntries, demoDutyCounts } from './duty'
import { buildDemoRequests } from './requests'

export { DEMO_CODES, DEMO_OPENIDS, MAIN_DEMO_CODES } from './spec'
export { DEMO_REQUESTER_OPENIDS } from './requests'

/** Writes the demo pictures into `${filesDir}/demo/` (served as /files/demo/…). */
function writeDemoFiles(filesDir: string, docs: DemoDocs): void {
  const folder = path.join(filesDir, 'demo')
  fs.mkdirSync(folder, { recursive: true, mode: DIR_MODE })
  for (const file of demoFiles(docs)) fs.writeFileSync(path.join(folder, file.name), file.render(), { mode: FILE_MODE })
}

export async function loadDemo(store: Store, filesDir: string, now: Date, vault: VaultPort): Promise<void> {
  const docs = buildDemoDocs(now)
  const requests = buildDemoRequests(now, docs.members, vault)
  writeDemoFiles(filesDir, docs)
  for (const org of docs.orgs) await store.insert('orgs', org)
  for (const member of docs.members) await store.insert('members', member)
  for (const area of docs.areas) await store.insert('areas', area)
  for (const activity of docs.activities) await store.insert('activities', activity)
  for (const topic of docs.topics) await store.insert('topics', topic)
  for (const meeting of docs.meetings) await store.insert('meetings', meeting)
  for (const committee of buildDemoCommittees(now, docs.members)) await store.insert('committee_meetings', committee)
  const appraisal = buildDemoAppraisal(now, docs.members)
  await store.insert('committee_meetings', appraisal.meeting)
  await store.insert('appraisal_rounds', appraisal.round)
  for (const ballot of appraisal.ballots) await store.insert('appraisal_ballots', ballot)
  for (const event of requests.events) await store.insert('request_events', event)
  for (const request of requests.requests) await store.insert('requests', request)
  const entries = buildDemoDutyEntries(now, docs.members, docs.areas)
  for (const entry of entries) await store.insert('duty_entries', entry)
  for (const counts of demoDutyCounts(entries, docs.orgs)) await store.insert('duty_counts', counts)
  for (const org of docs.orgs) await rebuildBoard(store, org._id, now)
}
