// Every function and its actions, in one map: the back end dispatches by it and the
// client's typed `call` is checked against it. Each function's domain is given its own
// entry (`defineDomain`), so that it bundles its own schemas only.
import type * as z from 'zod/mini'
import { boardContract } from './board'
import { orgFunctionContract } from './orgFunction'
import { reportsContract } from './reports'
import { requestsContract } from './requests'
import { topicsContract } from './topics'

export type ActionContract = { input: z.ZodMiniType; output: z.ZodMiniType }
export type DomainContract = Record<string, ActionContract>

export const contracts = {
  board: boardContract,
  /** the staff console, and 执委履职, the 执委会 and its 述职评议 beside it (same members, same standing) */
  org: orgFunctionContract,
  topics: topicsContract,
  requests: requestsContract,
  /** 台账 and 统计报表: generated apart, so the other functions stay small */
  reports: reportsContract,
} as const satisfies Record<string, DomainContract>

export type FunctionName = keyof typeof contracts
export type ActionName<F extends FunctionName> = keyof (typeof contracts)[F] & string
export type ActionInput<F extends FunctionName, A extends ActionName<F>> = z.input<(typeof contracts)[F][A] extends ActionContract ? (typeof contracts)[F][A]['input'] : never>
export type ActionOutput<F extends FunctionName, A extends ActionName<F>> = z.output<(typeof contracts)[F][A] extends ActionContract ? (typeof contracts)[F][A]['output'] : never>
