// Calls the network loses are sent again, a few times, with the very same envelope and
// so the same requestId: the back end answers a repeated requestId with its first result
// (a retried create finds the record the first try made; a versioned update cannot be
// applied twice), so a write lands once however many of the tries reached it. A refusal
// is an answer, not a loss, and is never sent again.

/** The call or its answer was lost on the way (no connection, cut off, timed out): nothing came back. */
export class LostCall extends Error {
  constructor() {
    super('lost on the network')
    Object.setPrototypeOf(this, LostCall.prototype)
    this.name = 'LostCall'
  }
}

/** Waits before the second and third try: a weak signal often comes back within seconds. */
export const RETRY_DELAYS_MS: readonly number[] = [800, 2400]

const pause = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms))

/** Runs `attempt`, and again after each delay while it is lost; any other outcome is final. */
export async function withRetries<T>(attempt: () => Promise<T>, delays: readonly number[] = RETRY_DELAYS_MS, sleep: (ms: number) => Promise<void> = pause): Promise<T> {
  for (let tries = 0; ; tries++) {
    try {
      return await attempt()
    } catch (error) {
      if (!(error instanceof LostCall) || tries >= delays.length) throw error
      await sleep(delays[tries] as number)
    }
  }
}
