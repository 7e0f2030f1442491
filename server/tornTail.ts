// A collection file's last line, cut short by a kill mid-append, taken off before the
// file is loaded or appended to (the nedb files and the log collections' files alike).
import fs from 'node:fs'

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
    dropTornTailOf(fd)
  } finally {
    fs.closeSync(fd)
  }
}

/**
 * The same, through a descriptor open for reading and writing (`r+` or `a+`): a log
 * collection's file is checked through the descriptor its lines are then appended through
 * (`appendWhole`), so the check costs one stat and one byte read rather than a second open and close.
 */
export function dropTornTailOf(fd: number): void {
  let end = fs.fstatSync(fd).size
  const size = end
  // most files end whole: one byte tells
  const last = Buffer.alloc(1)
  if (size === 0 || (fs.readSync(fd, last, 0, 1, size - 1) === 1 && last[0] === 0x0a)) return
  const buffer = Buffer.alloc(TAIL_CHUNK)
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
}
