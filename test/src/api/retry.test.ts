// A call the network loses is sent again with the same envelope, a refusal never is: the
// tries, their waits, and what the caller finally gets.
import { LostCall, RETRY_DELAYS_MS, withRetries } from '../../../src/api/retry'

const refusal = Object.assign(new Error('没有权限'), { code: 'FORBIDDEN' })

function attempts(outcomes: Array<'lost' | 'refused' | string>) {
  const sent: number[] = []
  const attempt = async () => {
    sent.push(sent.length + 1)
    const outcome = outcomes[sent.length - 1]
    if (outcome === 'lost') throw new LostCall()
    if (outcome === 'refused') throw refusal
    return outcome
  }
  return { sent, attempt }
}

describe('sending a lost call again', () => {
  test('a call lost twice is answered on the third try, after the two waits', async () => {
    const { sent, attempt } = attempts(['lost', 'lost', 'answer'])
    const waits: number[] = []
    await expect(withRetries(attempt, RETRY_DELAYS_MS, async (ms) => void waits.push(ms))).resolves.toBe('answer')
    expect(sent).toEqual([1, 2, 3])
    expect(waits).toEqual([...RETRY_DELAYS_MS])
  })

  test('a refusal is the answer: it is not sent again', async () => {
    const { sent, attempt } = attempts(['refused', 'answer'])
    await expect(withRetries(attempt, RETRY_DELAYS_MS, async () => undefined)).rejects.toBe(refusal)
    expect(sent).toEqual([1])
  })

  test('lost on every try: after the last one the loss reaches the caller', async () => {
    const { sent, attempt } = attempts(['lost', 'lost', 'lost', 'answer'])
    await expect(withRetries(attempt, [5, 5], async () => undefined)).rejects.toBeInstanceOf(LostCall)
    expect(sent).toEqual([1, 2, 3])
  })

  test('a refusal after a lost try ends it there', async () => {
    const { sent, attempt } = attempts(['lost', 'refused', 'answer'])
    await expect(withRetries(attempt, [1, 1], async () => undefined)).rejects.toBe(refusal)
    expect(sent).toEqual([1, 2])
  })
})
