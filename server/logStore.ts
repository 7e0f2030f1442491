// The collections of the embedded store that grow with every day of use — the append-only
// audit, outbox and request_events, and the 履职 entries — kept on disk and out of memory:
// a year of a 区县 holds millions of them, and the nedb datastores hold every document in
// memory and read every file whole at start.
//
// A log collection is a folder under DATA_DIR of JSON-lines files in nedb's own format
// (one document a line, the last line of an `_id` wins, `{"$$deleted":true,"_id":…}`
// removes it):
//   d<hhh>.jsonl  the documents, in one of 4,096 files by a hash of the field every query
//                 of the collection names (audit and duty_entries: orgId, outbox: openid,
//                 request_events: caseId), so a query reads one small file;
//   i<hhh>.ids    the `_id` index, in one of 1,024 files by a hash of the `_id`: a line
//                 `"<_id>"<tab><data file>` per document, written before the document, so
//                 every stored document is listed (a line left by a write that never
//                 finished points at a file without the document, and is ignored);
//   j<nnnnnn>.journal  the lines written since the last fold, in the order written, each
//                 as `<file><tab><line>`.
// Nothing is read at start. Filters, sorts and updates are nedb's own (its model module),
// so a query answers exactly as on a nedb datastore. Every write is appended to the
// journal (with the other writes of its turn) before it is acknowledged, as nedb appends; a
// line cut short by a kill is never read. Every few thousand lines, or a second after its
// first, a journal is folded into the files by a thread of its own (server/foldJob.ts),
// which reads it back, and then removed; until then a read of a file reads its lines from
// the journal after the file's own.
// A journal left by a kill is folded at the next start, and a line folded twice changes
// nothing (the same line again, in the same order). Overwritten and removed lines are
// rewritten away by `purge` / `compact` (a new file replacing the old one), as nedb compacts.
import fs from 'node:fs'
import path from 'node:path'
import readline from 'node:readline'
import * as model from '@seald-io/nedb/lib/model'
import { AppError } from '../cloudfunctions/common/errors'
import { MAX_LIMIT, type CollectionName, type Filter, type FindOptions, type StoredDoc, type Update } from '../cloudfunctions/common/store/port'
import { acknowledged, appendAtTurnEnd, appendTo, appendWhole, completeTextNow, journalRanges, writeNow } from './appendLines'
import { DIR_MODE, FILE_MODE } from './dataDir'
import { docLine } from './docLine'
import { foldInThread } from './foldThread'
import { dropTornTail } from './tornTail'

/** The collections kept on disk, each with the field every query of it names (see the handlers). */
export const LOG_COLLECTIONS: Partial<Record<CollectionName, string>> = {
  // org.history and the 台账 loader: { orgId, … }
  audit: 'orgId',
  // org.inbox: { openid }
  outbox: 'openid',
  // a case's timeline: { caseId }; its events by _id
  request_events: 'caseId',
  // not append-only (an entry is edited or deleted), but the largest of a year after the audit
  // (3,000 federations: 504,000 entries), and every query names the federation: { orgId, … }
  duty_entries: 'orgId',
}

const DATA_FILES = 4096
const ID_FILES = 1024
/** Overwritten or removed lines a data file may hold beyond its documents before it is rewritten. */
const STALE_LINES_BEFORE_COMPACTING = 64

/** FNV-1a, 32 bits, of `text` from `start` up to `end` (the whole of it by default). */
function hash(text: string, start = 0, end = text.length): number {
  let h = 0x811c9dc5
  for (let i = start; i < end; i++) {
    h ^= text.charCodeAt(i)
    h = Math.imul(h, 0x01000193)
  }
  return h >>> 0
}

