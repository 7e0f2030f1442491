// The part of autocannon's API the benchmarks use (the package ships no types).
declare module 'autocannon' {
  interface Request {
    method?: string
    path?: string
    headers?: Record<string, string>
    body?: string
  }
  interface Options {
    url: string
    connections?: number
    duration?: number
    method?: string
    headers?: Record<string, string>
    body?: string
    requests?: (Request & { setupRequest?: (request: Request) => Request })[]
    /** the run's own counts and encoded histograms (a Window), to be pooled with others by `aggregateResult` */
    skipAggregateResult?: boolean
  }
  interface Histogram {
    average: number
    mean: number
    p50: number
    p99: number
    max: number
    total: number
  }
  interface Result {
    requests: Histogram
    latency: Histogram
    throughput: Histogram
    errors: number
    timeouts: number
    non2xx: number
    '2xx': number
    duration: number
  }
  function autocannon(options: Options & { skipAggregateResult: true }): Promise<autocannon.Window>
  function autocannon(options: Options): Promise<Result>
  namespace autocannon {
    /** What a run with `skipAggregateResult` answers: its counts, and its latencies as an encoded histogram. */
    interface Window {
      totalCompletedRequests: number
      totalBytes: number
      errors: number
      timeouts: number
      non2xx: number
      /** seconds */
      duration: number
    }
    /** The figures of several windows' requests taken together: their latencies in one histogram. */
    function aggregateResult(windows: Window[], options: { url: string; connections?: number }): Result
  }
  export = autocannon
}
