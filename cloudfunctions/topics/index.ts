// The `topics` cloud function as WeChat loads it: `exports.main` after the build.
import { createCloudMain } from '../common/cloudEntry'
import type { PortBuilders } from '../common/ports/lazyPorts'
import { contentCheckPort } from '../common/ports/wechatContentCheck'
import { notifyPort } from '../common/ports/wechatNotify'
import { topicsDomain } from './domain'

/** The ports its actions use, each built on first use (test/scripts/build-functions.test.ts checks the list against the code): the text check, notifications. */
export const ports: PortBuilders = { contentCheck: contentCheckPort, notify: notifyPort }

export const main = createCloudMain(topicsDomain, { ports })