const hex = (n: number) => n.toString(16).padStart(3, '0')
const dataName = (bucket: number) => `d${hex(bucket)}.jsonl`
const idName = (bucket: number) => `i${hex(bucket)}.ids`
const DATA_FILE = /^d([0-9a-f]{3})\.jsonl$/
/** The data files that hold overwritten or removed lines, noted before such a line is written, so a rewrite after a kill still finds them. */
const STALE_LIST = 'stale.list'
const JOURNAL = /^j(\d{6,})\.journal$/
const journalName = (n: number) => `j${String(n).padStart(6, '0')}.journal`
/**
 * Where a journal holds the lines of each file: byte ranges [start, end) of the journal, each
 * a line's text after its `<file><tab>`. A read of a file reads these back from the journal
 * until the journal is folded into the file. The lines themselves are not kept in memory: held
 * for the second or so before their fold, they outlived two young-generation collections and
 * were copied into the old generation, a third of what a 求助 submit left there (measured with
 * V8's sampling heap profiler on the submit benchmark: 158 of 356 MB over 11 s), and each
 * whole-heap collection the host paid for came that much sooner.
 */
interface JournalLines {
  fd: number
  ranges: Map<string, number[]>
}

/**
 * A journal being appended to: how many bytes of it are written, where each file's lines are
 * in them, and the lines of this turn not yet written (`appendAtTurnEnd`), in their order.
 */
interface Journal extends JournalLines {
  name: string
  written: number
  turn: { name: string; bytes: number }[]
}

/**
 * Writes the lines of this turn (`lines`, the `turn` of the journal joined) at the end of the
 * journal, then notes where each file's lines are. A write that fails leaves the journal as
 * long as it then is (part of it may have been written): the lines after start there.
 */
function writeJournal(journal: Journal, lines: string): void {
  const { turn } = journal
  journal.turn = []
  try {
    appendTo(journal.fd, lines)
  } catch (error) {
    journal.written = fs.fstatSync(journal.fd).size
    throw error
  }
  let at = journal.written
  for (const { name, bytes } of turn) {
    // the file names are ASCII: the line's text starts a byte after the name's tab
    const start = at + name.length + 1
    at += bytes
    const ranges = journal.ranges.get(name)
    if (ranges) ranges.push(start, at)
    else journal.ranges.set(name, [start, at])
  }
  journal.written = at
}

/** The text of `ranges` (pairs of byte offsets) of the file open as `fd`, in order. */
function readRanges(fd: number, ranges: number[]): string {
  let total = 0
  for (let i = 0; i < ranges.length; i += 2) total += ranges[i + 1]! - ranges[i]!
  const bytes = Buffer.allocUnsafe(total)
  let at = 0
  for (let i = 0; i < ranges.length; i += 2) {
    const end = at + ranges[i + 1]! - ranges[i]!
    for (let position = ranges[i]!; at < end;) {
      const read = fs.readSync(fd, bytes, at, end - at, position)
      if (read === 0) throw new Error('a journal ends before the lines it holds')
      at += read
      position += read
    }
  }
  return bytes.toString('utf8')
}

/**
 * Lines a journal takes before it is folded into the files (1–2 MB). Under a burst of submits
 * (three collections, five lines a submit) each collection folds a few times a second, and
 * a fold's file appends are fewer than its lines: several land in the same file.
 */
const FOLD_AT_LINES = 4096
/** How long after its first line a journal with fewer lines is folded. */
const FOLD_AFTER_MS = 1000

function partitionOf(value: unknown, field: string): number {
  if (value !== undefined && value !== null && typeof value !== 'string' && typeof value !== 'number' && typeof value !== 'boolean') {
    throw new Error(`${field} must be a single value in a log collection`)
  }
  return hash(String(value ?? '')) % DATA_FILES
}

const idBucketOf = (id: string) => hash(id) % ID_FILES
const idLine = (id: string, bucket: number) => `${JSON.stringify(id)}\t${hex(bucket)}\n`
/** The hash `LogCollection.idHashes` keeps of an `_id`: of the `_id` as its index line writes it (quoted JSON). */
const listedHash = (id: string) => hash(JSON.stringify(id))

