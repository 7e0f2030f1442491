// 执委会: the federation's 执委会全体会议, newest first — when, where, what was on the agenda
// and who came. A chair calls a new one and opens 增替补, the year's written 述职 and the term
// settings from here; a member reads the list.
import { View } from '@tarojs/components'
import type { CommitteeMeetingDoc } from '../../../../types/committee'
import { ActionButton } from '../../../components/ActionButton'
import { ListRow } from '../../../components/ListRow'
import { PagedList, pagedNote } from '../../../components/PagedList'
import { Section } from '../../../components/Section'
import { beijingDateTime } from '../../../lib/dates'
import { openPage } from '../../../lib/routes'
import { committeeNewUrl, committeeRulesUrl, committeeUrl, dutyReportsUrl, nominationsUrl } from '../../../lib/staffRoutes'
import { ConsoleShell } from '../../components/ConsoleShell'
import { useCommittees } from '../../hooks/useCommittees'
import { COMMITTEE_STATUS_LABEL, agendaText, attendanceText } from '../../lib/committee'
import type { ConsoleData } from '../../lib/consoleStore'
import { canEdit } from '../../lib/labels'
import '../topics/topics.css'

const TONE = { scheduled: 'warn', recorded: 'good', cancelled: 'muted' } as const

function CommitteeRow({ meeting, onOpen }: { meeting: CommitteeMeetingDoc; onOpen?: () => void }) {
  return (
    <ListRow
      className='committee-row'
      title={`${beijingDateTime(meeting.startsAt)} ${meeting.place}`}
      badge={COMMITTEE_STATUS_LABEL[meeting.status]}
      badgeTone={TONE[meeting.status]}
      lines={[`议程：${agendaText(meeting.agenda)}`, attendanceText(meeting)]}
      onOpen={onOpen}
    />
  )
}

function CommitteeList({ data }: { data: ConsoleData }) {
  const orgId = data.org._id
  const chair = canEdit(data.role)
  const list = useCommittees(orgId)
  return (
    <View>
      {chair ? (
        <View className='console-topics__add'>
          <ActionButton className='schedule-committee-button' text='召集执委会' onClick={() => openPage(committeeNewUrl(orgId))} />
          <ActionButton className='nominations-button' variant='plain' text='增替补人选' onClick={() => openPage(nominationsUrl(orgId))} />
          <ActionButton className='duty-reports-button' variant='plain' text='书面述职' onClick={() => openPage(dutyReportsUrl(orgId))} />
          <ActionButton className='committee-rules-button' variant='plain' text='任期与评议规则' onClick={() => openPage(committeeRulesUrl(orgId))} />
        </View>
      ) : null}
      <Section title='执委会全体会议' note={pagedNote(list, '次')}>
        <PagedList list={list} errorTitle='执委会没有读到' emptyText='还没有召开过执委会。'>
          {(meeting) => <CommitteeRow key={meeting._id} meeting={meeting} onOpen={chair ? () => openPage(committeeUrl(orgId, meeting._id)) : undefined} />}
        </PagedList>
      </Section>
    </View>
  )
}

export default function CommitteesPage() {
  return <ConsoleShell className='committees-page'>{(data) => <CommitteeList data={data} />}</ConsoleShell>
}
