// One member's written 述职 of a year, as she filed it (staff/pages/duty-report-view/index?orgId=…&memberId=…&year=…):
// for the chair, from 书面述职; a member may open only her own (the server refuses another's in words).
import { Text } from '@tarojs/components'
import { Section } from '../../../components/Section'
import { StateView } from '../../../components/StateView'
import { useCall } from '../../../hooks/useCall'
import { usePageParams } from '../../../hooks/usePageParams'
import { readParam } from '../../../lib/params'
import { ConsoleShell } from '../../components/ConsoleShell'
import { filedWords, meetingWords, yearParam } from '../../lib/dutyReport'
import '../duty-report/index.css'

function Report({ memberId, year }: { memberId: string; year: number }) {
  const { state, reload } = useCall('org', 'getDutyReport', { memberId, year })
  if (state.status === 'loading') return <StateView kind='loading' title='正在读取述职…' />
  if (state.status === 'error') return <StateView kind='error' title='没有读到述职' detail={state.error.message} actionText='重新加载' onAction={() => void reload()} />
  const { report, meeting } = state.data
  if (!report) return <StateView kind='empty' title={`${year}年的述职还没有提交`} />
  return (
    <Section title={`${report.memberName} ${year}年书面述职`} note={filedWords(report)} className='duty-report-view'>
      <Text className='page-note duty-report-meeting-words'>{meetingWords(meeting)}</Text>
      <Text className='duty-report-text'>{report.reportText}</Text>
    </Section>
  )
}

export default function DutyReportViewPage() {
  const params = usePageParams()
  const memberId = readParam(params, 'memberId')
  const year = yearParam(readParam(params, 'year'))
  return <ConsoleShell className='duty-report-view-page'>{() => <Report memberId={memberId} year={year} />}</ConsoleShell>
}
