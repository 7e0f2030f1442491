// 增替补人选: the federation's nominations, newest first, each with where it stands (待初审, 待党组织
// 审议, 待执委会表决, 已当选…). The chair registers a new one here and opens one to take its next step.
import { View } from '@tarojs/components'
import { NOMINATION_KIND_LABEL, NOMINATION_ROUTE_LABEL, NOMINATION_STATUS_LABEL, type NominationDoc } from '../../../../types/committee'
import { ActionButton } from '../../../components/ActionButton'
import { ListRow } from '../../../components/ListRow'
import { PagedList, pagedNote } from '../../../components/PagedList'
import { Section } from '../../../components/Section'
import { beijingDate } from '../../../lib/dates'
import { openPage } from '../../../lib/routes'
import { nominationNewUrl, nominationUrl } from '../../../lib/staffRoutes'
import { ConsoleShell } from '../../components/ConsoleShell'
import { useNominations } from '../../hooks/useCommittees'
import type { ConsoleData } from '../../lib/consoleStore'
import '../topics/topics.css'

const TONE: Record<NominationDoc['status'], 'good' | 'warn' | 'muted'> = {
  review: 'warn',
  nominated: 'warn',
  approved: 'warn',
  rejected: 'muted',
  elected: 'good',
  notElected: 'muted',
}

function NominationList({ data }: { data: ConsoleData }) {
  const orgId = data.org._id
  const list = useNominations(orgId)
  return (
    <View>
      <View className='console-topics__add'>
        <ActionButton className='nominate-button' text='登记人选' onClick={() => openPage(nominationNewUrl(orgId))} />
      </View>
      <Section title='增补、替补的人选' note={pagedNote(list, '位')}>
        <PagedList list={list} errorTitle='增替补人选没有读到' emptyText='还没有登记过增补或替补的人选。'>
          {(n) => (
            <ListRow
              key={n._id}
              className='nomination-row'
              title={n.candidate.name}
              badge={NOMINATION_STATUS_LABEL[n.status]}
              badgeTone={TONE[n.status]}
              lines={[`${NOMINATION_KIND_LABEL[n.kind]} · ${NOMINATION_ROUTE_LABEL[n.support.route]} · ${beijingDate(n.createdAt)} 登记`, ...(n.vote ? [n.vote.reason] : [])]}
              onOpen={() => openPage(nominationUrl(orgId, n._id))}
            />
          )}
        </PagedList>
      </Section>
    </View>
  )
}

export default function NominationsPage() {
  return (
    <ConsoleShell className='nominations-page' chairOnly='只有主席可以查看增替补人选'>
      {(data) => <NominationList data={data} />}
    </ConsoleShell>
  )
}
