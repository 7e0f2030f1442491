// 求助受理: the federation's help-request queue — case code, category, urgency, age and
// state, never a name. The cases waiting on a deadline come first, urgent ones first,
// then by deadline, each with its time left; the rest follow, newest first. Chairs see
// their own queue and what their children escalated; every member sees the cases
// assigned to her. Opening a case is recorded. A button asks WeChat to tell her of new
// cases (and, for a chair, new topics).
import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import type { OrgLevel } from '../../../../types/enums'
import { REQUEST_STATES, REQUEST_STATE_LABEL, type RequestState } from '../../../../types/requestModel'
import { ActionButton } from '../../../components/ActionButton'
import { Choices } from '../../../components/Choices'
import { NewsButton } from '../../../components/NewsButton'
import { PagedList, pagedNote } from '../../../components/PagedList'
import { Section } from '../../../components/Section'
import { useNews } from '../../../hooks/useNews'
import { usePageParams } from '../../../hooks/usePageParams'
import { type QueueScope, type StatsScope, requestNewUrl, requestStatsUrl } from '../../../lib/helpRoutes'
import { readParam } from '../../../lib/params'
import { openPage } from '../../../lib/routes'
import { ConsoleShell } from '../../components/ConsoleShell'
import { useRequestQueue } from '../../hooks/useRequestQueue'
import type { ConsoleData } from '../../lib/consoleStore'
import { QueueRow } from './components/QueueRow'
import './requests.css'

type Filter = RequestState | 'all'
const FILTERS: { value: Filter; label: string }[] = [{ value: 'all', label: '全部' }, ...REQUEST_STATES.map((value) => ({ value, label: REQUEST_STATE_LABEL[value] }))]
const SCOPE_LABEL: Record<QueueScope, string> = { own: '本会求助', escalated: '下级上报', assigned: '我负责的' }

/**
 * Which 求助统计 a chair opens first. A 区县／乡镇／街道 federation's own queue holds little —
 * women ask for help where they live, at the 村／社区 — so her own figures alone read all
 * zeros; her work is the federations below her, so she starts on the roll-up (汇总). A
 * 村／社区 chair starts on her own cases, which she sees exactly (her 妇女小组's figures,
 * protected, would only blur them).
 */
const UPPER_LEVELS: readonly OrgLevel[] = ['county', 'street', 'township']
const statsScopeFor = (data: ConsoleData): StatsScope => (UPPER_LEVELS.includes(data.org.level) ? 'rollup' : 'own')

const scopesFor = (data: ConsoleData): QueueScope[] => (data.role === 'chair' ? ['own', 'escalated', 'assigned'] : ['assigned'])

function Queue({ data, initialScope }: { data: ConsoleData; initialScope: string }) {
  const scopes = scopesFor(data)
  const [scope, setScope] = useState<QueueScope>(scopes.find((one) => one === initialScope) ?? scopes[0])
  const [filter, setFilter] = useState<Filter>('all')
  const queue = useRequestQueue(data.org._id, scope, filter === 'all' ? undefined : filter)
  // a chair hears of new cases and topics; a member of the cases given to her
  const news = useNews(data.role === 'chair' ? 'newArrivals' : 'caseWork')
  // the time left is worded against this phone's clock when the list is drawn
  const nowMs = Date.now()
  return (
    <View>
      <View className='requests-console__actions'>
        <ActionButton className='file-on-behalf-button' variant='plain' text='代为登记求助' onClick={() => openPage(requestNewUrl(data.org._id))} />
        {data.role === 'chair' ? (
          <ActionButton className='request-stats-button' variant='quiet' text='求助统计' onClick={() => openPage(requestStatsUrl(data.org._id, statsScopeFor(data)))} />
        ) : null}
      </View>
      <NewsButton news={news} text={data.role === 'chair' ? '有新求助、新议题时微信通知我' : '有求助交给我时微信通知我'} className='requests-news' />
      {queue.overdueCount > 0 ? <Text className='requests-overdue-banner'>有 {queue.overdueCount} 件求助已经逾期，请尽快处理</Text> : null}
      <Section title='筛选'>
        {scopes.length > 1 ? (
          <Choices className='request-scope' options={scopes.map((value) => ({ value, label: SCOPE_LABEL[value] }))} selected={[scope]} onToggle={setScope} />
        ) : null}
        <Choices className='request-filter' options={FILTERS} selected={[filter]} onToggle={setFilter} />
      </Section>
      {queue.pressing.length > 0 ? (
        <Section title='待办：紧急的在前，期限近的在前' note={`${queue.pressing.length} 件`} className='requests-pressing'>
          {queue.pressing.map((item) => (
            <QueueRow key={item._id} item={item} nowMs={nowMs} />
          ))}
        </Section>
      ) : null}
      <Section title={queue.pressing.length > 0 ? `其余${SCOPE_LABEL[scope]}` : SCOPE_LABEL[scope]} note={pagedNote(queue, '件')} className='requests-rest'>
        <PagedList list={queue} errorTitle='求助没有读到' emptyText={queue.pressing.length > 0 ? '没有其余的求助。' : '没有这类求助。'}>
          {(item) => <QueueRow key={item._id} item={item} nowMs={nowMs} />}
        </PagedList>
        <Text className='requests-privacy-note'>列表里不显示姓名；打开求助会留下查看记录。</Text>
      </Section>
    </View>
  )
}

export default function RequestQueuePage() {
  const scope = readParam(usePageParams(), 'scope')
  return <ConsoleShell className='requests-console-page'>{(data) => <Queue data={data} initialScope={scope} />}</ConsoleShell>
}
