// The topic form, for the resident's 提议题 and a member's 代为提交: filled in, what it
// sends is what the submit contract accepts, and every field the back end could refuse
// is one the form shows next to its input (no message is lost under the button).
import { submitTopicInput } from '../../../types/topics'
import { initialTopicValues, TOPIC_FIELDS, type TopicVoice } from '../../../src/lib/topicForm'

const filled = (voice: TopicVoice) => ({ ...initialTopicValues(voice), title: '游乐场加装遮阳棚', problem: '夏天中午滑梯烫手，孩子们没法玩', name: '5号楼刘女士' })

describe('the topic form', () => {
  test.each<TopicVoice>(['her', 'member'])('filled in by %s, it is a valid topics.submit payload', (voice) => {
    expect(submitTopicInput.safeParse({ orgId: 'org-1', ...filled(voice) }).success).toBe(true)
  })

  test('a member starts from a visit with a note of how it was collected; the woman starts online with none', () => {
    expect(initialTopicValues('member')).toMatchObject({ channel: 'visit', onBehalfOf: '执委走访时代为提交' })
    expect(initialTopicValues('her')).toMatchObject({ channel: 'online', onBehalfOf: '' })
  })

  test('each form shows every field of the payload it sends; only the member writes the note', () => {
    // dutyEntryId is never typed: only a member's 建议 entry (记一笔) sends it, with the topic made from it
    const payloadFields = Object.keys(submitTopicInput.shape).filter((field) => field !== 'orgId' && field !== 'dutyEntryId')
    expect([...TOPIC_FIELDS.member].sort()).toEqual([...payloadFields].sort())
    expect(TOPIC_FIELDS.her).not.toContain('onBehalfOf')
    expect([...TOPIC_FIELDS.her, 'onBehalfOf'].sort()).toEqual([...payloadFields].sort())
  })
})
