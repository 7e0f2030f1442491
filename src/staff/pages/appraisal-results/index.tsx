// 述职评议结果 for a year: each member's 满意 / 基本满意 / 不满意 over the year's closed rounds and 合格 /
// 不合格 by the federation's rule (未评议 when nobody rated her). 结果只给本人和主席看: the chair sees every
// member and the 优秀执委推荐名单 (激励制度第三条 "评议结果作为优秀基层妇联执委的评选依据"); a member her own.
import { useState } from 'react'
import { Text } from '@tarojs/components'
import type { ActionOutput } from '../../../../types/contracts'
import { APPRAISAL_VERDICT_LABEL, type AppraisalResultRow } from '../../../../types/appraisal'
import { POST_LABEL, type Post } from '../../../../types/enums'
import { Choices } from '../../../components/Choices'
import { ListRow } from '../../../components/ListRow'
import { Section } from '../../../components/Section'
import { StateView } from '../../../components/StateView'
import { useCall } from '../../../hooks/useCall'
import { usePageParams } from '../../../hooks/usePageParams'
import { beijingToday } from '../../../lib/dates'
import { readParam } from '../../../lib/params'
import { ConsoleShell } from '../../components/ConsoleShell'
import type { ConsoleData } from '../../lib/consoleStore'

type Results = ActionOutput<'org', 'appraisalResults'>
const TONE = { pass: 'good', fail: 'warn', none: 'muted' } as const

function ResultRow({ row }: { row: AppraisalResultRow }) {
  return (
    <ListRow
      className={`appraisal-result appraisal-result--${row.verdict}`}
      title={`${row.name}（${POST_LABEL[row.post as Post] ?? ''}）`}
      badge={APPRAISAL_VERDICT_LABEL[row.verdict]}
      badgeTone={TONE[row.verdict]}
      lines={[
        row.total ? `满意 ${row.satisfied} · 基本满意 ${row.fair} · 不满意 ${row.dissatisfied}（共 ${row.total} 票）` : '这一年还没有人评议她',
        ...row.comments.slice(0, 5).map((comment) => `“${comment}”`),
      ]}
    />
  )
}

function Shortlist({ results }: { results: Results }) {
  return (
    <Section title='优秀执委推荐名单' note='供执委会研究' className='appraisal-shortlist'>
      <Text className='page-note'>
        依据：重庆市基层妇联执委履职保障激励制度 第三条 “评议结果作为优秀基层妇联执委的评选依据”。按满意票占比从高到低，只列合格的执委；是否评为优秀，由执委会决定。
      </Text>
      {results.shortlist.length === 0 ? <Text className='page-note'>这一年还没有合格的评议结果。</Text> : null}
      {results.shortlist.map((item, index) => (
        <ListRow
          key={item.memberId}
          className='appraisal-shortlist-row'
          title={`${index + 1}. ${item.name}`}
          lines={[`满意 ${item.satisfied} 票，占 ${Math.round(item.satisfiedShare * 100)}%；不满意 ${item.dissatisfied} 票`]}
        />
      ))}
    </Section>
  )
}

function Year({ orgId, year, onYear }: { orgId: string; year: number; onYear: (year: number) => void }) {
  const { state, reload } = useCall('org', 'appraisalResults', { orgId, year })
  if (state.status === 'loading') return <StateView kind='loading' title='正在读取评议结果…' />
  if (state.status === 'error') return <StateView kind='error' title='评议结果没有读到' detail={state.error.message} actionText='重新加载' onAction={() => void reload()} />
  const results = state.data
  const { numerator, denominator } = results.failShare
  return (
    <>
      <Choices className='appraisal-years' options={results.years.map((y) => ({ value: y, label: `${y}年` }))} selected={[year]} onToggle={onYear} />
      <Section title={results.scope === 'all' ? `${year}年 每位执委的评议结果` : `${year}年 我的评议结果`} className='appraisal-results'>
        <Text className='page-note'>{`本会规则：不满意票超过全部评议票的 ${numerator}/${denominator} 为不合格。结果只给本人和主席看。`}</Text>
        {results.rows.length === 0 ? <StateView kind='empty' title='还没有评议结果' /> : null}
        {results.rows.map((row) => (
          <ResultRow key={row.memberId} row={row} />
        ))}
      </Section>
      {results.scope === 'all' ? <Shortlist results={results} /> : null}
    </>
  )
}

function Results({ data }: { data: ConsoleData }) {
  const asked = Number(readParam(usePageParams(), 'year'))
  const [year, setYear] = useState(Number.isInteger(asked) && asked > 2000 ? asked : Number(beijingToday().slice(0, 4)))
  return <Year orgId={data.org._id} year={year} onYear={setYear} />
}

export default function AppraisalResultsPage() {
  return <ConsoleShell className='appraisal-results-page'>{(data) => <Results data={data} />}</ConsoleShell>
}
