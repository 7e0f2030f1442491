// 一本记录 (staff/pages/duty-book/index?orgId=…): her year's 工作记录册 — the 七个一 summary on
// top, then every entry of the year in date order. Printed from the browser on A4; read as it is
// in the mini-program. 002 附件2 七 一本记录:
// “每年至少建立1本工作记录册，记录联系妇女情况及工作情况”
import { Text, View } from '@tarojs/components'
import type { DutyEntryView } from '../../../../types/duty'
import { Section } from '../../../components/Section'
import { StateView } from '../../../components/StateView'
import { useCall } from '../../../hooks/useCall'
import { beijingToday } from '../../../lib/dates'
import { ConsoleShell } from '../../components/ConsoleShell'
import { DutyGrid } from '../../components/DutyGrid'
import { useDutyYear } from '../../hooks/useDutyYear'
import { useMyMemberId } from '../../hooks/useMyMemberId'
import type { ConsoleData } from '../../lib/consoleStore'
import { BookEntry } from './components/BookEntry'
import { usePrintPage } from './usePrintPage'
import './index.css'

function Toolbar() {
  return (
    <View className='book-toolbar'>
      <Text className='page-note'>{process.env.TARO_ENV === 'h5' ? 'A4 纵向打印，可存为 PDF。' : '手机上可以查看；打印请在电脑上打开工作台网页版。'}</Text>
      {process.env.TARO_ENV === 'h5' ? (
        <Text className='book-print-button' onClick={() => window.print()}>
          打印 / 存为 PDF
        </Text>
      ) : null}
    </View>
  )
}

function Entries({ data }: { data: ConsoleData }) {
  const list = useDutyYear(data.org._id)
  if (list.error) return <StateView kind='error' title='没有读到全年的记录' detail={list.error.message} actionText='重新加载' onAction={() => void list.reload()} />
  if (!list.items) return <StateView kind='loading' title='正在读取全年的记录…' />
  if (list.items.length === 0) return <Text className='page-note book-empty'>今年还没有记录。</Text>
  return (
    <View className='book-entries'>
      {list.items.map((entry: DutyEntryView, index) => (
        <BookEntry key={entry._id} entry={entry} index={index} areas={data.areas} />
      ))}
      <Text className='book-count'>共 {list.items.length} 笔</Text>
    </View>
  )
}

function Book({ data }: { data: ConsoleData }) {
  const orgId = data.org._id
  const summary = useCall('org', 'dutySummary', { orgId })
  const myMemberId = useMyMemberId(orgId, true)
  const me = data.members.find((member) => member._id === myMemberId)
  const today = beijingToday()
  return (
    <View className='book-sheet'>
      <View className='book-head'>
        <Text className='book-head__title'>{today.slice(0, 4)}年 执委工作记录册</Text>
        <Text className='book-head__who'>
          {data.org.name}
          {me ? ` · ${me.name}` : ''}
        </Text>
        <Text className='book-head__date'>截至 {today}</Text>
      </View>
      <Section title='“七个一”完成情况'>
        {summary.state.status === 'ready' ? <DutyGrid summary={summary.state.data.summary} /> : null}
        {summary.state.status === 'loading' ? <StateView kind='loading' title='正在计算“七个一”…' /> : null}
        {summary.state.status === 'error' ? <StateView kind='error' title='没有读到履职情况' detail={summary.state.error.message} /> : null}
      </Section>
      <Section title='全年记录' className='book-records'>
        <Entries data={data} />
      </Section>
    </View>
  )
}

export default function DutyBookPage() {
  usePrintPage()
  return (
    <ConsoleShell className='duty-book-page'>
      {(data) => (
        <>
          <Toolbar />
          <Book data={data} />
        </>
      )}
    </ConsoleShell>
  )
}