/** The collection journaling in each folder: one opened again on the same folder in this process (as the tests reopen) takes over from it. */
const journaling = new Map<string, LogCollection>()

/** The live documents of nedb-format lines, in the order last written; how many lines are stale. */
function parseLines(text: string, file: string): { docs: Map<string, StoredDoc>; lines: number } {
  const docs = new Map<string, StoredDoc>()
  let lines = 0
  for (const line of text.split('\n')) {
    if (!line) continue
    lines++
    let doc: Record<string, unknown>
    try {
      doc = line.includes('"$$date"') ? model.deserialize(line) : (JSON.parse(line) as Record<string, unknown>)
    } catch {
      throw new Error(`${file}: unreadable line ${lines}`)
    }
    if (doc.$$indexCreated) continue
    const id = doc._id as string
    docs.delete(id)
    if (!doc.$$deleted) docs.set(id, doc as StoredDoc)
  }
  return { docs, lines }
}

/** Writes `lines` as the whole of `file` so that a kill leaves the old file or the new one (nedb's own way). */
async function rewrite(file: string, lines: string): Promise<void> {
  const temp = `${file}~`
  const handle = await fs.promises.open(temp, 'w', FILE_MODE)
  try {
    await handle.writeFile(lines)
    await handle.sync()
  } finally {
    await handle.close()
  }
  await fs.promises.rename(temp, file)
  await syncPath(path.dirname(file))
}

/** Opens, syncs and closes `file` (a folder too), so that what was written to it, or renamed into it, is on disk. */
export async function syncPath(file: string): Promise<void> {
  const handle = await fs.promises.open(file, 'r')
  try {
    await handle.sync()
  } finally {
    await handle.close()
  }
}

function compareBy(sort: Record<string, 1 | -1>): (a: StoredDoc, b: StoredDoc) => number {
  const criteria = Object.entries(sort)
  return (a, b) => {
    for (const [key, direction] of criteria) {
      const compare = direction * model.compareThings(model.getDotValue(a, key), model.getDotValue(b, key))
      if (compare !== 0) return compare
    }
    return 0
  }
}

const byId = compareBy({ _id: 1 })

/** Appends documents to the files of a log collection's folder, unchecked: each one's `_id` line, then the documents. */
async function appendUnchecked(dir: string, field: string, docs: readonly StoredDoc[]): Promise<void> {
  await fs.promises.mkdir(dir, { recursive: true, mode: DIR_MODE })
  const data = new Map<number, string[]>()
  const ids = new Map<number, string[]>()
  const add = (map: Map<number, string[]>, key: number, line: string) => (map.get(key) ?? map.set(key, []).get(key)!).push(line)
  for (const doc of docs) {
    const bucket = partitionOf(doc[field], field)
    add(data, bucket, docLine(doc) + '\n')
    add(ids, idBucketOf(doc._id), idLine(doc._id, bucket))
  }
  for (const [bucket, lines] of ids) await fs.promises.appendFile(path.join(dir, idName(bucket)), lines.join(''), { mode: FILE_MODE })
  for (const [bucket, lines] of data) await fs.promises.appendFile(path.join(dir, dataName(bucket)), lines.join(''), { mode: FILE_MODE })
}

/**
 * Appends documents in bulk to a log collection under `dataDir`, unchecked (no `_id` is
 * looked up): for the seed script and the benchmarks, whose documents are new and unique.
 */
export async function appendBulk(dataDir: string, collection: CollectionName, docs: readonly object[]): Promise<void> {
  const field = LOG_COLLECTIONS[collection]
  if (!field) throw new Error(`${collection} is not a log collection`)
  await appendUnchecked(path.join(dataDir, collection), field, docs as StoredDoc[])
}

