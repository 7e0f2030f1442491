// A store wrapper that counts reads and writes: lets a test prove how many store
// round trips a call makes (board.get must make exactly one read).
import type { CollectionName, Filter, FindOptions, Store, StoredDoc, Update } from './port'

export class CountingStore implements Store {
  reads = 0
  writes = 0

  constructor(private readonly inner: Store) {}

  reset(): void {
    this.reads = 0
    this.writes = 0
  }

  find<T extends StoredDoc>(collection: CollectionName, filter: Filter, options?: FindOptions): Promise<T[]> {
    this.reads++
    return this.inner.find<T>(collection, filter, options)
  }
  getById<T extends StoredDoc>(collection: CollectionName, id: string): Promise<T | null> {
    this.reads++
    return this.inner.getById<T>(collection, id)
  }
  count(collection: CollectionName, filter: Filter): Promise<number> {
    this.reads++
    return this.inner.count(collection, filter)
  }
  insert<T extends StoredDoc>(collection: CollectionName, doc: T): Promise<T> {
    this.writes++
    return this.inner.insert(collection, doc)
  }
  put<T extends StoredDoc>(collection: CollectionName, doc: T): Promise<void> {
    this.writes++
    return this.inner.put(collection, doc)
  }
  update(collection: CollectionName, filter: Filter, update: Update): Promise<number> {
    this.writes++
    return this.inner.update(collection, filter, update)
  }
  updateVersioned(collection: CollectionName, id: string, expectedVersion: number, update: Update): Promise<boolean> {
    this.writes++
    return this.inner.updateVersioned(collection, id, expectedVersion, update)
  }
  remove(collection: CollectionName, filter: Filter): Promise<number> {
    this.writes++
    return this.inner.remove(collection, filter)
  }
}
