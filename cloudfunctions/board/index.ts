// The `board` cloud function as WeChat loads it: `exports.main` after the build.
import { createCloudMain } from '../common/cloudEntry'
import { boardDomain } from './domain'

export const main = createCloudMain(boardDomain)