/** The live documents of a nedb collection file, read line by line. */
async function readNedbFile(file: string): Promise<StoredDoc[]> {
  const docs = new Map<string, StoredDoc>()
  const lines = readline.createInterface({ input: fs.createReadStream(file, 'utf8'), crlfDelay: Infinity })
  for await (const line of lines) {
    if (!line) continue
    const doc = model.deserialize(line)
    if (doc.$$indexCreated) continue
    docs.delete(doc._id as string)
    if (!doc.$$deleted) docs.set(doc._id as string, doc as StoredDoc)
  }
  return [...docs.values()]
}

export class LogCollection {
  /** Writes one at a time: each reads what it changes, then appends. */
  private queue: Promise<unknown> = Promise.resolve()
  /** Overwritten or removed lines each data file gathered since it was last rewritten. */
  private readonly stale = new Map<number, number>()
  /**
   * For each `_id` index file this process has looked in, the hashes of every `_id` it lists:
   * read from the file once, then kept up to date by this process, the files' only writer. A
   * hash that is not there is an `_id` never stored, so inserting a fresh document reads no
   * index file. The set only ever holds too much (a collision, an `_id` rewritten away), and
   * then the file itself is read, as before.
   */
  private readonly idHashes = new Map<number, Set<number>>()
  /** The journal lines are appended to: opened by the first write after a fold took the last one. */
  private journal: Journal | null = null
  private nextJournal = 1
  private pendingLines = 0
  /** The journals being folded into the files (open, to read their lines back meanwhile), and how the fold ended (its error, or null). */
  private folding: { sources: JournalLines[]; journals: string[]; done: Promise<Error | null> } | null = null
  private foldTimer: NodeJS.Timeout | null = null
  private foldFailures = 0
  /** Set once another collection opened on this folder took over: this one then appends to the files themselves. */
  private direct = false

  private constructor(
    private readonly dir: string,
    private readonly field: string,
  ) {}

  /**
   * Opens the collection's folder under `dataDir`. A nedb file of the collection left by an
   * earlier version (`<name>.db`) is moved into it first, then removed.
   */
  static async open(dataDir: string, collection: CollectionName): Promise<LogCollection> {
    const field = LOG_COLLECTIONS[collection]
    if (!field) throw new Error(`${collection} is not a log collection`)
    const dir = path.join(dataDir, collection)
    const log = new LogCollection(dir, field)
    await journaling.get(dir)?.handOver()
    journaling.set(dir, log)
    if (fs.existsSync(dir)) log.takeUpJournals()
    const legacy = path.join(dataDir, `${collection}.db`)
    if (fs.existsSync(legacy)) {
      dropTornTail(legacy)
      const docs = await readNedbFile(legacy)
      if (fs.existsSync(dir)) {
        // a move cut short after the folder was made: each document again, idempotently
        for (const doc of docs) await log.put(doc)
      } else {
        const moving = `${dir}.moving`
        await fs.promises.rm(moving, { recursive: true, force: true })
        await appendUnchecked(moving, field, docs)
        await fs.promises.rename(moving, dir)
      }
      await fs.promises.unlink(legacy)
    }
    await fs.promises.mkdir(dir, { recursive: true, mode: DIR_MODE })
    // files an earlier run left with stale lines: rewritten by the next purge or compaction
    for (const line of completeTextNow(path.join(dir, STALE_LIST)).split('\n')) {
      if (/^[0-9a-f]{3}$/.test(line)) log.stale.set(parseInt(line, 16), STALE_LINES_BEFORE_COMPACTING)
    }
    return log
  }

  private serial<T>(work: () => Promise<T>): Promise<T> {
    const run = this.queue.then(work, work)
    this.queue = run.catch(() => undefined)
    return run
  }

  /** A write in its turn after the writes before it, acknowledged once its lines are written: the next write does not wait for that. */
  private async serialWrite<T>(work: () => Promise<T>): Promise<T> {
    return acknowledged(await this.serial(work))
  }

