// requests.terms: what the consent step needs from the deployment — the version of the
// consent text and how long closed cases are kept before they are anonymised.
import { CONSENT_VERSION } from '../../../types'
import { retentionDaysFrom } from '../lib/retention'
import type { RequestsInput, RequestsOutput } from '../lib/types'

export async function terms(_input: RequestsInput<'terms'>): Promise<RequestsOutput<'terms'>> {
  return { consentVersion: CONSENT_VERSION, retentionDays: retentionDaysFrom(process.env) }
}
