// The `reports` cloud function as WeChat loads it: `exports.main` after the build. Kept
// apart from the others because the spreadsheet writer is large and only 台账 need it.
import { createCloudMain } from '../common/cloudEntry'
import { reportsDomain } from './domain'

export const main = createCloudMain(reportsDomain)
