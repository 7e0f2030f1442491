// 书面述职 for the chair (staff/pages/duty-reports/index?orgId=…&year=…): every 执委 of the
// federation for a year — who has filed her written 述职 and who has not — each filed one opened
// to read (002 《重庆市基层妇联执委履职制度》第八条 "每年在执委会上进行书面述职一次").
import { useState } from 'react'
import { View } from '@tarojs/components'
import { POST_LABEL } from '../../../../types/enums'
import { Choices } from '../../../components/Choices'
import { ListRow } from '../../../components/ListRow'
import { Section } from '../../../components/Section'
import { StateView } from '../../../components/StateView'
import { useCall } from '../../../hooks/useCall'
import { usePageParams } from '../../../hooks/usePageParams'
import { readParam } from '../../../lib/params'
import { openPage } from '../../../lib/routes'
import { dutyReportViewUrl } from '../../../lib/staffRoutes'
import { ConsoleShell } from '../../components/ConsoleShell'
import type { ConsoleData } from '../../lib/consoleStore'
import { filedWords, meetingWords, reportYears, yearParam } from '../../lib/dutyReport'

function Reports({ data, initialYear }: { data: ConsoleData; initialYear: number }) {
  const orgId = data.org._id
  const [year, setYear] = useState(initialYear)
  const { state, reload } = useCall('org', 'listDutyReports', { orgId, year }, { onShow: true })
  return (
    <View>
      <Section title='哪一年' note='每年在执委会上书面述职一次'>
        <Choices className='duty-reports-year' options={reportYears().map((y) => ({ value: y, label: `${y}年` }))} selected={[year]} onToggle={setYear} />
      </Section>
      {state.status === 'loading' ? <StateView kind='loading' title='正在读取述职…' /> : null}
      {state.status === 'error' ? <StateView kind='error' title='没有读到述职' detail={state.error.message} actionText='重新加载' onAction={() => void reload()} /> : null}
      {state.status === 'ready' ? (
        <Section title={`${year}年书面述职`} note={`已交 ${state.data.filed} / ${state.data.members.length} 人`} className='duty-reports'>
          {state.data.members.length === 0 ? <StateView kind='empty' title='本会还没有执委' /> : null}
          {state.data.members.map((member) => (
            <ListRow
              key={member.memberId}
              className='duty-report-row'
              title={member.name}
              badge={member.filedAt ? '已提交' : '未提交'}
              badgeTone={member.filedAt ? 'good' : 'warn'}
              lines={[POST_LABEL[member.post], ...(member.filedAt ? [filedWords({ filedAt: member.filedAt, revisedAt: member.revisedAt }), meetingWords(member.meeting)] : [])]}
              onOpen={member.filedAt ? () => openPage(dutyReportViewUrl(orgId, member.memberId, year)) : undefined}
            />
          ))}
        </Section>
      ) : null}
    </View>
  )
}

export default function DutyReportsPage() {
  const year = yearParam(readParam(usePageParams(), 'year'))
  return (
    <ConsoleShell className='duty-reports-page' chairOnly='只有主席、副主席可以查看全体执委的述职'>
      {(data) => <Reports data={data} initialYear={year} />}
    </ConsoleShell>
  )
}
