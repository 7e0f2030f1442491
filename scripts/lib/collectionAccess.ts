// Every collection readable and writable by the cloud functions only (仅管理端可读写, the
// ACL tag ADMINONLY): the mini-program never reads the database itself, and help requests
// are sensitive personal information. The HTTP API that creates collections sets no
// permission, so the deploy checks each collection's tag on every run and corrects it,
// through miniprogram-ci's internal cloud API (DescribeDatabaseACL / ModifyDatabaseACL).
import { openCiCloud, type CiCloud } from './ciCloud'

export const ADMIN_ONLY = 'ADMINONLY'

export interface CollectionAccess {
  get(collection: string): Promise<string>
  set(collection: string, aclTag: string): Promise<void>
}

/** Returns the collections whose permission was changed. */
export async function ensureAdminOnly(collections: string[], access: CollectionAccess, log: (line: string) => void): Promise<string[]> {
  const changed: string[] = []
  for (const collection of collections) {
    const tag = await access.get(collection)
    if (tag === ADMIN_ONLY) continue
    await access.set(collection, ADMIN_ONLY)
    changed.push(collection)
    log(`collection ${collection}: permission ${tag || 'unset'} → ${ADMIN_ONLY} (仅管理端可读写)`)
  }
  return changed
}

/** The permissions over miniprogram-ci's internal cloud API (`aclTag` is its name for AclTag). */
export function collectionAccessOver(cloud: CiCloud, env: string): CollectionAccess {
  return {
    async get(collection) {
      const answer = await cloud.call('tcbDescribeDatabaseACL', { region: cloud.region, envId: env, collectionName: collection })
      return String(answer.aclTag ?? '')
    },
    async set(collection, aclTag) {
      await cloud.call('tcbModifyDatabaseACL', { region: cloud.region, envId: env, collectionName: collection, aclTag })
    },
  }
}

export async function ciCollectionAccess(project: object, env: string): Promise<CollectionAccess> {
  return collectionAccessOver(await openCiCloud(project, env), env)
}
