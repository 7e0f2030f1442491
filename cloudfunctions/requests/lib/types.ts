// The input and output types of the requests function's actions, taken from the
// contract so a handler's signature can never drift from what dispatch validates.
import type * as z from 'zod/mini'
import type { requestsContract } from '../../../types'

type RequestsContract = typeof requestsContract
export type RequestsAction = keyof RequestsContract
export type RequestsInput<A extends RequestsAction> = z.output<RequestsContract[A]['input']>
export type RequestsOutput<A extends RequestsAction> = z.input<RequestsContract[A]['output']>
