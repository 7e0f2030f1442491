// The typed client: the only code that calls the back end. `call(fn, action, payload)`
// resolves with the action's output from the contract or throws an ApiError.
// Every call carries a requestId, kept when the transport sends a lost call again, so
// the back end makes one record of it; a form passes its own to keep one across the
// times she presses the button again.
import type { ActionInput, ActionName, ActionOutput, FunctionName } from '../../types/contracts'
import { asApiError, unwrapReply } from './errors'
import { send } from './transport'

export { ApiError, NETWORK_MESSAGE, asApiError } from './errors'
export { initCloud } from './transport'
export { getToken, setToken } from './token'
export { openFile } from './openFile'

/** A fresh request id; a form keeps one across retries so the back end creates one record. */
export function newRequestId(): string {
  return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 12)}`
}

export async function call<F extends FunctionName, A extends ActionName<F>>(
  fn: F,
  action: A,
  payload: ActionInput<F, A>,
  requestId: string = newRequestId(),
): Promise<ActionOutput<F, A>> {
  try {
    const reply = await send(fn, { action, payload, requestId })
    return unwrapReply(reply) as ActionOutput<F, A>
  } catch (error) {
    throw asApiError(error)
  }
}
