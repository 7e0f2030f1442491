// A benchmark's seeded data set, reused while it is as seeded. Every run's writes stay in the
// store (a requests run files about 5,000 cases), so a set reused run after run grew to four
// times its seeded cases, and each run measured a larger store than the last (requests.submit
// 483 → 341 → 301 submits/s over three runs of the same code). The size of the file the runs
// write to is recorded at seeding; once it has grown by more than a tenth, the set is seeded again.
import fs from 'node:fs'
import path from 'node:path'
import { quarterOf } from '../../cloudfunctions/common/time'
import { SEED_MANIFEST, type SeedCounts, type SeedManifest } from '../../scripts/seed'

const SIZES = 'bench-seeded-size.json'
const MAX_GROWTH = 0.1

const sizeOf = (file: string) => fs.statSync(file).size

/**
 * The manifest of the set under `dataDir` when it can be reused: seeded this quarter, `fits`
 * what the benchmark asks, and `written` (the collection file its runs write to) no more than
 * a tenth larger than at seeding. null: seed it again.
 */
export function reusableSet(dataDir: string, now: Date, written: string, fits: (manifest: SeedManifest) => boolean): SeedManifest | null {
  try {
    const manifest = JSON.parse(fs.readFileSync(path.join(dataDir, SEED_MANIFEST), 'utf8')) as SeedManifest
    if (quarterOf(new Date(manifest.seededAt)).label !== quarterOf(now).label || !fits(manifest)) return null
    const { bytes } = JSON.parse(fs.readFileSync(path.join(dataDir, SIZES), 'utf8')) as { bytes: number }
    const grown = sizeOf(path.join(dataDir, written)) / bytes - 1
    if (grown > MAX_GROWTH) {
      console.log(`数据集 ${dataDir} 已比生成时大 ${Math.round(grown * 100)}%（历次测量写入的），重新生成`)
      return null
    }
    return manifest
  } catch {
    // no complete data set, or none with its size recorded: seed it
    return null
  }
}

/** Seeds with `seeding`, then records the size of `written` to compare later runs' sets with. */
export async function seededSet(dataDir: string, written: string, seeding: () => Promise<SeedCounts>): Promise<SeedCounts> {
  const counts = await seeding()
  fs.writeFileSync(path.join(dataDir, SIZES), JSON.stringify({ bytes: sizeOf(path.join(dataDir, written)) }))
  return counts
}
