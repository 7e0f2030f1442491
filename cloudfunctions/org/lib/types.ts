// The input and output types of the org function's actions, taken from the contract so
// a handler's signature can never drift from what dispatch validates.
import type * as z from 'zod/mini'
import type { contracts } from '../../../types'

type OrgContract = (typeof contracts)['org']
export type OrgAction = keyof OrgContract

/** What a handler receives: the payload after the contract parsed (trimmed) it. */
export type OrgInput<A extends OrgAction> = z.output<OrgContract[A]['input']>
/** What a handler returns, before the envelope. */
export type OrgOutput<A extends OrgAction> = z.input<OrgContract[A]['output']>
