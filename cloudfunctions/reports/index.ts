// The `reports` cloud function as WeChat loads it: `exports.main` after the build. Kept
// apart from the others because the spreadsheet writer is large and only 台账 need it. Its
// timer trigger (config.json, every ten minutes) deletes the files whose links have died.
import { createCloudMain } from '../common/cloudEntry'
import { reportsDomain } from './domain'
import { removeExpiredExports } from './lib/expire'

export const main = createCloudMain(reportsDomain, { timer: (services, now) => removeExpiredExports(services, now) })
