// The case code she and the staff speak of (QZ-7K3M9P2D): derived from the case `_id`,
// so a retried submit gets the same code, in an alphabet without look-alikes (no 0/O,
// 1/I) that reads well over the phone.
import { createHash } from 'node:crypto'
import type { Store } from '../../common/store/port'

const CODE_ALPHABET = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ'
const CODE_LENGTH = 8

/** The code of `caseId`; `attempt` > 0 gives the next candidate when one is taken. */
export function caseCode(caseId: string, attempt = 0): string {
  const digest = createHash('sha256')
    .update(attempt === 0 ? caseId : `${caseId}#${attempt}`)
    .digest()
  let code = ''
  for (let i = 0; i < CODE_LENGTH; i++) code += CODE_ALPHABET[digest[i] % CODE_ALPHABET.length]
  return `QZ-${code}`
}

/** The first candidate code no other case holds (40 bits: a clash is rare, never fatal). */
export async function freeCode(store: Store, caseId: string): Promise<string> {
  for (let attempt = 0; attempt < 8; attempt++) {
    const code = caseCode(caseId, attempt)
    const holders = await store.find<{ _id: string }>('requests', { code }, { limit: 1 })
    if (holders.length === 0 || holders[0]._id === caseId) return code
  }
  throw new Error(`no free case code for ${caseId}`)
}
