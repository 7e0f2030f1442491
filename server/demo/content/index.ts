// Every demo org, parents before children (the loader inserts them in this order).
import type { OrgSpec } from '../spec'
import { community } from './community'
import { resettlement } from './resettlement'
import { smallBodies } from './smallBodies'
import { street } from './street'
import { village } from './village'

export const DEMO_ORGS: readonly OrgSpec[] = [street, community, village, resettlement, ...smallBodies]