  /**
   * Appends `text`, one line, to the file `name`: to the journal, at the end of this turn with
   * the other lines of the turn (acknowledged once written: see `acknowledged`); folded into
   * the file later. The list of stale files (a line a data file between two rewrites), and
   * every file once another collection took over (the tests' reopening), to the file itself,
   * before this returns.
   */
  private async append(name: string, text: string): Promise<void> {
    if (this.direct || name === STALE_LIST) return appendWhole(path.join(this.dir, name), text)
    const journal = (this.journal ??= this.openJournal())
    const line = `${name}\t${text}`
    journal.turn.push({ name, bytes: Buffer.byteLength(line) })
    appendAtTurnEnd(this, line, (lines) => writeJournal(journal, lines))
    this.pendingLines++
    this.foldWhenDue()
  }

  /** A new journal, open for appending and for reading its lines back. */
  private openJournal(): Journal {
    const name = journalName(this.nextJournal++)
    const fd = fs.openSync(path.join(this.dir, name), 'a+', FILE_MODE)
    return { fd, name, written: fs.fstatSync(fd).size, ranges: new Map(), turn: [] }
  }

  /** Folds the journal at once when it holds FOLD_AT_LINES lines, FOLD_AFTER_MS after its first line otherwise. */
  private foldWhenDue(): void {
    if (this.pendingLines >= FOLD_AT_LINES) this.startFold()
    else if (this.journal) this.foldTimer ??= setTimeout(() => this.startFold(), FOLD_AFTER_MS).unref()
  }

  /** Journals a run left (killed, or ended before it folded them): read from now on, and folded into the files. */
  private takeUpJournals(): void {
    const found = fs.readdirSync(this.dir).flatMap((name) => {
      const match = JOURNAL.exec(name)
      return match ? [{ name, number: Number(match[1]) }] : []
    })
    if (found.length === 0) return
    found.sort((a, b) => a.number - b.number)
    this.nextJournal = found[found.length - 1].number + 1
    const sources = found.map(({ name }): JournalLines => {
      const fd = fs.openSync(path.join(this.dir, name), 'r')
      return { fd, ranges: journalRanges(fs.readFileSync(fd)) }
    })
    this.fold(
      sources,
      found.map((journal) => journal.name),
    )
  }

  /** Folds the journal lines are appended to, unless a fold is running (when it ends, the next takes what gathered meanwhile). */
  private startFold(): void {
    if (this.foldTimer) clearTimeout(this.foldTimer)
    this.foldTimer = null
    if (this.folding || !this.journal) return
    // every line of it written; it stays open to read them back until the fold ends
    writeNow(this)
    const { fd, ranges, name } = this.journal
    this.journal = null
    this.pendingLines = 0
    this.fold([{ fd, ranges }], [name])
  }

  /**
   * Appends each file's text from `journals` to the file, in the fold thread, then removes
   * the journals. Until then a read of a file reads its text from them. A fold that fails
   * (a full disk) is tried again a second later, and `folded` answers with its error.
   */
  private fold(sources: JournalLines[], journals: string[]): void {
    const done = foldInThread(this.dir, journals).then(
      () => {
        for (const { fd } of sources) fs.closeSync(fd)
        for (const journal of journals) fs.rmSync(path.join(this.dir, journal), { force: true })
        this.folding = null
        this.foldFailures = 0
        this.foldWhenDue()
        return null
      },
      (error: Error) => {
        // the folder was removed (a test's scratch folder): nothing is left to fold into
        if (!fs.existsSync(this.dir)) {
          for (const { fd } of sources) fs.closeSync(fd)
          this.folding = null
          return null
        }
        if (this.foldFailures++ === 0) console.error(`${this.dir}：日志写入文件失败，每秒重试一次：${error.message}`)
        setTimeout(() => this.fold(sources, journals), FOLD_AFTER_MS).unref()
        return error
      },
    )
    this.folding = { sources, journals, done }
  }

  /** Resolves once every line written so far is folded into its file; rejects with the error of a fold that failed. */
  async folded(): Promise<void> {
    for (;;) {
      if (this.folding) {
        const error = await this.folding.done
        if (error) throw error
      } else if (this.journal) this.startFold()
      else return
    }
  }

