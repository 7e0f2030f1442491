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
import vm from 'node:vm'

export const HEAP_GROWING_PERCENT = 150

/**
 * The flags the host's node is started with (`npm start` in package.json and the test and
 * benchmark hosts, test/support/host.ts): V8 reads them when it makes the heap, so they cannot
 * be set from inside. New objects are made in a young generation of two semi-spaces, each at
 * most 16 MB by default; every time one fills, V8 copies what is still live out of it (a
 * scavenge). Under the 求助 submit benchmark the host scavenged 30–40 times a second, 3–4 ms
 * each: the collector was 11% of its thread in a CPU profile. With 32 MB semi-spaces a
 * scavenge comes about half as often and takes 4–9 ms: 7% of the thread. Measured, three runs
 * of each, one after the other (`npm run bench -- only=requests`): requests.submit 2,687, 2,333
 * and 2,640 calls a second at p50 18, 20, 18 ms with 16 MB; 3,130, 2,571 and 2,763 at p50 15,
 * 18, 17 ms with 32 MB. The young generation's most is 3 × a semi-space: 48 MB more resident at
 * most, beside the year's 0.9 GB (budget 1.5 GB).
 */
export const HOST_NODE_FLAGS = ['--max-semi-space-size=32'] as const

/** Read by V8 each time it sets the next limit: set before the store loads. */
export function boundHeapGrowth(): void {
  v8.setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`)
}

/**
 * One whole-heap collection once the store is loaded, before the host answers anyone. V8 sets
 * the next collection's limit from what was live at the last one, and the last one fell
 * part-way through loading: measured on the 求助 benchmark's store (341 MB live once loaded),
 * the first collection under load came at 509 MB — the limit set when 204 MB were live —
 * and took the host's thread 83 ms in 255 steps over a quarter of a second, while the calls
 * under way waited 100–190 ms. Collected here, the loading's garbage goes at once and the
 * limit is set from the store as loaded (HEAP_GROWING_PERCENT above it).
 */
export function collectAfterLoading(): void {
  v8.setFlagsFromString('--expose-gc')
  const collect = vm.runInNewContext('gc') as () => void
  collect()
}
