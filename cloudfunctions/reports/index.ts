// The `reports` cloud function as WeChat loads it: `exports.main` after the build. Kept
// apart from the others because the spreadsheet writer is large and only 台账 need it. Its
// timer trigger (config.json, every ten minutes) deletes the files whose links have died.
import { createCloudMain } from '../common/cloudEntry'
import type { PortBuilders } from '../common/ports/lazyPorts'
import { wechatDownloads } from '../common/ports/wechatDownloads'
import { wechatFiles } from '../common/ports/wechatFiles'
import { reportsDomain } from './domain'
import { removeExpiredExports } from './lib/expire'

/** The ports its actions use, each built on first use (test/scripts/build-functions.test.ts checks the list against the code): the 台账 download, photo links. */
export const ports: PortBuilders = { downloads: wechatDownloads, files: wechatFiles }

export const main = createCloudMain(reportsDomain, { ports, timer: (services, now) => removeExpiredExports(services, now) })