  /** Another collection opens this folder: every line is folded first, and this one appends to the files itself from then on. */
  private async handOver(): Promise<void> {
    for (;;) {
      await this.folded()
      // checked in the same step as it is set: no write of this collection comes between
      if (this.folding || this.journal) continue
      this.direct = true
      return
    }
  }

  /**
   * What the store knows of the file `name`: its complete lines on disk, then its lines in the
   * journals not yet folded into it. A fold running meanwhile may have written some of those
   * to the file already: they are read twice, in the same order, which answers the same.
   */
  private textNow(name: string): string {
    let text = completeTextNow(path.join(this.dir, name))
    for (const { fd, ranges } of this.folding?.sources ?? []) {
      const lines = ranges.get(name)
      if (lines) text += readRanges(fd, lines)
    }
    const { journal } = this
    if (!journal) return text
    // its lines of this turn are written first
    if (journal.turn.some((line) => line.name === name)) writeNow(this)
    const lines = journal.ranges.get(name)
    return lines ? text + readRanges(journal.fd, lines) : text
  }

  /**
   * `textNow`, after the I/O that has already arrived (setImmediate): with nothing left to
   * wait for, a burst of writes ran one after another while connections just opened waited
   * seconds for their first request to be read (measured: p99 of requests.submit 1.8 s, p50 0.14 s).
   */
  private async text(name: string): Promise<string> {
    await new Promise((resolve) => setImmediate(resolve))
    return this.textNow(name)
  }

  private async bucket(bucket: number): Promise<Map<string, StoredDoc>> {
    return parseLines(await this.text(dataName(bucket)), path.join(this.dir, dataName(bucket))).docs
  }

  /** The data files the `_id` index lists for `id` (a superset of where it lives). */
  private async bucketsOfId(id: string): Promise<Set<number>> {
    const text = '\n' + (await this.text(idName(idBucketOf(id))))
    const key = `\n${JSON.stringify(id)}\t`
    const buckets = new Set<number>()
    for (let at = text.indexOf(key); at >= 0; at = text.indexOf(key, at + 1)) {
      buckets.add(parseInt(text.slice(at + key.length, at + key.length + 3), 16))
    }
    return buckets
  }

  /** The live document with this `_id` and the data file holding it (null if none), and the files its index lists. */
  private async live(id: string): Promise<{ found: { doc: StoredDoc; bucket: number } | null; listed: Set<number> }> {
    // an `_id` no index line lists was never stored: no index file or data file to read
    if (!this.listedHashes(idBucketOf(id)).has(listedHash(id))) return { found: null, listed: new Set() }
    const listed = await this.bucketsOfId(id)
    for (const bucket of listed) {
      const doc = (await this.bucket(bucket)).get(id)
      if (doc) return { found: { doc, bucket }, listed }
    }
    return { found: null, listed }
  }

