// Who may read the local host's data folder: only the account that runs the host. The
// folder holds the help requests (sealed, but still hers), the dev-login secret that
// signs tokens for anyone, and uploaded photos, so every file is 0600 and every folder
// 0700. Each writer creates its files so (the store's files, the file port, the
// secrets); `secureDataDir` makes the folder so at start and tightens what an older
// version or the seed script left readable.
import fs from 'node:fs'
import path from 'node:path'

export const FILE_MODE = 0o600
export const DIR_MODE = 0o700

function tighten(entry: string, isDir: boolean): void {
  const want = isDir ? DIR_MODE : FILE_MODE
  if ((fs.statSync(entry).mode & 0o777) !== want) fs.chmodSync(entry, want)
}

function tightenUnder(folder: string): void {
  for (const entry of fs.readdirSync(folder, { withFileTypes: true })) {
    if (entry.isSymbolicLink()) continue
    const full = path.join(folder, entry.name)
    tighten(full, entry.isDirectory())
    if (entry.isDirectory()) tightenUnder(full)
  }
}

/** Makes `folder` (0700) if missing; otherwise tightens it and everything in it to 0700 / 0600. */
export function secureDataDir(folder: string): void {
  fs.mkdirSync(folder, { recursive: true, mode: DIR_MODE })
  tighten(folder, true)
  tightenUnder(folder)
}
