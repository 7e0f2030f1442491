// Dispatch: one call envelope in, one reply envelope out. Validates the envelope and
// payload against the contract, enforces the action's policy row (who may call; then the
// org or case it acts on, loaded and allowed — like tRPC middleware, so no handler can
// forget it), runs the handler with that access on ctx (and, for a rate-limited action,
// its slot in the window, given back for outcomes the limit does not count), and turns
// every outcome into `{ ok, data }` / `{ ok, error }` — the only place that does so.
import type * as z from 'zod/mini'
import { callEnvelope, type Reply } from '../../types/common'
import type { ActionName, contracts, DomainContract, FunctionName } from '../../types/contracts'
import { resolveAccess, type CaseReader } from './access'
import type { Caller, Ctx, Services } from './context'
import { AppError, toErrorBody } from './errors'
import { authorize, policyRow, type ActionKey, type CtxOf, type POLICY, type PolicyRow } from './policy'
import { runLimited } from './rateLimit'
import { parseInput } from './validation'

export type Handler<I, O, C extends Ctx = Ctx> = (input: I, ctx: C) => Promise<O>

type Contract<F extends FunctionName> = (typeof contracts)[F]
/** One handler per action of the contract, each given the ctx its policy row grants. */
export type Handlers<F extends FunctionName> = {
  [A in ActionName<F>]: Contract<F>[A] extends { input: infer I extends z.ZodMiniType; output: infer O extends z.ZodMiniType }
    ? Handler<z.output<I>, z.input<O>, CtxOf<`${F}.${A}` & ActionKey>>
    : never
}

export interface Domain {
  name: FunctionName
  /** the function's part of the contract (types/contracts.ts): its actions' input and output schemas */
  contract: DomainContract
  handlers: Record<string, Handler<unknown, unknown, never>>
  /** each registered action's policy row; an action without one is refused */
  policy: Partial<Record<string, PolicyRow>>
  /** how this function reads a case, when one of its actions acts on a case */
  readCase?: CaseReader
}

/** Does any action of F act on a case? Then its domain must say how to read one. */
type ActsOnCases<F extends FunctionName> = { [A in ActionName<F>]: (typeof POLICY)[`${F}.${A}` & ActionKey] extends { case: object } ? A : never }[ActionName<F>]
type DomainOptions<F extends FunctionName> = [ActsOnCases<F>] extends [never] ? [] : [options: { readCase: CaseReader }]

/**
 * A function: its name, its part of the contract (`contracts[name]`, passed in so that a
 * function bundles only its own schemas) and a handler for each of its actions.
 */
export function defineDomain<F extends FunctionName>(name: F, contract: Contract<F>, handlers: Handlers<F>, ...options: DomainOptions<F>): Domain {
  const policy = Object.fromEntries(Object.keys(handlers).map((action) => [action, policyRow(name, action)]))
  return { name, contract, handlers: handlers as unknown as Domain['handlers'], policy, readCase: options[0]?.readCase }
}

export async function dispatch(domain: Domain, rawCall: unknown, caller: Caller, services: Services): Promise<Reply<unknown>> {
  const started = Date.now()
  let action = '?'
  try {
    const call = parseInput(callEnvelope, rawCall)
    action = call.action
    const owns = (table: object) => Object.prototype.hasOwnProperty.call(table, call.action)
    const contract = owns(domain.contract) ? domain.contract[call.action] : undefined
    const handler = owns(domain.handlers) ? (domain.handlers[call.action] as Handler<unknown, unknown>) : undefined
    if (!contract || !handler) {
      throw new AppError('UNKNOWN_ACTION', `没有这项操作：${domain.name}.${call.action}`)
    }
    const ctx = { ...services, caller, requestId: call.requestId ?? null }
    const row = Object.prototype.hasOwnProperty.call(domain.policy, call.action) ? domain.policy[call.action] : undefined
    await authorize(domain.name, call.action, ctx, row)
    const input = parseInput(contract.input, call.payload ?? {})
    const access = row ? await resolveAccess(ctx, `${domain.name}.${call.action}`, row, input, domain.readCase) : undefined
    const data = await runLimited(ctx, row?.limit, (limit) => handler(input, { ...ctx, access, limit } as Ctx))
    return { ok: true, data }
  } catch (error) {
    if (!(error instanceof AppError)) {
      services.log.error('handler failed', {
        fn: domain.name,
        action,
        error: error instanceof Error ? (error.stack ?? error.message) : String(error),
        ms: Date.now() - started,
      })
    }
    return { ok: false, error: toErrorBody(error) }
  }
}
