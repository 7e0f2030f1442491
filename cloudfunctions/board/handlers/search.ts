// board.search: find a federation by part of its name (the fallback page when a QR
// scene is missing or unknown). An indexed lookup on one name gram, then a check of
// the whole query, so it never scans the org collection.
import type { OrgDoc, SearchOrgsInput, SearchOrgsOutput } from '../../../types'
import type { Ctx } from '../../common/context'
import { probeGram } from '../../common/nameGrams'

const CANDIDATES = 300
const RESULTS = 20

/** Federations before the 妇女小组 / 妇女微家 under them: a resident looks for her 妇联 first. */
const isSmallBody = (org: OrgDoc) => (org.level === 'group' || org.level === 'microHome' ? 1 : 0)

export async function search(input: SearchOrgsInput, ctx: Ctx): Promise<SearchOrgsOutput> {
  const query = input.name.replace(/\s+/g, '')
  const candidates = await ctx.store.find<OrgDoc>('orgs', { nameGrams: probeGram(query) }, { limit: CANDIDATES })
  const matches = candidates
    .filter((org) => org.name.replace(/\s+/g, '').includes(query))
    .sort((a, b) => isSmallBody(a) - isSmallBody(b) || a.name.length - b.name.length || a.sort - b.sort)
    .slice(0, RESULTS)
  const parentIds = [...new Set(matches.map((org) => org.parentId).filter((id): id is string => id !== null))]
  const parents = parentIds.length ? await ctx.store.find<OrgDoc>('orgs', { _id: { $in: parentIds } }) : []
  const parentName = new Map(parents.map((p) => [p._id, p.name]))
  return {
    orgs: matches.map((org) => ({
      code: org.code,
      name: org.name,
      level: org.level,
      parentName: org.parentId ? (parentName.get(org.parentId) ?? null) : null,
    })),
  }
}
