// The 区县 with a year of use that the reports and year benchmarks both stand on: 3,000
// federations (the seed script's tree), their members, topics and help requests, then a
// year of 履职 entries for every member, written straight into the store's files.
import { seed } from '../../scripts/seed'
import { addDutyData } from './dutyData'

export const ORGS = 3000
export const MEMBERS_PER_ORG = 14
export const TOPICS_PER_ORG = 17
export const REQUESTS_PER_ORG = 34
export const ENTRIES_PER_MEMBER = 12

export interface CountyYear {
  seeded: Awaited<ReturnType<typeof seed>>
  dutyEntries: number
}

/** Writes the 区县's year into `dataDir`, replacing what is there. */
export async function seedCountyYear(dataDir: string, now: Date): Promise<CountyYear> {
  console.log(`正在生成数据集（${ORGS} 个组织，每个 ${MEMBERS_PER_ORG} 名执委、${TOPICS_PER_ORG} 个议题、${REQUESTS_PER_ORG} 件求助）到 ${dataDir} …`)
  const seeded = await seed({
    orgs: ORGS,
    membersPerOrg: MEMBERS_PER_ORG,
    topicsPerOrg: TOPICS_PER_ORG,
    requestsPerOrg: REQUESTS_PER_ORG,
    dataDir,
    withDemo: false,
    force: true,
    now,
  })
  console.log(`正在写入一年的履职记录（每名执委 ${ENTRIES_PER_MEMBER} 条）…`)
  const duty = await addDutyData(dataDir, ENTRIES_PER_MEMBER, new Set(), now)
  return { seeded, dutyEntries: duty.entries }
}
