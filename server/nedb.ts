// The embedded store: one @seald-io/nedb datastore per collection, as files under
// DATA_DIR on the local host, or in memory for tests. nedb speaks the port's filter
// and update language natively, so this adapter only adds ids, versions and errors.
import Datastore from '@seald-io/nedb'
import fs from 'node:fs'
import path from 'node:path'
import { AppError } from '../cloudfunctions/common/errors'
import { INDEXES } from '../cloudfunctions/common/store/indexes'
import { DIR_MODE, FILE_MODE } from './dataDir'
import { COLLECTIONS, MAX_LIMIT, type CollectionName, type Filter, type FindOptions, type Store, type StoredDoc, type Update } from '../cloudfunctions/common/store/port'

export interface NedbStoreOptions {
  /** folder for the collection files; omitted: everything stays in memory */
  dataDir?: string
}

const TAIL_CHUNK = 64 * 1024

/**
 * nedb ends every record it writes with a newline, so a file that does not end with one
 * holds a record whose append was cut short — the host was killed mid-write, and the
 * write was never acknowledged. Cutting it off lets the file load: nedb refuses a file
 * in which more than one line in ten is unreadable, which one torn line makes of a
 * small collection.
 */
export function dropTornTail(filename: string): void {
  if (!fs.existsSync(filename)) return
  const fd = fs.openSync(filename, 'r+')
  try {
    const buffer = Buffer.alloc(TAIL_CHUNK)
    let end = fs.fstatSync(fd).size
    const size = end
    while (end > 0) {
      const start = Math.max(0, end - TAIL_CHUNK)
      const read = fs.readSync(fd, buffer, 0, end - start, start)
      const newline = buffer.subarray(0, read).lastIndexOf(0x0a)
      if (newline >= 0) {
        if (start + newline + 1 < size) fs.ftruncateSync(fd, start + newline + 1)
        return
      }
      end = start
    }
    fs.ftruncateSync(fd, 0)
  } finally {
    fs.closeSync(fd)
  }
}

/** Stale lines a collection file may gather before it is rewritten (see `noteStale`). */
const STALE_LINES_BEFORE_COMPACTING = 1000

export class NedbStore implements Store {
  private readonly collections = new Map<CollectionName, Datastore<StoredDoc>>()
  /** Lines each collection has appended since it was last rewritten that an overwrite or removal made stale. */
  private readonly stale = new Map<CollectionName, number>()
  /** How many stale lines each collection may gather: the documents it held at its last rewrite, at least STALE_LINES_BEFORE_COMPACTING. */
  private readonly compactAfter = new Map<CollectionName, number>()

  private constructor() {}

  static async open(options: NedbStoreOptions = {}): Promise<NedbStore> {
    const store = new NedbStore()
    for (const name of COLLECTIONS) {
      const filename = options.dataDir ? path.join(options.dataDir, `${name}.db`) : null
      if (filename) dropTornTail(filename)
      const datastore = filename ? new Datastore<StoredDoc>({ filename, modes: { fileMode: FILE_MODE, dirMode: DIR_MODE } }) : new Datastore<StoredDoc>({ inMemoryOnly: true })
      await datastore.loadDatabaseAsync()
      store.collections.set(name, datastore)
    }
    for (const index of INDEXES) {
      await store.of(index.collection).ensureIndexAsync({ fieldName: index.fields[0], unique: index.unique ?? false })
    }
    return store
  }

  private of(name: CollectionName): Datastore<StoredDoc> {
    const datastore = this.collections.get(name)
    if (!datastore) throw new Error(`unknown collection ${name}`)
    return datastore
  }

  async find<T extends StoredDoc>(collection: CollectionName, filter: Filter, options: FindOptions = {}): Promise<T[]> {
    let cursor = this.of(collection).findAsync(filter as Record<string, unknown>)
    if (options.sort) cursor = cursor.sort(options.sort)
    if (options.skip) cursor = cursor.skip(options.skip)
    cursor = cursor.limit(Math.min(options.limit ?? MAX_LIMIT, MAX_LIMIT))
    return (await cursor) as unknown as T[]
  }

  async getById<T extends StoredDoc>(collection: CollectionName, id: string): Promise<T | null> {
    return ((await this.of(collection).findOneAsync({ _id: id })) as T | null) ?? null
  }

  async count(collection: CollectionName, filter: Filter): Promise<number> {
    return this.of(collection).countAsync(filter as Record<string, unknown>)
  }

  async insert<T extends StoredDoc>(collection: CollectionName, doc: T): Promise<T> {
    try {
      return (await this.of(collection).insertAsync(doc)) as T
    } catch (error) {
      if ((error as { errorType?: string }).errorType === 'uniqueViolated') {
        throw new AppError('CONFLICT', '这条记录已经存在')
      }
      throw error
    }
  }

  /**
   * nedb appends a line for every overwrite and removal, so a document rewritten all the
   * time — a rate-limit counter, the tally of a flood of refused calls — would grow its
   * file by a line a call. Once a collection has gathered more stale lines than it holds
   * documents (and at least STALE_LINES_BEFORE_COMPACTING), its file is rewritten in the
   * background: amortised, each write pays for about one line of rewriting.
   */
  private noteStale(collection: CollectionName, lines: number): void {
    const stale = (this.stale.get(collection) ?? 0) + lines
    if (stale < (this.compactAfter.get(collection) ?? STALE_LINES_BEFORE_COMPACTING)) {
      this.stale.set(collection, stale)
      return
    }
    const datastore = this.of(collection)
    this.stale.set(collection, 0)
    // the documents it holds now: counted once a rewrite, not on every write
    this.compactAfter.set(collection, Math.max(STALE_LINES_BEFORE_COMPACTING, datastore.getAllData().length))
    // a failed rewrite leaves the file as it was (nedb writes a new file, then renames it); the next one retries
    datastore.compactDatafileAsync().catch(() => this.stale.set(collection, stale))
  }

  async put<T extends StoredDoc>(collection: CollectionName, doc: T): Promise<void> {
    await this.of(collection).updateAsync({ _id: doc._id }, doc, { upsert: true })
    this.noteStale(collection, 1)
  }

  async update(collection: CollectionName, filter: Filter, update: Update): Promise<number> {
    const { numAffected } = await this.of(collection).updateAsync(filter as Record<string, unknown>, update, { multi: true })
    this.noteStale(collection, numAffected)
    return numAffected
  }

  async updateVersioned(collection: CollectionName, id: string, expectedVersion: number, update: Update): Promise<boolean> {
    const bumped: Update = { ...update, $inc: { ...update.$inc, version: 1 } }
    const { numAffected } = await this.of(collection).updateAsync({ _id: id, version: expectedVersion }, bumped, {})
    this.noteStale(collection, numAffected)
    return numAffected === 1
  }

  async remove(collection: CollectionName, filter: Filter): Promise<number> {
    const removed = await this.of(collection).removeAsync(filter as Record<string, unknown>, { multi: true })
    this.noteStale(collection, removed)
    return removed
  }

  /**
   * Rewrites these collections' files with only the current documents: nedb appends every
   * write, so an overwritten or removed document stays in the file, readable, until then.
   * The rewrite goes to a new file that replaces the old one, and it waits its turn
   * behind the writes already queued.
   */
  async purge(collections: readonly CollectionName[]): Promise<void> {
    for (const name of new Set(collections)) await this.of(name).compactDatafileAsync()
  }

  /** Rewrites each collection file compactly (nedb appends on every write). */
  async compact(): Promise<void> {
    await this.purge(COLLECTIONS)
  }
}
