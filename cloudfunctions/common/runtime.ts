// Dispatch: one call envelope in, one reply envelope out. Validates the envelope and
// payload against the contract, asks the policy, runs the handler, and turns every
// outcome into `{ ok, data }` / `{ ok, error }` — the only place that does so.
import type * as z from 'zod/mini'
import { callEnvelope, contracts, type FunctionName, type Reply } from '../../types'
import type { Caller, Ctx, Services } from './context'
import { AppError, toErrorBody } from './errors'
import { authorize } from './policy'
import { parseInput } from './validation'

export type Handler<I, O> = (input: I, ctx: Ctx) => Promise<O>

type Contract<F extends FunctionName> = (typeof contracts)[F]
export type Handlers<F extends FunctionName> = {
  [A in keyof Contract<F>]: Contract<F>[A] extends { input: infer I extends z.ZodMiniType; output: infer O extends z.ZodMiniType }
    ? Handler<z.output<I>, z.input<O>>
    : never
}

export interface Domain {
  name: FunctionName
  handlers: Record<string, Handler<unknown, unknown>>
}

export function defineDomain<F extends FunctionName>(name: F, handlers: Handlers<F>): Domain {
  return { name, handlers: handlers as unknown as Record<string, Handler<unknown, unknown>> }
}

export async function dispatch(domain: Domain, rawCall: unknown, caller: Caller, services: Services): Promise<Reply<unknown>> {
  const started = Date.now()
  let action = '?'
  try {
    const call = parseInput(callEnvelope, rawCall)
    action = call.action
    const contract = (contracts[domain.name] as Record<string, { input: z.ZodMiniType }>)[call.action]
    const handler = domain.handlers[call.action]
    if (!contract || !handler || !Object.prototype.hasOwnProperty.call(domain.handlers, call.action)) {
      throw new AppError('UNKNOWN_ACTION', `没有这项操作：${domain.name}.${call.action}`)
    }
    const ctx = { ...services, caller, requestId: call.requestId ?? null }
    await authorize(domain.name, call.action, ctx)
    const input = parseInput(contract.input, call.payload ?? {})
    const data = await handler(input, ctx)
    return { ok: true, data }
  } catch (error) {
    if (!(error instanceof AppError)) {
      services.log.error('handler failed', {
        fn: domain.name,
        action,
        error: error instanceof Error ? error.stack ?? error.message : String(error),
        ms: Date.now() - started,
      })
    }
    return { ok: false, error: toErrorBody(error) }
  }
}
