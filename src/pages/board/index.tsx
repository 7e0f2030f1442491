// The public 亮牌 board of one federation: what the QR code on the 妇女之家 wall opens.
import { Text, View } from '@tarojs/components'
import type { GetBoardOutput } from '../../../types/board'
import { BoardShell } from '../../components/BoardShell'
import { useAfterFirstPaint } from '../../hooks/useAfterFirstPaint'
import { meUrl, openPage } from '../../lib/routes'
import { ActivitySection } from './components/ActivitySection'
import { BoardActions, HelpEntry } from './components/BoardActions'
import { BoardHeader } from './components/BoardHeader'
import { CommitteeChangeSection } from './components/CommitteeChangeSection'
import { DutyResultsSection } from './components/DutyResultsSection'
import { DutySection } from './components/DutySection'
import { MemberSection } from './components/MemberSection'
import { OnDutySection } from './components/OnDutySection'
import { OrgSection } from './components/OrgSection'
import { SatisfactionSection } from './components/SatisfactionSection'
import { TopicOutcomeSection } from './components/TopicOutcomeSection'
import { WallSection } from './components/WallSection'
import { useBoardPage } from './useBoardPage'
import './index.css'

/** Member cards drawn before the first paint: more than a phone's first screen holds under the header. */
const FIRST_SCREEN_MEMBERS = 4

/** The first screen (who she can turn to) comes first; the other members and everything under them a frame later. */
function Board({ data }: { data: GetBoardOutput }) {
  const rest = useAfterFirstPaint()
  return (
    <>
      <BoardHeader data={data} />
      <BoardActions board={data.board} />
      <HelpEntry orgId={data.board.orgId} />
      <OnDutySection data={data} />
      <CommitteeChangeSection changes={data.board.committeeChanges} />
      <MemberSection data={data} upTo={rest ? undefined : FIRST_SCREEN_MEMBERS} />
      {rest ? <BoardRest data={data} /> : null}
    </>
  )
}

function BoardRest({ data }: { data: GetBoardOutput }) {
  return (
    <>
      <ActivitySection activities={data.activities} />
      <TopicOutcomeSection orgId={data.board.orgId} topics={data.board.topics} />
      <DutyResultsSection results={data.dutyResults} />
      <SatisfactionSection satisfaction={data.board.satisfaction} />
      <OrgSection board={data.board} />
      <DutySection duties={data.board.duties} intro={data.board.intro} />
      <WallSection board={data.board} />
      <View className='board-page__foot'>
        亮身份 · 亮职责 · 亮活动，欢迎妇女群众监督
        <Text className='board-staff-entry' onClick={() => openPage(meUrl())}>
          我是执委 · 工作台 ›
        </Text>
      </View>
    </>
  )
}

export default function BoardPage() {
  return (
    <BoardShell className='board-page' route={useBoardPage()} loadingTitle='正在打开妇联亮牌…' errorTitle='亮牌没有打开'>
      {(data) => <Board data={data} />}
    </BoardShell>
  )
}
