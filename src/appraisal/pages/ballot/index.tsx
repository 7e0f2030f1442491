// A 妇女代表's 述职评议 ballot, opened from the QR code the chair shows at the 执委会 — no login, no
// account (002 履职制度第八条 "接受妇女代表的评议"). She sees the federation and each member with photo,
// name and post, taps 满意 / 基本满意 / 不满意 for each (a short comment if she likes) and sends it once.
// A used or wrong code is told plainly, in the server's words.
import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import { readBallotScene } from '../../../../types/appraisal'
import type { ActionOutput } from '../../../../types/contracts'
import { ActionButton } from '../../../components/ActionButton'
import { RatingForm, ratingsOf, ungraded, type RatingDraft } from '../../../components/RatingForm'
import { StateView } from '../../../components/StateView'
import { useCall } from '../../../hooks/useCall'
import { usePageParams } from '../../../hooks/usePageParams'
import { useSave } from '../../../hooks/useSave'
import { readParam } from '../../../lib/params'
import './index.css'

type Form = ActionOutput<'org', 'ballotForm'>

function Ballot({ roundId, code, form }: { roundId: string; code: string; form: Form }) {
  const [draft, setDraft] = useState<RatingDraft>({})
  const [sent, setSent] = useState(false)
  const [missing, setMissing] = useState('')
  const save = useSave({ show: 'notice', fields: 'none' })
  const submit = async () => {
    const left = ungraded(form.members, draft)
    setMissing(left.length ? `还没有评价：${left.join('、')}` : '')
    if (left.length) return
    if (await save.run('org', 'castBallot', { roundId, code, ratings: ratingsOf(form.members, draft) }, { done: false })) setSent(true)
  }
  if (sent) return <StateView kind='empty' title='提交成功，谢谢您的评议' detail='您的评议已经收到，可以关闭这个页面了。' />
  return (
    <>
      <View className='ballot-head'>
        <Text className='ballot-head__org'>{form.orgName}</Text>
        <Text className='ballot-head__title'>{`${form.half}执委述职评议`}</Text>
        <Text className='ballot-head__note'>听了执委的述职，请给每一位执委评一评：满意、基本满意还是不满意。不记名，只能提交一次。</Text>
      </View>
      <RatingForm members={form.members} draft={draft} onChange={setDraft} />
      {missing ? <Text className='ballot-error ballot-missing'>{missing}</Text> : null}
      {save.notice ? <Text className='ballot-error ballot-refusal'>{save.notice}</Text> : null}
      <ActionButton className='ballot-submit' text={save.busy ? '正在提交…' : '提交评议'} onClick={() => void (save.busy ? undefined : submit())} />
    </>
  )
}

/** The round and code: from a scanned code's scene (WeChat's mini-program code, the local host's QR code), or from a link's round and code. */
function ballotParams(params: Partial<Record<string, string>>): { roundId: string; code: string } {
  const scanned = readBallotScene(readParam(params, 'scene'))
  return scanned ?? { roundId: readParam(params, 'round'), code: readParam(params, 'code').trim().toUpperCase() }
}

export default function BallotPage() {
  const { roundId, code } = ballotParams(usePageParams())
  const { state, reload } = useCall('org', 'ballotForm', roundId && code ? { roundId, code } : null, { pullDown: false })
  return (
    <View className='page ballot-page'>
      {!roundId || !code ? <StateView kind='error' title='这个评议二维码不完整' detail='请再扫一次主席出示的二维码。' /> : null}
      {roundId && code && state.status === 'loading' ? <StateView kind='loading' title='正在打开评议…' /> : null}
      {state.status === 'error' ? (
        <StateView
          kind='error'
          title={state.error.message}
          detail={state.error.code === 'CONFLICT' ? '每个评议码只能用一次。如果还没有评，请向主席要一个新的评议码，或者填写纸质评议票。' : undefined}
          actionText={state.error.code === 'INTERNAL' ? '重试' : undefined}
          onAction={() => void reload()}
        />
      ) : null}
      {state.status === 'ready' ? <Ballot roundId={roundId} code={code} form={state.data} /> : null}
    </View>
  )
}
