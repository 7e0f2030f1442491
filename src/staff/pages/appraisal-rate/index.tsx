// 执委互评 (002 履职制度第八条 "对其他执委履职情况进行评议"): a 执委 rates the other members of an open round
// from her own login — never herself, once a round — and opens her own yearly result.
import { useState } from 'react'
import { Text } from '@tarojs/components'
import Taro from '@tarojs/taro'
import type { AppraisalRoundView } from '../../../../types'
import { APPRAISAL_HALF_LABEL } from '../../../../types/appraisal'
import { ActionButton } from '../../../components/ActionButton'
import { RatingForm, ratingsOf, ungraded, type RatingDraft } from '../../../components/RatingForm'
import { SaveBar } from '../../../components/SaveBar'
import { Section } from '../../../components/Section'
import { StateView } from '../../../components/StateView'
import { useSave } from '../../../hooks/useSave'
import { openPage } from '../../../lib/routes'
import { appraisalResultsUrl } from '../../../lib/staffRoutes'
import { ConsoleShell } from '../../components/ConsoleShell'
import { useAppraisals } from '../../hooks/useAppraisals'
import type { ConsoleData } from '../../lib/consoleStore'

function RateRound({ data, round, onDone }: { data: ConsoleData; round: AppraisalRoundView; onDone: () => void }) {
  const [draft, setDraft] = useState<RatingDraft>({})
  const save = useSave()
  const photos = new Map(data.members.map((m) => [m._id, m.photoUrl]))
  const others = round.members.filter((m) => m.memberId !== round.mine?.memberId).map((m) => ({ ...m, photoUrl: photos.get(m.memberId) ?? null }))
  const submit = async () => {
    const left = ungraded(others, draft)
    if (left.length > 0) return void Taro.showToast({ title: `还没评：${left.join('、')}`, icon: 'none' })
    if (await save.run('org', 'rateColleagues', { roundId: round._id, ratings: ratingsOf(others, draft) }, { done: '已提交互评' })) onDone()
  }
  return (
    <Section title={`${round.year}年${APPRAISAL_HALF_LABEL[round.half]}述职评议`} note='评议其他执委' className='appraisal-rate'>
      <Text className='page-note'>请对其他执委这半年的履职情况作出评价，每次评议只能评一次，提交后不能修改。</Text>
      <RatingForm members={others} draft={draft} onChange={setDraft} />
      <SaveBar text='提交互评' busy={save.busy} onSave={() => void submit()} errors={save.errors} shownFields={[]} />
    </Section>
  )
}

function Rate({ data }: { data: ConsoleData }) {
  const { state, items, reload, refresh } = useAppraisals(data.org._id)
  if (state.status === 'error') return <StateView kind='error' title='评议没有读到' detail={state.error.message} actionText='重新加载' onAction={() => void reload()} />
  if (!items) return <StateView kind='loading' title='正在读取评议…' />
  const waiting = items.filter((r) => r.status === 'open' && r.mine && !r.mine.rated)
  const done = items.filter((r) => r.status === 'open' && r.mine?.rated)
  return (
    <>
      {waiting.map((round) => (
        <RateRound key={round._id} data={data} round={round} onDone={() => void refresh()} />
      ))}
      {waiting.length === 0 ? (
        <StateView kind='empty' title={done.length ? '您已经完成了互评，谢谢' : '现在没有要互评的述职评议'} detail='执委会开始述职评议后，这里会出现互评。' />
      ) : null}
      <ActionButton className='appraisal-my-results' variant='plain' text='我的评议结果' onClick={() => openPage(appraisalResultsUrl(data.org._id))} />
    </>
  )
}

export default function AppraisalRatePage() {
  return <ConsoleShell className='appraisal-rate-page'>{(data) => <Rate data={data} />}</ConsoleShell>
}
