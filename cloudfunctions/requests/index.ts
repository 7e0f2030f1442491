// The `requests` cloud function as WeChat loads it: `exports.main` after the build. Its
// timer trigger (config.json, nightly at 03:00) runs the retention job instead of a call,
// and removes the rate-limit windows that have ended.
import { createCloudMain } from '../common/cloudEntry'
import { removeEndedWindows } from '../common/rateLimit'
import type { PortBuilders } from '../common/ports/lazyPorts'
import { notifyPort } from '../common/ports/wechatNotify'
import { vaultFromEnv } from '../common/vault'
import { requestsDomain } from './domain'
import { anonymiseExpired, retentionDaysFrom } from './lib/retention'

/** The ports its actions use, each built on first use (test/scripts/build-functions.test.ts checks the list against the code): the vault, notifications. */
export const ports: PortBuilders = { vault: () => vaultFromEnv(), notify: notifyPort }

export const main = createCloudMain(requestsDomain, {
  ports,
  timer: async (services, now) => ({
    anonymised: await anonymiseExpired(services, now, retentionDaysFrom(process.env)),
    // the rate-limit windows that have ended (common/rateLimit.ts), counted in the timer's log
    endedWindowsRemoved: await removeEndedWindows(services.store, now),
  }),
})
