// Drives HTTP load with autocannon and keeps the figures a result file records.
import autocannon from 'autocannon'

export interface LoadFigures {
  requestsPerSecond: number
  p50Ms: number
  p99Ms: number
  maxMs: number
  requests: number
  errors: number
  timeouts: number
  non2xx: number
  bytesPerSecond: number
}

export interface LoadOptions {
  url: string
  connections: number
  durationSeconds: number
  method: 'GET' | 'POST'
  headers?: Record<string, string>
  /** a fresh body for every request (e.g. a random org code) */
  body?: () => string
  /**
   * bodies built once and taken in turn by each connection, instead of `body`: autocannon
   * then sends ready-made requests, as it does for a GET, rather than building each one on
   * the same cores as the host
   */
  bodies?: string[]
  /** headers that change per request (e.g. a token from a pool), over `headers` */
  headersFor?: () => Record<string, string>
}

export async function runLoad(options: LoadOptions): Promise<LoadFigures> {
  const makeBody = options.body
  const makeHeaders = options.headersFor
  const result = await autocannon({
    url: options.url,
    connections: options.connections,
    duration: options.durationSeconds,
    method: options.method,
    headers: options.headers,
    requests: options.bodies
      ? options.bodies.map((body) => ({ body }))
      : [
          makeBody || makeHeaders
            ? {
                setupRequest: (request) => ({
                  ...request,
                  ...(makeBody ? { body: makeBody() } : {}),
                  ...(makeHeaders ? { headers: { ...options.headers, ...makeHeaders() } } : {}),
                }),
              }
            : {},
        ],
  })
  return {
    requestsPerSecond: result.requests.average,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    maxMs: result.latency.max,
    requests: result.requests.total,
    errors: result.errors,
    timeouts: result.timeouts,
    non2xx: result.non2xx,
    bytesPerSecond: result.throughput.average,
  }
}
