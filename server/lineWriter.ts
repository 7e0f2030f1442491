// The local host's log lines (one per request, one per notification not sent), written a
// turn of the event loop at a time rather than one write each: a pipe write is a system
// call that waits, and under a burst of submits three or four of them a submit were a part
// of its cost that no user sees. What is left unwritten is written before the process exits.
export interface LineWriter {
  (line: string): void
  /** writes what is held now */
  flush(): void
}

const writers = new Map<NodeJS.WriteStream, LineWriter>()

/** Lines for `stream` (stdout or stderr), written together at the end of this turn; one writer a stream. */
export function lineWriter(stream: NodeJS.WriteStream): LineWriter {
  const known = writers.get(stream)
  if (known) return known
  let held = ''
  let scheduled = false
  const flush = () => {
    scheduled = false
    if (!held) return
    const text = held
    held = ''
    stream.write(text)
  }
  const write = (line: string) => {
    held += line + '\n'
    if (scheduled) return
    scheduled = true
    setImmediate(flush)
  }
  process.once('exit', flush)
  const writer = Object.assign(write, { flush })
  writers.set(stream, writer)
  return writer
}
