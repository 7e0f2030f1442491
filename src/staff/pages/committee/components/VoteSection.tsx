// 增替补表决 at a recorded 执委会 (002 增替补及退出制度第十六条): the rule in the chair's words and
// word for word, then the results already counted and, for candidates the 党组织 has approved,
// 录入表决结果. The result is always the server's (当选 / 未当选 and its reason): she enters
// the counts, never the outcome.
import { useState } from 'react'
import { Text } from '@tarojs/components'
import type { CommitteeMeetingDoc, NominationDoc } from '../../../../../types/committee'
import { ListRow } from '../../../../components/ListRow'
import { Section } from '../../../../components/Section'
import { StateView } from '../../../../components/StateView'
import { useNominations } from '../../../hooks/useCommittees'
import { VOTE_RULE_QUOTE, committeeOf, voteRuleWords } from '../../../lib/committee'
import type { ConsoleData } from '../../../lib/consoleStore'
import { VoteForm } from './VoteForm'

function VoteResult({ nomination }: { nomination: NominationDoc }) {
  const vote = nomination.vote
  if (!vote) return null
  return (
    <ListRow
      className='vote-result'
      title={nomination.candidate.name}
      badge={vote.elected ? '当选' : '未当选'}
      badgeTone={vote.elected ? 'good' : 'warn'}
      lines={[
        vote.reason,
        `赞成 ${vote.yes} · 弃权 ${vote.abstain} · 反对 ${vote.no}（应到 ${vote.expected}，出席 ${vote.present}）`,
        `监票员：${vote.scrutineerNames.join('、')}；计票员：${vote.tellers.join('、')}`,
      ]}
    />
  )
}

export function VoteSection({ data, meeting, onCounted }: { data: ConsoleData; meeting: CommitteeMeetingDoc; onCounted?: () => void }) {
  const list = useNominations(data.org._id)
  const [quorum, setQuorum] = useState('')
  const items = list.items ?? []
  const decided = items.filter((n) => n.vote?.meetingId === meeting._id)
  const waiting = items.filter((n) => n.status === 'approved')
  return (
    <Section title='增替补表决' className='committee-vote'>
      <Text className='page-note vote-rule-words'>{voteRuleWords(committeeOf(data).length)}</Text>
      <Text className='page-note vote-rule-quote'>{`依据：重庆市基层妇联执委增替补及退出制度 第十六条 “${VOTE_RULE_QUOTE}”`}</Text>
      {list.error ? <StateView kind='error' title='增替补人选没有读到' detail={list.error.message} actionText='重新加载' onAction={() => void list.reload()} /> : null}
      {quorum ? <Text className='page-note vote-quorum'>{quorum}</Text> : null}
      {decided.map((nomination) => (
        <VoteResult key={nomination._id} nomination={nomination} />
      ))}
      {list.items && waiting.length > 0 ? (
        <VoteForm
          data={data}
          meeting={meeting}
          candidates={waiting}
          onCounted={(reason) => {
            setQuorum(reason)
            void list.reload()
            onCounted?.()
          }}
        />
      ) : null}
      {list.items && waiting.length === 0 && decided.length === 0 ? <Text className='page-note'>没有待表决的人选：人选要先经党组织批准，才能提交执委会表决。</Text> : null}
    </Section>
  )
}
