// Appending whole lines to a collection file: every byte of the text is written, and a
// file's last line cut short by a kill is taken off before anything is appended after it.
import fs from 'node:fs'
import { FILE_MODE } from './dataDir'
import { dropTornTailOf } from './tornTail'

/** Writes all of `text` at the end of the file open for appending as `fd`. */
export function appendTo(fd: number, text: string): void {
  const bytes = Buffer.from(text, 'utf8')
  for (let written = 0; written < bytes.length;) written += fs.writeSync(fd, bytes, written, bytes.length - written)
}

/** Appends `text` to `file` (made if missing), after cutting off a torn last line, if any. */
export function appendWhole(file: string, text: string): void {
  const fd = fs.openSync(file, 'a+', FILE_MODE)
  try {
    dropTornTailOf(fd)
    appendTo(fd, text)
  } finally {
    fs.closeSync(fd)
  }
}
