// Calling the local host directly from a test: to read what the board says (the
// ground truth a page must match) and to set up data a journey does not cover.
export async function devToken(url: string, openid: string): Promise<string> {
  const res = await fetch(`${url}/api/dev/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ openid }) })
  const body = await res.json()
  if (!res.ok) throw new Error(`dev login failed: ${JSON.stringify(body)}`)
  return body.token
}

/** `POST /api/<fn>`; resolves with `data` or throws with the error envelope. */
export async function callApi<T = unknown>(url: string, fn: string, action: string, payload: unknown, token?: string): Promise<T> {
  const headers: Record<string, string> = { 'content-type': 'application/json' }
  if (token) headers.authorization = `Bearer ${token}`
  const res = await fetch(`${url}/api/${fn}`, { method: 'POST', headers, body: JSON.stringify({ action, payload }) })
  const reply = await res.json()
  if (!reply.ok) throw new Error(`${fn}.${action} failed: ${JSON.stringify(reply.error)}`)
  return reply.data as T
}

/**
 * A topic raised by `submitter` and accepted by demo-chair through the API: test data
 * for journeys that start from an accepted topic (安排议事会, minutes).
 */
export async function acceptedTopic(url: string, orgId: string, submitter: string, title: string, problem: string): Promise<{ _id: string; version: number }> {
  const payload = { orgId, title, problem, proposal: '', category: 'publicService', channel: 'online', name: '赵女士', anonymous: false, onBehalfOf: '' }
  const { topic } = await callApi<{ topic: { _id: string; version: number } }>(url, 'topics', 'submit', payload, await devToken(url, submitter))
  const reviewed = await callApi<{ topic: { _id: string; version: number } }>(
    url,
    'topics',
    'review',
    { topicId: topic._id, version: topic.version, decision: { kind: 'accept' } },
    await devToken(url, 'demo-chair'),
  )
  return reviewed.topic
}
