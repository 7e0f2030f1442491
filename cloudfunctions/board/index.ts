// The `board` cloud function as WeChat loads it: `exports.main` after the build. The
// public board uses no port: nothing but the store is bundled with it.
import { createCloudMain } from '../common/cloudEntry'
import type { PortBuilders } from '../common/ports/lazyPorts'
import { boardDomain } from './domain'

/** The ports its actions use (test/scripts/build-functions.test.ts checks the list against the code): none. */
export const ports: PortBuilders = {}

export const main = createCloudMain(boardDomain, { ports })
