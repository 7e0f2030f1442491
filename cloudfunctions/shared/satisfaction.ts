// 群众满意度 on the public board. 002 第七条 亮成效: "工作活动开展后，及时公布成效及群众满意度。"
// Two sources: residents who seconded a 议事 topic rate its published outcome (满意 / 基本满意 /
// 不满意), and a woman rates the help she got in 1–5 stars (read as 4–5 满意, 3 基本满意, 1–2
// 不满意). The board shows counts, never people, and a count under 5 is withheld by the same
// rule as 求助统计 (suppression.ts): fewer than 5 ratings in all shows no level at all.
import type { BoardSatisfaction, SatisfactionRow } from '../../types'
import type { Store } from '../common/store/port'
import { protectRow, SMALLEST_SHOWN } from './suppression'

/** [满意, 基本满意, 不满意] as the board may publish them; null when nobody rated. */
export function publishRow(counts: readonly [number, number, number]): SatisfactionRow | null {
  const rated = counts[0] + counts[1] + counts[2]
  if (rated === 0) return null
  if (rated < SMALLEST_SHOWN) return { rated: 'few', satisfied: 'hidden', fair: 'hidden', unsatisfied: 'hidden' }
  const [satisfied, fair, unsatisfied] = protectRow(counts).shown
  return { rated, satisfied: satisfied!, fair: fair!, unsatisfied: unsatisfied! }
}

/** Counts the org's ratings (six index-backed counts) and publishes them. */
export async function satisfactionOf(store: Store, orgId: string): Promise<BoardSatisfaction> {
  const topics = (rating: string) => store.count('topic_seconds', { orgId, rating })
  const help = (score: number | { $gte: number } | { $lte: number }) => store.count('requests', { orgId, 'rating.score': score })
  const [ts, tf, tu, hs, hf, hu] = await Promise.all([topics('satisfied'), topics('fair'), topics('unsatisfied'), help({ $gte: 4 }), help(3), help({ $lte: 2 })])
  return { topics: publishRow([ts, tf, tu]), help: publishRow([hs, hf, hu]) }
}
