// 七个一要求: what the page shows for each duty and what a save sends. A duty at the seed's count
// sends nothing (absent keeps the seed's, types/dutyCadence.ts), a raised or lowered one is sent
// as set — lowering is the server's to refuse in the seed's words (附件2).
import { SEVEN_DUTIES, dutyMinimums } from '../../../../../types/dutyCadence'
import { MAX_MINIMUM, minimumValues, minimumsChanged, minimumsToSend, ownLine, seedLine, stepped, typedCount } from '../../../../../src/staff/pages/duty-minimums/minimums'

const talk = SEVEN_DUTIES.find((duty) => duty.key === 'talk')!
const survey = SEVEN_DUTIES.find((duty) => duty.key === 'survey')!

test('a federation that raised nothing asks for the seed’s count of every duty', () => {
  const values = minimumValues(undefined)
  expect(values).toEqual({ contact: 1, talk: 1, survey: 1, proposal: 1, help: 1, service: 1, record: 1 })
  expect(minimumsToSend(values)).toEqual({})
  expect(minimumsChanged(undefined, values)).toBe(false)
})

test('its own raised count shows in place of the seed’s, and the others keep the seed’s', () => {
  expect(minimumValues({ talk: 2 })).toMatchObject({ contact: 1, talk: 2, survey: 1 })
})

test('a save sends only the duties that differ from the seed; one brought back to the seed’s count is sent no more', () => {
  expect(minimumsToSend({ ...minimumValues(null), talk: 2, help: 3 })).toEqual({ talk: 2, help: 3 })
  // stored {talk: 2}; she brings 宣讲 back to the seed's 1: the record no longer holds it
  expect(minimumsToSend(minimumValues({ talk: 2 })).talk).toBe(2)
  expect(minimumsToSend({ ...minimumValues({ talk: 2 }), talk: 1 })).toEqual({})
  expect(minimumsChanged({ talk: 2 }, { ...minimumValues({ talk: 2 }), talk: 1 })).toBe(true)
  // a stored count equal to the seed's is no change
  expect(minimumsChanged({ talk: 1 }, minimumValues(null))).toBe(false)
})

test('a lowered count is sent as set, and the contract refuses it in the seed’s words (附件2)', () => {
  const sent = minimumsToSend({ ...minimumValues(null), talk: 0 })
  expect(sent).toEqual({ talk: 0 })
  const parsed = dutyMinimums.safeParse(sent)
  expect(parsed.success).toBe(false)
  expect(parsed.error?.issues[0]).toMatchObject({ path: ['talk'], message: '一次宣讲每季度至少1次，只能提高，不能降低' })
  // what she typed that is no count goes too, so the server names the field
  expect(Number.isNaN(minimumsToSend({ ...minimumValues(null), survey: typedCount('两') }).survey)).toBe(true)
})

test('the stepper stays between 0 and the contract’s limit; a typed count is read as digits only', () => {
  expect(stepped(1, 1)).toBe(2)
  expect(stepped(1, -1)).toBe(0)
  expect(stepped(0, -1)).toBe(0)
  expect(stepped(MAX_MINIMUM, 1)).toBe(MAX_MINIMUM)
  expect(dutyMinimums.safeParse({ talk: MAX_MINIMUM }).success).toBe(true)
  expect(dutyMinimums.safeParse({ talk: MAX_MINIMUM + 1 }).success).toBe(false)
  expect(typedCount(' 3 ')).toBe(3)
  expect(typedCount('1.5')).toBeNaN()
  expect(typedCount('')).toBeNaN()
})

test('each duty says the seed’s minimum with its period, and the federation’s own count', () => {
  expect(seedLine(talk)).toBe('附件2：每季度至少1次')
  expect(seedLine(survey)).toBe('附件2：每半年至少1次')
  expect(ownLine(talk, 2)).toBe('本会要求：每季度2次（已提高）')
  expect(ownLine(talk, 1)).toBe('本会要求：每季度1次')
  expect(ownLine(talk, Number.NaN)).toBe('本会要求：每季度—次')
})
