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

/** One run of the load, kept whole so that it can be pooled with others (`pooled`). */
export async function runWindow(options: LoadOptions): Promise<autocannon.Window> {
  const makeBody = options.body
  const makeHeaders = options.headersFor
  return autocannon({
    url: options.url,
    connections: options.connections,
    duration: options.durationSeconds,
    method: options.method,
    headers: options.headers,
    skipAggregateResult: true,
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
}

/** The figures of `windows` of the same load taken together: every request's latency in one histogram, the rates over their time in all. */
export function pooled(windows: autocannon.Window[], options: Pick<LoadOptions, 'url' | 'connections'>): LoadFigures {
  const result = autocannon.aggregateResult(windows, { url: options.url, connections: options.connections })
  const seconds = windows.reduce((sum, window) => sum + window.duration, 0)
  const sum = (pick: (window: autocannon.Window) => number) => windows.reduce((total, window) => total + pick(window), 0)
  return {
    requestsPerSecond: Math.round((sum((window) => window.totalCompletedRequests) / seconds) * 100) / 100,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    maxMs: result.latency.max,
    requests: sum((window) => window.totalCompletedRequests),
    errors: sum((window) => window.errors),
    timeouts: sum((window) => window.timeouts),
    non2xx: sum((window) => window.non2xx),
    bytesPerSecond: Math.round(sum((window) => window.totalBytes) / seconds),
  }
}

export async function runLoad(options: LoadOptions): Promise<LoadFigures> {
  return pooled([await runWindow(options)], options)
}

/** No error, timeout or non-2xx answer in the measurement. */
export const clean = (f: LoadFigures): boolean => f.errors + f.non2xx + f.timeouts === 0

/** `a`'s calls a second over `b`'s, to three places. */
export const throughputRatio = (a: LoadFigures, b: LoadFigures): number => Math.round((a.requestsPerSecond / b.requestsPerSecond) * 1000) / 1000
