// 我的履职 (staff/pages/duty/index?orgId=…): this quarter, half-year and year of the 七个一 at a
// glance — what is done, what is due and by when, in plain words — the women reached this year,
// and her entries of this quarter, each opened to correct it. 记一笔, 一本记录 and the yearly
// written 述职 start here.
import { Text, View } from '@tarojs/components'
import { useDidShow } from '@tarojs/taro'
import type { DutyEntryView } from '../../../../types/duty'
import { ActionButton } from '../../../components/ActionButton'
import { ListRow } from '../../../components/ListRow'
import { PagedList, pagedNote } from '../../../components/PagedList'
import { Section } from '../../../components/Section'
import { StateView } from '../../../components/StateView'
import { useCall } from '../../../hooks/useCall'
import { useCursorCall } from '../../../hooks/useCursorList'
import { openPage } from '../../../lib/routes'
import { dutyBookUrl, dutyEntryUrl, dutyReportUrl } from '../../../lib/staffRoutes'
import { ConsoleShell } from '../../components/ConsoleShell'
import { DutyGrid } from '../../components/DutyGrid'
import type { ConsoleData } from '../../lib/consoleStore'
import { entryLines, entryTitle } from '../../lib/duty'
import './index.css'

function Summary({ orgId }: { orgId: string }) {
  const { state, reload, refresh } = useCall('org', 'dutySummary', { orgId })
  // read again when she comes back from 记一笔 (the page shows again; this block was already there)
  useDidShow(() => void refresh())
  if (state.status === 'loading') return <StateView kind='loading' title='正在计算“七个一”…' />
  if (state.status === 'error') return <StateView kind='error' title='没有读到履职情况' detail={state.error.message} actionText='重新加载' onAction={() => void reload()} />
  return <DutyGrid summary={state.data.summary} />
}

function Entries({ data }: { data: ConsoleData }) {
  const orgId = data.org._id
  const list = useCursorCall('org', 'listDutyEntries', { orgId, period: 'quarter' }, 'items', { keyOf: (entry) => entry._id, reloadOnShow: true, moreAtBottom: true })
  return (
    <Section title='本季度的记录' note={pagedNote(list, '笔')} className='duty-entries'>
      <PagedList list={list} errorTitle='没有读到记录' emptyText='本季度还没有记录。走访、宣讲之后，点“记一笔”。'>
        {(entry: DutyEntryView) => (
          <ListRow key={entry._id} className='duty-entry-row' title={entryTitle(entry)} lines={entryLines(entry, data.areas)} onOpen={() => openPage(dutyEntryUrl(orgId, entry))} />
        )}
      </PagedList>
    </Section>
  )
}

function MyDuty({ data }: { data: ConsoleData }) {
  const orgId = data.org._id
  return (
    <View>
      <View className='duty-actions'>
        <ActionButton className='duty-log-button' text='记一笔' onClick={() => openPage(dutyEntryUrl(orgId))} />
        <ActionButton className='duty-book-button' variant='plain' text='一本记录（全年）' onClick={() => openPage(dutyBookUrl(orgId))} />
        <ActionButton className='duty-report-button' variant='plain' text='年度书面述职' onClick={() => openPage(dutyReportUrl(orgId))} />
      </View>
      <Section title='“七个一”完成情况' note={data.org.name}>
        <Summary orgId={orgId} />
      </Section>
      <Entries data={data} />
      <Text className='page-note duty-foot'>下拉可以刷新。</Text>
    </View>
  )
}

export default function DutyPage() {
  return <ConsoleShell className='duty-page'>{(data) => <MyDuty data={data} />}</ConsoleShell>
}
