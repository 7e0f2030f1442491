// The clients of the durability test: each submission has its own openid (dev login)
// and its own requestId, and a client sends it again — the same requestId — after any
// connection error until the host acknowledges it. Every HTTP status is watched: a 5xx
// is a failure of the run, and so is any refusal a correct host would not give.
import { randomUUID } from 'node:crypto'
import { CONSENT_VERSION, REQUEST_CATEGORIES } from '../../types/requestModel'

export interface Submission {
  index: number
  openid: string
  requestId: string
  payload: Record<string, unknown>
}

export interface Acknowledgement {
  caseId: string
  code: string
}

export interface ClientReport {
  acknowledged: Map<number, Acknowledgement>
  /** attempts sent again after a connection error (logins and submits) */
  retries: number
  /** every 5xx answer, one line each */
  serverErrors: string[]
  /** answers a correct host would not give (4xx, malformed) */
  refusals: string[]
}

const REQUEST_TIMEOUT_MS = 60_000
const RETRY_PAUSE_MS = 150

/** Distinct text per submission, so the test can tell after decryption that it is hers. */
export function descriptionOf(index: number): string {
  return `耐久测试第 ${index} 条求助：家里有人动手，想咨询怎么办。`
}

export function phoneOf(index: number): string {
  return `139${String(index).padStart(8, '0')}`
}

export function makeSubmissions(count: number, orgId: string): Submission[] {
  const run = randomUUID().slice(0, 8)
  return Array.from({ length: count }, (_, index) => ({
    index,
    openid: `durable-${run}-${index}`,
    requestId: randomUUID(),
    payload: {
      orgId,
      category: REQUEST_CATEGORIES[index % REQUEST_CATEGORIES.length],
      urgency: index % 7 === 0 ? 'urgent' : 'normal',
      ageBand: '18to59',
      forWhom: 'self',
      name: '',
      description: descriptionOf(index),
      needs: '希望有人联系我',
      phone: phoneOf(index),
      address: '',
      contact: { channel: 'sms', safeTimes: '工作日白天', doNotCall: index % 2 === 0 },
      consent: true,
      consentVersion: CONSENT_VERSION,
    },
  }))
}

class ConnectionError extends Error {}

interface Answer {
  status: number
  body: Record<string, unknown> | null
}

/** One POST; a connection that fails or breaks before the whole answer is read is a ConnectionError. */
async function post(url: string, body: unknown, headers: Record<string, string>): Promise<Answer> {
  let response: Response
  let text: string
  try {
    response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
    })
    text = await response.text()
  } catch (error) {
    throw new ConnectionError(String(error))
  }
  try {
    return { status: response.status, body: JSON.parse(text) as Record<string, unknown> }
  } catch {
    return { status: response.status, body: null }
  }
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms * (0.5 + Math.random())))

export class Clients {
  readonly report: ClientReport = { acknowledged: new Map(), retries: 0, serverErrors: [], refusals: [] }
  /** requests sent and not yet answered, right now */
  inFlight = 0
  private next = 0

  constructor(
    private readonly url: string,
    private readonly submissions: Submission[],
    /** why to stop retrying (the run is out of time, the host crashed), or null to go on */
    private readonly giveUp: () => string | null,
  ) {}

  /** Sends until answered; connection errors are retried, every answer is judged. */
  private async call(path: string, body: unknown, headers: Record<string, string>, what: string): Promise<Answer | null> {
    for (;;) {
      const reason = this.giveUp()
      if (reason) {
        this.report.refusals.push(`${what}: 没有得到应答（${reason}）`)
        return null
      }
      try {
        this.inFlight++
        const answer = await post(`${this.url}${path}`, body, headers).finally(() => this.inFlight--)
        if (answer.status === 200 && answer.body) return answer
        const line = `${what}: HTTP ${answer.status} ${JSON.stringify(answer.body)}`
        if (answer.status < 500) {
          this.report.refusals.push(line)
          return null
        }
        this.report.serverErrors.push(line)
        this.report.retries++
        await pause(RETRY_PAUSE_MS)
      } catch (error) {
        if (!(error instanceof ConnectionError)) throw error
        this.report.retries++
        await pause(RETRY_PAUSE_MS)
      }
    }
  }

  private async submit(submission: Submission): Promise<void> {
    const what = `第 ${submission.index} 条`
    const login = await this.call('/api/dev/login', { openid: submission.openid }, {}, `${what}登录`)
    const token = login?.body?.token
    if (typeof token !== 'string') return
    const envelope = { action: 'submit', requestId: submission.requestId, payload: submission.payload }
    const answer = await this.call('/api/requests', envelope, { authorization: `Bearer ${token}` }, `${what}提交`)
    const data = answer?.body?.data as { request?: { _id?: string; code?: string } } | undefined
    if (!answer) return
    if (answer.body?.ok !== true || !data?.request?._id || !data.request.code) {
      this.report.refusals.push(`${what}提交: 应答不完整 ${JSON.stringify(answer.body)}`)
      return
    }
    this.report.acknowledged.set(submission.index, { caseId: data.request._id, code: data.request.code })
  }

  /** `count` clients take submissions off one list until it is empty. */
  async run(count: number): Promise<ClientReport> {
    const worker = async () => {
      while (this.next < this.submissions.length) await this.submit(this.submissions[this.next++])
    }
    await Promise.all(Array.from({ length: count }, worker))
    return this.report
  }
}