  /** The data files that can hold documents matching `filter`: by its `_id` or its partition field when it names one value (or a list), every file otherwise. */
  private async bucketsFor(filter: Filter): Promise<number[]> {
    const id = filter._id
    if (typeof id === 'string') return [...(await this.bucketsOfId(id))]
    const value = filter[this.field]
    if (value === null || typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return [partitionOf(value, this.field)]
    if (value && typeof value === 'object' && !Array.isArray(value)) {
      const condition = value as { $eq?: unknown; $in?: unknown[] }
      const keys = Object.keys(condition)
      if (keys.length === 1 && keys[0] === '$eq') return [partitionOf(condition.$eq, this.field)]
      if (keys.length === 1 && keys[0] === '$in' && Array.isArray(condition.$in)) return [...new Set(condition.$in.map((v) => partitionOf(v, this.field)))]
    }
    let names: string[]
    try {
      names = await fs.promises.readdir(this.dir)
    } catch {
      names = []
    }
    // and the files only the journals have lines for yet
    const all = new Set([...names, ...(this.folding?.sources.flatMap(({ ranges }) => [...ranges.keys()]) ?? []), ...(this.journal?.ranges.keys() ?? [])])
    return [...all].flatMap((name) => {
      const match = DATA_FILE.exec(name)
      return match ? [parseInt(match[1], 16)] : []
    })
  }

  /** Every live document matching `filter`, with the data file each is in. */
  private async matching(filter: Filter): Promise<{ doc: StoredDoc; bucket: number }[]> {
    const out: { doc: StoredDoc; bucket: number }[] = []
    for (const bucket of await this.bucketsFor(filter)) {
      for (const doc of (await this.bucket(bucket)).values()) if (model.match(doc, filter)) out.push({ doc, bucket })
    }
    return out
  }

  async find<T extends StoredDoc>(filter: Filter, options: FindOptions = {}): Promise<T[]> {
    const docs = await acknowledged((await this.matching(filter)).map((found) => found.doc))
    // nedb answers an unsorted query in `_id` order when no index serves it
    docs.sort(options.sort ? compareBy(options.sort) : byId)
    const skip = options.skip ?? 0
    const page = docs.slice(skip, skip + Math.min(options.limit ?? MAX_LIMIT, MAX_LIMIT))
    const { fields } = options
    if (!fields) return page as T[]
    return page.map((doc) => Object.fromEntries(['_id', ...fields].filter((field) => field in doc).map((field) => [field, doc[field]]))) as T[]
  }

  async getById<T extends StoredDoc>(id: string): Promise<T | null> {
    return acknowledged(((await this.live(id)).found?.doc as T | undefined) ?? null)
  }

  async count(filter: Filter): Promise<number> {
    return acknowledged((await this.matching(filter)).length)
  }

  /**
   * The hashes of the `_id`s index file `file` lists (see `idHashes`), read at once the first
   * time: a file is read once in the life of the process, and a write that waited for the
   * I/O that had arrived (as a query's read does, `completeText`) let the other requests of
   * that turn go ahead of it — the 求助 whose notification or audit line was the first of its
   * index file waited a whole turn more than the rest (p99 of requests.submit twice its
   * median) — and every write of the collection queued behind it waited with it (audit
   * inserts waited 21 ms on average under 50 submits at once, for 0.7 ms of work). Read,
   * hashed and kept in one synchronous step, so every later append is noted in the set
   * kept (`noteListed`).
   */
  private listedHashes(file: number): Set<number> {
    const known = this.idHashes.get(file)
    if (known) return known
    const hashes = new Set<number>()
    const text = this.textNow(idName(file))
    // each line is `"<_id>"<tab><data file>`: the hash is of the `_id` as written there, quoted, so no line needs parsing (nor copying)
    for (let start = 0, end = text.indexOf('\n'); end >= 0; start = end + 1, end = text.indexOf('\n', start)) {
      const tab = text.lastIndexOf('\t', end)
      if (tab > start) hashes.add(hash(text, start, tab))
    }
    this.idHashes.set(file, hashes)
    return hashes
  }

  /** Notes that index file `file` now lists `id`, if its hashes are kept. */
  private noteListed(id: string): void {
    this.idHashes.get(idBucketOf(id))?.add(listedHash(id))
  }

  insert<T extends StoredDoc>(doc: T): Promise<T> {
    return this.serialWrite(async () => {
      // a key nedb refuses is refused by `write`, which serialises the line before it appends anything
      if (typeof doc._id !== 'string') throw new Error('a document needs a string _id')
      if (!this.listedHashes(idBucketOf(doc._id)).has(listedHash(doc._id))) {
        // never stored: no index file or data file to read
        await this.write(doc, null, new Set())
        // the document is on disk, not held here: the caller's own is as good as a copy
        return doc
      }
      const { found, listed } = await this.live(doc._id)
      if (found) throw new AppError('CONFLICT', '这条记录已经存在')
      await this.write(doc, null, listed)
      return doc
    })
  }

  /** Notes, before the line is written, that a data file is about to hold a stale line. */
  private async markStale(bucket: number): Promise<void> {
    if (this.stale.has(bucket)) return
    await this.append(STALE_LIST, hex(bucket) + '\n')
    this.stale.set(bucket, 0)
  }

  /**
   * Appends `doc` (its `_id` listed first, unless `listed` has its file), and takes it out of the
   * file it was in when that is another. Its line is made first: a key nedb refuses (starting
   * with `$`, or holding a dot) is refused there, as nedb's checkObject refuses it, before anything is written.
   */
  private async write(doc: StoredDoc, was: { bucket: number } | null, listed?: Set<number>): Promise<void> {
    const line = docLine(doc) + '\n'
    const bucket = partitionOf(doc[this.field], this.field)
    if (!(listed ?? (await this.bucketsOfId(doc._id))).has(bucket)) {
      await this.append(idName(idBucketOf(doc._id)), idLine(doc._id, bucket))
      this.noteListed(doc._id)
    }
    if (was) await this.markStale(was.bucket)
    await this.append(dataName(bucket), line)
    if (!was) return
    if (was.bucket === bucket) return this.noteStale(bucket, 1)
    await this.append(dataName(was.bucket), docLine({ $$deleted: true, _id: doc._id }) + '\n')
    await this.noteStale(was.bucket, 2)
  }

  put<T extends StoredDoc>(doc: T): Promise<void> {
    return this.serialWrite(async () => {
      const { found, listed } = await this.live(doc._id)
      await this.write(doc, found, listed)
    })
  }

  update(filter: Filter, update: Update): Promise<number> {
    return this.serialWrite(async () => {
      const found = await this.matching(filter)
      for (const { doc, bucket } of found) await this.write(model.modify(doc, update), { bucket })
      return found.length
    })
  }

  updateVersioned(id: string, expectedVersion: number, update: Update): Promise<boolean> {
    const bumped: Update = { ...update, $inc: { ...update.$inc, version: 1 } }
    return this.update({ _id: id, version: expectedVersion }, bumped).then((n) => n === 1)
  }

  remove(filter: Filter): Promise<number> {
    return this.serialWrite(async () => {
      const found = await this.matching(filter)
      for (const { doc, bucket } of found) {
        await this.markStale(bucket)
        await this.append(dataName(bucket), docLine({ $$deleted: true, _id: doc._id }) + '\n')
        await this.noteStale(bucket, 2)
      }
      return found.length
    })
  }

  /** Counts stale lines; a data file holding more stale lines than documents (and a few) is rewritten. */
  private async noteStale(bucket: number, lines: number): Promise<void> {
    const stale = (this.stale.get(bucket) ?? 0) + lines
    this.stale.set(bucket, stale)
    if (stale < STALE_LINES_BEFORE_COMPACTING) return
    const docs = await this.bucket(bucket)
    if (stale > docs.size) await this.rewriteBucket(bucket)
  }

  private async rewriteBucket(bucket: number): Promise<void> {
    // the new file is written from the old one alone, and no fold may append to the old one meanwhile
    await this.folded()
    const name = dataName(bucket)
    const file = path.join(this.dir, name)
    const docs = await this.bucket(bucket)
    await rewrite(file, [...docs.values()].map((doc) => docLine(doc) + '\n').join(''))
    this.stale.delete(bucket)
  }

  /**
   * Rewrites every data file that holds an overwritten or removed line, so that nothing
   * but the current documents stays readable in them; after the writes already queued.
   */
  compact(): Promise<void> {
    return this.serial(async () => {
      await this.folded()
      if (this.stale.size === 0) return
      for (const bucket of [...this.stale.keys()]) await this.rewriteBucket(bucket)
      await rewrite(path.join(this.dir, STALE_LIST), '')
    })
  }
}
