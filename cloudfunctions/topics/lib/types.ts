// The input and output types of the topics function's actions, taken from the contract
// so a handler's signature can never drift from what dispatch validates.
import type * as z from 'zod/mini'
import type { topicsContract } from '../../../types'

type TopicsContract = typeof topicsContract
export type TopicsAction = keyof TopicsContract
export type TopicsInput<A extends TopicsAction> = z.output<TopicsContract[A]['input']>
export type TopicsOutput<A extends TopicsAction> = z.input<TopicsContract[A]['output']>
