// 七个一要求: what the page shows for each duty of 附件2 and what a save sends. A federation's
// own minimum is kept only where it differs from the seed's: a key left out keeps the seed's
// (types/dutyCadence.ts `dutyMinimums`), and a lowered one is sent as typed so the server
// refuses it in the seed's words.
import { DUTY_PERIOD_LABELS, SEVEN_DUTIES, type DutyMinimums, type SevenDuty, type SevenDutyKey } from '../../../../types/dutyCadence'

export type MinimumValues = Record<SevenDutyKey, number>

/** The largest count a federation may ask for (the contract's limit). */
export const MAX_MINIMUM = 99

/** What the federation asks for now: its own where it raised one, the seed's elsewhere. */
export function minimumValues(own: Record<string, number> | null | undefined): MinimumValues {
  return Object.fromEntries(SEVEN_DUTIES.map((duty) => [duty.key, own?.[duty.key] ?? duty.minimum])) as MinimumValues
}

/** What a save sends: every duty whose count differs from the seed's, and nothing for the others. */
export function minimumsToSend(values: MinimumValues): DutyMinimums {
  const sent: DutyMinimums = {}
  for (const duty of SEVEN_DUTIES) if (values[duty.key] !== duty.minimum) sent[duty.key] = values[duty.key]
  return sent
}

/** Whether a save would change what is stored (an own minimum equal to the seed's counts as none). */
export function minimumsChanged(stored: Record<string, number> | null | undefined, values: MinimumValues): boolean {
  return JSON.stringify(minimumsToSend(minimumValues(stored))) !== JSON.stringify(minimumsToSend(values))
}

/** One step of the stepper, kept between 0 and the contract's limit (below the seed's is the server's to refuse). */
export const stepped = (value: number, step: 1 | -1): number => Math.min(MAX_MINIMUM, Math.max(0, value + step))

/** A count she typed: digits become a number; anything else goes as typed and the server names the field. */
export const typedCount = (text: string): number => (/^\s*\d+\s*$/.test(text) ? Number(text) : Number.NaN)

/** "附件2：每季度至少1次" */
export const seedLine = (duty: SevenDuty): string => `附件2：每${DUTY_PERIOD_LABELS[duty.period]}至少${duty.minimum}次`

/** "本会要求：每季度2次（已提高）" */
export function ownLine(duty: SevenDuty, value: number): string {
  const raised = Number.isFinite(value) && value > duty.minimum
  return `本会要求：每${DUTY_PERIOD_LABELS[duty.period]}${Number.isFinite(value) ? value : '—'}次${raised ? '（已提高）' : ''}`
}
