// The local host's data folder on disk: the key that opens the help requests is not in
// it (a copy of DATA_DIR is no use without the key), each DATA_DIR has its own key
// beside it, and nothing in either is readable by another account of the machine —
// files 0600, folders 0700 — checked by stat, in the folder `npm start`'s host leaves.
import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { KEY_ENV } from '../../cloudfunctions/common/vault'
import { DevAuth } from '../../server/devAuth'
import { NedbStore } from '../../server/nedb'
import { localFiles } from '../../server/ports'
import { localVault } from '../../server/vault'
import { LocalHost } from '../support/host'

const made: string[] = []
afterAll(() => {
  for (const folder of made) fs.rmSync(folder, { recursive: true, force: true })
})

/** A fresh DATA_DIR; it and the key folder beside it are removed after the tests. */
function freshDataDir(): string {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'data-folder-'))
  made.push(dataDir, `${dataDir}.keys`)
  return dataDir
}

const silent = () => {}

function entriesUnder(folder: string): string[] {
  return fs.readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(folder, entry.name)
    return entry.isDirectory() ? [full, ...entriesUnder(full)] : [full]
  })
}

/** Every file and folder under these roots (the roots too) whose mode is not 0600 / 0700. */
function looseModes(...roots: string[]): string[] {
  return roots
    .flatMap((root) => [root, ...entriesUnder(root)])
    .flatMap((entry) => {
      const stat = fs.statSync(entry)
      const want = stat.isDirectory() ? 0o700 : 0o600
      const mode = stat.mode & 0o777
      return mode === want ? [] : [`${entry} ${mode.toString(8)}`]
    })
}

describe('the request key lives beside DATA_DIR, not in it', () => {
  test('made on first use in <DATA_DIR>.keys/, and the data folder holds no key', () => {
    const dataDir = freshDataDir()
    const warnings: string[] = []
    const sealed = localVault(dataDir, {}, (line) => warnings.push(line)).seal('林晓梅')
    expect(fs.existsSync(path.join(dataDir, 'request.key'))).toBe(false)
    const keyFile = path.join(`${dataDir}.keys`, 'request.key')
    expect(fs.existsSync(keyFile)).toBe(true)
    expect(warnings.join('\n')).toContain(keyFile)
    // the same DATA_DIR opens it again (a restart); another DATA_DIR has a key of its own
    expect(localVault(dataDir, {}, silent).open(sealed)).toBe('林晓梅')
    expect(() => localVault(freshDataDir(), {}, silent).open(sealed)).toThrow()
  })

  test('a key an older version left in DATA_DIR is moved out, and still opens what it sealed', () => {
    const dataDir = freshDataDir()
    const key = randomBytes(32).toString('base64')
    fs.writeFileSync(path.join(dataDir, 'request.key'), key + '\n', { mode: 0o600 })
    const sealed = localVault(dataDir, { [KEY_ENV]: key }, silent).seal('13912345678')
    const warnings: string[] = []
    expect(localVault(dataDir, {}, (line) => warnings.push(line)).open(sealed)).toBe('13912345678')
    expect(fs.existsSync(path.join(dataDir, 'request.key'))).toBe(false)
    expect(fs.readFileSync(path.join(`${dataDir}.keys`, 'request.key'), 'utf8').trim()).toBe(key)
    expect(warnings).toHaveLength(1)
  })

  test(`with ${KEY_ENV} set, no key file is written anywhere`, () => {
    const dataDir = freshDataDir()
    localVault(dataDir, { [KEY_ENV]: randomBytes(32).toString('base64') }, silent).seal('x')
    expect(fs.readdirSync(dataDir)).toEqual([])
    expect(fs.existsSync(`${dataDir}.keys`)).toBe(false)
  })
})

describe('nothing in the data folder is readable by another account', () => {
  test('collection files, uploaded files, the dev-login secret and the key: 0600; folders: 0700', async () => {
    const dataDir = freshDataDir()
    const store = await NedbStore.open({ dataDir })
    await store.insert('outbox', { _id: 'a', text: 'x' })
    await store.update('outbox', { _id: 'a' }, { $set: { text: 'y' } })
    await store.purge(['outbox'])
    await store.compact()
    await localFiles(dataDir).put({ path: 'o/comm/photo.jpg', bytes: Buffer.from([0xff, 0xd8]), contentType: 'image/jpeg' })
    DevAuth.open(dataDir)
    localVault(dataDir, {}, silent).seal('x')
    expect(looseModes(dataDir, `${dataDir}.keys`)).toEqual([])
  })

  test('the folder a real host (the demo loaded) leaves, running and after it stops, loose files of an older version tightened', async () => {
    const dataDir = freshDataDir()
    fs.chmodSync(dataDir, 0o755)
    fs.writeFileSync(path.join(dataDir, 'config.db'), '', { mode: 0o644 })
    fs.mkdirSync(path.join(dataDir, 'files', 'old'), { recursive: true, mode: 0o755 })
    fs.writeFileSync(path.join(dataDir, 'files', 'old', 'logo.png'), 'png', { mode: 0o644 })
    const host = new LocalHost({ via: 'server', dataDir, env: { HOST: '127.0.0.1', H5_DIR: '', LOAD_DEMO: '1' }, readyTimeoutMs: 60_000 })
    await host.start()
    try {
      expect(fs.readdirSync(path.join(dataDir, 'files', 'demo')).length).toBeGreaterThan(0)
      expect(fs.existsSync(path.join(dataDir, 'request.key'))).toBe(false)
      expect(host.output()).toContain(path.join(`${dataDir}.keys`, 'request.key'))
      expect(looseModes(dataDir, `${dataDir}.keys`)).toEqual([])
    } finally {
      await host.stop()
    }
    expect(looseModes(dataDir, `${dataDir}.keys`)).toEqual([])
  }, 90_000)
})
