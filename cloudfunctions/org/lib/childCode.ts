// Codes for new child bodies. A code is the QR scene of the body's 妇女之家 code
// (wxacode.getUnlimited: at most 32 scene-legal characters), so it is built from the
// parent's code in the safe subset [a-z0-9-]: "demo-street" → "demo-street-c3".
import type { OrgDoc, OrgLevel } from '../../../types'
import type { Ctx } from '../../common/context'

const MAX_CODE = 32
const CANDIDATES = 20

const LEVEL_TAG: Record<OrgLevel, string> = {
  county: 'x',
  street: 's',
  township: 't',
  community: 'c',
  village: 'v',
  resettlement: 'r',
  newSector: 'n',
  group: 'g',
  microHome: 'h',
}

/** The parent's code in the safe subset, without trailing dashes. */
function stem(parentCode: string): string {
  return (
    parentCode
      .toLowerCase()
      .replace(/[^a-z0-9-]/g, '')
      .replace(/-+$/, '') || 'org'
  )
}

export function candidateCode(parentCode: string, level: OrgLevel, n: number): string {
  const suffix = `-${LEVEL_TAG[level]}${n}`
  return (
    stem(parentCode)
      .slice(0, MAX_CODE - suffix.length)
      .replace(/-+$/, '') + suffix
  )
}

/** The first free code numbered from `start`; one `$in` read over the candidates. */
export async function freeChildCode(ctx: Ctx, parentCode: string, level: OrgLevel, start: number): Promise<string> {
  for (let from = start; ; from += CANDIDATES) {
    const codes = Array.from({ length: CANDIDATES }, (_, i) => candidateCode(parentCode, level, from + i))
    const taken = await ctx.store.find<OrgDoc>('orgs', { code: { $in: codes } }, { limit: CANDIDATES })
    const takenCodes = new Set(taken.map((o) => o.code))
    const free = codes.find((code) => !takenCodes.has(code))
    if (free) return free
  }
}
