// One 执委's 七个一 as her chair reads it (org.dutySummary), and 代为记一笔 for a member without
// a smartphone: after each entry her summary is read again, so the chair sees it counted.
import { Text, View } from '@tarojs/components'
import { POST_LABEL } from '../../../../types/enums'
import { Section } from '../../../components/Section'
import { StateView } from '../../../components/StateView'
import { useCall } from '../../../hooks/useCall'
import { usePageParams } from '../../../hooks/usePageParams'
import { readParam } from '../../../lib/params'
import { ConsoleShell } from '../../components/ConsoleShell'
import { DutyChips, dutyFacts, SilentYearNote } from '../../components/DutyStatus'
import type { ConsoleData } from '../../lib/consoleStore'
import { ProxyEntryForm } from './components/ProxyEntryForm'
import './index.css'

function MemberView({ data, memberId }: { data: ConsoleData; memberId: string }) {
  const orgId = data.org._id
  const member = data.members.find((candidate) => candidate._id === memberId && candidate.status === 'active')
  const summary = useCall('org', 'dutySummary', member && data.role === 'chair' ? { orgId, memberId } : null)
  if (!member) return <StateView kind='empty' title='没有找到这位执委' detail='她可能已经离任。' />
  if (data.role !== 'chair') return <StateView kind='empty' title='只有本会主席、副主席可以代为记一笔' />
  const covered = data.areas.filter((area) => area.memberId === member._id)
  const others = data.areas.filter((area) => area.memberId !== member._id)
  return (
    <View>
      <Section title={member.name} note={POST_LABEL[member.post]} className='duty-member-view__summary'>
        {summary.state.status === 'loading' ? <StateView kind='loading' title='正在读取她的“七个一”…' /> : null}
        {summary.state.status === 'error' ? (
          <StateView kind='error' title='没有读到她的“七个一”' detail={summary.state.error.message} actionText='重新加载' onAction={() => void summary.reload()} />
        ) : null}
        {summary.state.status === 'ready' ? (
          <View>
            <DutyChips summary={summary.state.data.summary} />
            {[...summary.state.data.summary.todo, ...dutyFacts(summary.state.data.summary)].map((line) => (
              <Text key={line} className='duty-member-view__line'>
                {line}
              </Text>
            ))}
            <SilentYearNote summary={summary.state.data.summary} />
          </View>
        ) : null}
      </Section>
      <ProxyEntryForm orgId={orgId} memberId={member._id} memberName={member.name} areas={[...covered, ...others]} onSaved={() => void summary.refresh()} />
    </View>
  )
}

export default function DutyMemberViewPage() {
  const memberId = readParam(usePageParams(), 'memberId')
  return (
    <ConsoleShell className='duty-member-view-page' chairOnly='只有本会主席、副主席可以代为记一笔'>
      {(data) => <MemberView data={data} memberId={memberId} />}
    </ConsoleShell>
  )
}
