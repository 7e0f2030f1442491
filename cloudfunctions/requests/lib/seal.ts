// Everything that could identify or describe the woman is sealed (AES-256-GCM) through
// the vault port before it is stored: her personal details as one JSON document, and
// every free text of a step. A value that was tampered with fails loudly on opening.
import { requestPersonal, type RequestPersonal } from '../../../types'
import type { Services } from '../../common/context'

const EMPTY_PERSONAL: RequestPersonal = { name: '', description: '', needs: '', phone: '', address: '', safeTimes: '' }

export function sealPersonal(services: Pick<Services, 'ports'>, personal: RequestPersonal): string {
  return services.ports.vault.seal(JSON.stringify(requestPersonal.parse(personal)))
}

/** Her details; all empty once the case is anonymised (sealed ''). */
export function openPersonal(services: Pick<Services, 'ports'>, sealed: string): RequestPersonal {
  if (sealed === '') return { ...EMPTY_PERSONAL }
  return requestPersonal.parse(JSON.parse(services.ports.vault.open(sealed)))
}

export function sealText(services: Pick<Services, 'ports'>, text: string): string {
  return services.ports.vault.seal(text)
}

export function openText(services: Pick<Services, 'ports'>, sealed: string): string {
  return services.ports.vault.open(sealed)
}
