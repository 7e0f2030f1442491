// The cloud database's collections and indexes, created where missing. miniprogram-ci
// 2.1.42 has no public call for the database, so this speaks WeChat's server HTTP API
// (服务端 API, 云开发 → 数据库): databasecollectionget, databasecollectionadd and updateindex,
// with an access_token from the AppID and AppSecret. That API lists a collection's
// number of indexes but not their names, so indexes are created in full on a collection
// made now, and on an older collection only when it has fewer than declared.
import type { CollectionPlan, IndexPlan } from './deployPlan'

export interface CollectionInfo {
  name: string
  /** indexes the collection has, `_id` included */
  indexCount: number
}

export interface CloudDatabase {
  listCollections(): Promise<CollectionInfo[]>
  addCollection(name: string): Promise<void>
  createIndex(index: IndexPlan): Promise<void>
}

export type Fetch = (url: string, init: { method: 'POST'; headers: Record<string, string>; body: string }) => Promise<{ json(): Promise<unknown> }>

interface WechatAnswer {
  errcode?: number
  errmsg?: string
}

const API = 'https://api.weixin.qq.com'
const PAGE = 100

export function httpCloudDatabase(options: { appid: string; secret: string; env: string; fetch?: Fetch }): CloudDatabase {
  const send = options.fetch ?? (globalThis.fetch as unknown as Fetch)
  let token: Promise<string> | undefined

  const post = async <T extends WechatAnswer>(pathAndQuery: string, body: object): Promise<T> => {
    const response = await send(`${API}${pathAndQuery}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) })
    const answer = (await response.json()) as T
    if (answer.errcode) throw new Error(`${pathAndQuery.split('?')[0]}: errcode ${answer.errcode} ${answer.errmsg ?? ''}`.trim())
    return answer
  }
  const accessToken = () =>
    (token ??= post<WechatAnswer & { access_token: string }>('/cgi-bin/stable_token', { grant_type: 'client_credential', appid: options.appid, secret: options.secret }).then(
      (answer) => answer.access_token,
    ))
  const tcb = async <T extends WechatAnswer>(api: string, body: object) =>
    post<T>(`/tcb/${api}?access_token=${encodeURIComponent(await accessToken())}`, { env: options.env, ...body })

  return {
    async listCollections() {
      const found: CollectionInfo[] = []
      for (let offset = 0; ; offset += PAGE) {
        const answer = await tcb<WechatAnswer & { collections?: { name: string; index_count?: number }[]; pager?: { Total?: number } }>('databasecollectionget', {
          limit: PAGE,
          offset,
        })
        const page = answer.collections ?? []
        found.push(...page.map((collection) => ({ name: collection.name, indexCount: collection.index_count ?? 0 })))
        const total = answer.pager?.Total
        if (page.length < PAGE || (total !== undefined && found.length >= total)) return found
      }
    },
    async addCollection(name) {
      await tcb('databasecollectionadd', { collection_name: name })
    },
    async createIndex(index) {
      await tcb('updateindex', { collection_name: index.collection, create_indexes: [{ name: index.name, unique: index.unique, keys: index.keys }], drop_indexes: [] })
    },
  }
}

export interface DatabaseOutcome {
  createdCollections: string[]
  createdIndexes: string[]
  /** indexes WeChat refused on an older collection: perhaps already there under another name */
  warnings: string[]
}

export async function ensureDatabase(collections: CollectionPlan[], database: CloudDatabase, log: (line: string) => void): Promise<DatabaseOutcome> {
  const existing = new Map((await database.listCollections()).map((collection) => [collection.name, collection]))
  const outcome: DatabaseOutcome = { createdCollections: [], createdIndexes: [], warnings: [] }
  for (const collection of collections) {
    const found = existing.get(collection.name)
    if (!found) {
      await database.addCollection(collection.name)
      outcome.createdCollections.push(collection.name)
      log(`collection ${collection.name}: created`)
    } else if (found.indexCount >= collection.indexes.length + 1) {
      log(`collection ${collection.name}: exists with ${found.indexCount} indexes (_id and ${collection.indexes.length} declared): nothing to add`)
      continue
    }
    for (const index of collection.indexes) {
      try {
        await database.createIndex(index)
        outcome.createdIndexes.push(`${collection.name}.${index.name}`)
        log(`index ${collection.name}.${index.name}: created`)
      } catch (error) {
        // A new collection has no index to collide with: a refusal there is a real failure.
        if (!found) throw error
        const reason = error instanceof Error ? error.message : String(error)
        outcome.warnings.push(`索引 ${collection.name}.${index.name} 未建立（${reason}）：若控制台 索引管理 里已有同样字段的索引可不理会，否则请手工添加`)
      }
    }
  }
  return outcome
}
