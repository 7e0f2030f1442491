// The `topics` cloud function as WeChat loads it: `exports.main` after the build.
import { createCloudMain } from '../common/cloudEntry'
import { topicsDomain } from './domain'

export const main = createCloudMain(topicsDomain)
