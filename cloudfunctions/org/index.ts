// The `org` cloud function as WeChat loads it: `exports.main` after the build.
import { createCloudMain } from '../common/cloudEntry'
import { orgDomain } from './domain'

export const main = createCloudMain(orgDomain)
