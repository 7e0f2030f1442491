// What a saved entry leads to: a 建议 becomes a 议事 topic in one tap (on the women's behalf,
// channel 执委走访); a 帮扶 or 报告 opens 代为登记求助 for the woman (her consent asked there as
// always). Once it produced one, the entry says so. Deleting is last, after a confirm.
import { Text, View } from '@tarojs/components'
import type { DutyEntryView } from '../../../../../types/duty'
import { ActionButton } from '../../../../components/ActionButton'
import { Section } from '../../../../components/Section'
import { requestNewUrl } from '../../../../lib/helpRoutes'
import { openPage } from '../../../../lib/routes'
import { topicUrl } from '../../../../lib/topicRoutes'
import type { DutyForm } from '../../../hooks/useDutyEntry'
import { REQUEST_KINDS } from '../../../lib/duty'

export interface EntryLinksProps {
  orgId: string
  entry: DutyEntryView
  form: DutyForm
}

function TopicLink({ entry, form }: { entry: DutyEntryView; form: DutyForm }) {
  const { topicId } = entry.links
  if (topicId) {
    return <ActionButton className='duty-topic-open' variant='plain' text='已提交为议题，查看议题' onClick={() => openPage(topicUrl(topicId))} />
  }
  return (
    <View>
      <Text className='page-note'>以妇女群众的名义提交给本会议事，来源为“执委走访”；“建议内容”就是议题的问题描述。</Text>
      <ActionButton className='duty-topic-button' text={form.link.busy ? '正在提交…' : '提交为议题'} onClick={() => void form.submitAsTopic()} />
      {form.link.notice ? <Text className='field-error duty-topic-refusal'>{form.link.notice}</Text> : null}
    </View>
  )
}

function RequestLink({ orgId, entry }: { orgId: string; entry: DutyEntryView }) {
  if (entry.links.requestId) return <Text className='page-note duty-request-filed'>已代为登记求助，在“求助受理”里跟进。</Text>
  return <ActionButton className='duty-request-button' text='代为登记求助' onClick={() => openPage(requestNewUrl(orgId, entry._id))} />
}

export function EntryLinks({ orgId, entry, form }: EntryLinksProps) {
  return (
    <Section title='后续' className='duty-links'>
      {entry.kind === 'proposal' ? <TopicLink entry={entry} form={form} /> : null}
      {REQUEST_KINDS.includes(entry.kind) ? <RequestLink orgId={orgId} entry={entry} /> : null}
      <ActionButton className='duty-delete-button' variant='plain' text='删除这笔记录' onClick={() => void form.remove()} />
    </Section>
  )
}
