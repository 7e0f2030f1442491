// How far the host's heap may grow past what was live after its last whole-heap collection.
//
// The embedded store keeps its in-memory collections whole (a year of a 区县: about 380 MB
// live). V8 sets the next collection's limit from how fast the program allocated against how
// fast it collected, up to 4× what was live on a machine of 16 GB or more: loading the store
// at start, and any sustained load after it, earns the 4×. Measured on the year benchmark
// (bench/year.ts), board.get under load with nothing being kept: the heap grew from 380 MB
// live to 843 MB before V8 collected it, resident 1.0 GB, and 1.76 GB in one run, over its
// 1.5 GB budget. The factor is fixed here instead, so a collection comes once the heap has
// grown by HEAP_GROWING_PERCENT. 50 held the year to 734 MB resident but brought a whole-heap
// collection every few seconds under writes (requests.submit p99 31 → 40 ms, topics.submit
// 29 → 58 ms); 150 keeps the heap of that year under 1 GB and a collection every 15–20 s
// under the submit benchmarks. One whole-heap collection costs the host's thread about
// 10 ms of pause and some hundreds of ms of slower work while it marks.
import v8 from 'node:v8'

export const HEAP_GROWING_PERCENT = 150

/** Read by V8 each time it sets the next limit: set before the store loads. */
export function boundHeapGrowth(): void {
  v8.setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`)
}
