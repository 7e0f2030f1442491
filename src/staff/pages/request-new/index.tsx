// 代为登记求助: a member records a woman's request after a visit, a 主席信箱 letter or a
// hotline call — how it came in, the day she agreed by word of mouth, and the request
// in the same fields she would fill in herself. Opened from a 帮扶 / 报告 履职 entry, it says so
// and the entry records the request.
import { Text, View } from '@tarojs/components'
import { AGE_BAND_LABEL, type AgeBand, REQUEST_CHANNEL_LABEL } from '../../../../types/requestModel'
import { ActionButton } from '../../../components/ActionButton'
import { Choices } from '../../../components/Choices'
import { FormField } from '../../../components/FormField'
import { REQUEST_FIELDS, RequestFields } from '../../../components/RequestFields'
import { SaveBar } from '../../../components/SaveBar'
import { Section } from '../../../components/Section'
import { StateView } from '../../../components/StateView'
import { usePageParams } from '../../../hooks/usePageParams'
import { errorAt } from '../../../lib/fieldErrors'
import { requestQueueUrl } from '../../../lib/helpRoutes'
import { readParam } from '../../../lib/params'
import { replacePage } from '../../../lib/routes'
import { DateInput } from '../../components/DateInput'
import { type FilingChannel, useRequestFiling } from '../../hooks/useRequestFiling'
import '../request/request.css'

const CHANNELS: FilingChannel[] = ['visit', 'mailbox', 'hotline']
const AGES: AgeBand[] = ['18to59', '60plus', '14to17', 'unspecified']
const SHOWN = [...REQUEST_FIELDS, 'channel', 'verbalConsentDate']

function Filed({ code, orgId, onAnother }: { code: string; orgId: string; onAnother: () => void }) {
  return (
    <Section title='已登记' className='request-filed'>
      <Text className='page-note'>求助编号</Text>
      <Text className='request-filed__code case-code'>{code}</Text>
      <Text className='page-note'>已进入本会的求助受理，主席会受理并分派执委。</Text>
      <ActionButton className='request-queue-button' text='回到求助受理' onClick={() => replacePage(requestQueueUrl(orgId, 'own'))} />
      <ActionButton className='file-another-button' variant='plain' text='再登记一件' onClick={onAnother} />
    </Section>
  )
}

export default function FileOnBehalfPage() {
  const params = usePageParams()
  const orgId = readParam(params, 'orgId')
  const filing = useRequestFiling(orgId, readParam(params, 'dutyEntryId'))
  const { values, set } = filing
  if (!orgId) return <StateView kind='error' title='链接里没有指明是哪个妇联' />
  if (filing.filed) {
    return (
      <View className='page staff-page request-new-page'>
        <Filed code={filing.filed.code} orgId={orgId} onAnother={filing.another} />
      </View>
    )
  }
  return (
    <View className='page staff-page request-new-page'>
      <Section title='怎么得知的' note='请先征得她本人同意'>
        {filing.dutyEntryId ? <Text className='page-note filing-from-duty'>从您的履职记录登记：登记后，这笔记录会记下这件求助。</Text> : null}
        <FormField label='来源' name='channel' error={errorAt(filing.errors, 'channel')}>
          <Choices
            className='filing-channel'
            options={CHANNELS.map((value) => ({ value, label: REQUEST_CHANNEL_LABEL[value] }))}
            selected={[values.channel]}
            onToggle={(channel) => set('channel', channel)}
          />
        </FormField>
        <FormField
          label='她口头同意登记的日期'
          name='verbalConsentDate'
          required
          hint='请告诉她：谁能看到、保存多久、可以随时撤回'
          error={errorAt(filing.errors, 'verbalConsentDate')}
        >
          <DateInput className='verbal-consent-date-input' value={values.verbalConsentDate} onChange={(date) => set('verbalConsentDate', date)} />
        </FormField>
        <FormField
          label='她的年龄段'
          name='ageBand'
          required
          hint='未满14周岁的孩子不在这里登记：请联系监护人，拨打 12338、110 或 12355。'
          error={errorAt(filing.errors, 'ageBand')}
        >
          <Choices
            className='filing-age'
            options={AGES.map((value) => ({ value, label: AGE_BAND_LABEL[value] }))}
            selected={values.ageBand ? [values.ageBand] : []}
            onToggle={(ageBand) => set('ageBand', ageBand)}
          />
        </FormField>
      </Section>
      <Section title='她的求助'>
        <RequestFields values={values.request} onChange={(request) => set('request', request)} errors={filing.errors} voice='staff' />
      </Section>
      {filing.notice ? <Text className='request-overdue-flag filing-notice'>{filing.notice}</Text> : null}
      <SaveBar busy={filing.busy} onSave={() => void filing.file()} errors={filing.errors} shownFields={SHOWN} text='登记' />
    </View>
  )
}
