// The staff's step form: for every step the draft becomes a payload the contract
// accepts, and when a step is sent half-filled every field the back end names is one
// the form shows next to its input (no message is lost under the button).
import { actOnRequestInput } from '../../../../types/requests'
import { REQUEST_STEPS } from '../../../../types/requestModel'
import { toFieldErrors } from '../../../../src/lib/fieldErrors'
import { FIELDS_OF, initialDraft, type StaffStepKind, type StepDraft, stepOf, TEXT_OF } from '../../../../src/staff/lib/requestSteps'

const STAFF_KINDS = REQUEST_STEPS.filter((step) => !['addInfo', 'withdraw', 'rate'].includes(step)) as StaffStepKind[]
const complete: StepDraft = { ...initialDraft(), how: 'sms', assigneeId: 'member-1', referralId: 'ref-1', text: '已电话联系本人', dueDate: '2099-01-01' }
const parse = (kind: StaffStepKind, draft: StepDraft = complete) => actOnRequestInput.safeParse({ caseId: 'case-1', version: 3, step: stepOf(kind, draft) })

describe('staff steps on a help request', () => {
  test.each(STAFF_KINDS)('a filled-in %s is a valid requests.act payload', (kind) => {
    expect(parse(kind).success).toBe(true)
  })

  test.each(STAFF_KINDS)('a blank %s is refused only on fields its form shows', (kind) => {
    const result = parse(kind, initialDraft())
    const fields = result.success ? [] : Object.keys(toFieldErrors(result.error.issues.map((issue) => ({ field: issue.path.join('.'), message: issue.message }))))
    for (const field of fields) expect(FIELDS_OF[kind]).toContain(field)
    if (TEXT_OF[kind] && !TEXT_OF[kind]?.label.includes('可不填')) expect(result.success).toBe(false)
  })

  test('a contact starts with no channel picked, and sent so it is refused on 联系方式 alone', () => {
    expect(initialDraft().how).toBe('')
    const result = parse('contact', { ...initialDraft(), text: '按她说的时间发了短信' })
    expect(result.success).toBe(false)
    expect(result.error?.issues.map((issue) => issue.path.join('.'))).toEqual(['step.how'])
  })

  test('no backup is sent as null, and the closing note is marked as read by her', () => {
    expect(stepOf('accept', complete)).toEqual({ kind: 'accept', assigneeId: 'member-1', backupId: null })
    expect(TEXT_OF.close?.audience).toBe('her')
    expect(TEXT_OF.note?.audience).toBe('staff')
  })
})
