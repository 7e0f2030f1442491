// The `requests` cloud function as WeChat loads it: `exports.main` after the build. Its
// timer trigger (config.json, nightly at 03:00) runs the retention job instead of a call.
import { createCloudMain } from '../common/cloudEntry'
import { requestsDomain } from './domain'
import { anonymiseExpired, retentionDaysFrom } from './lib/retention'

export const main = createCloudMain(requestsDomain, {
  timer: (services, now) => anonymiseExpired(services, now, retentionDaysFrom(process.env)),
})
