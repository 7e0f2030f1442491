// The 妇女代表's codes, one at a time: the QR code of her ballot page (in H5 the page's address; a
// phone's camera opens it, no login), the code in large print under it, 「下一位」 for the next
// unused one, and how many are used and left. The codes come from the server while the round is open.
import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import type { AppraisalRoundView } from '../../../../../types'
import { ballotPath } from '../../../../../types/routes'
import { ActionButton } from '../../../../components/ActionButton'
import { Section } from '../../../../components/Section'
import { StateView } from '../../../../components/StateView'
import { h5Link } from '../../../../lib/clipboard'
import { useAppraisalCodes } from '../../../hooks/useAppraisals'
import { qrSvgDataUrl } from '../../../lib/qrSvg'

/** `onRefresh`: reads the round again too, so its counts of ballots follow the codes used. */
export function CodeCard({ round, onRefresh }: { round: AppraisalRoundView; onRefresh: () => void }) {
  const { state, refresh, reload } = useAppraisalCodes(round._id)
  const [from, setFrom] = useState(0)
  if (round.codeCount === 0) return null
  if (state.status === 'loading') return <StateView kind='loading' title='正在取评议码…' />
  if (state.status === 'error') return <StateView kind='error' title='评议码没有取到' detail={state.error.message} actionText='重试' onAction={() => void reload()} />
  const { codes, used, left } = state.data
  const current = codes.find((c) => c.ordinal >= from && !c.used) ?? codes.find((c) => !c.used) ?? null
  const link = current ? h5Link(ballotPath(round._id, current.code)) : ''
  const update = () => {
    void refresh()
    onRefresh()
  }
  const next = () => {
    if (current) setFrom(current.ordinal + 1)
    update()
  }
  return (
    <Section title='妇女代表扫码评议' note={`已用 ${used} 张，还剩 ${left} 张`} className='appraisal-codes'>
      {current ? (
        <View className='appraisal-code'>
          <Text className='page-note'>{`请第 ${current.ordinal + 1} 位妇女代表用手机扫码，不用登录。扫完请点「下一位」。`}</Text>
          {process.env.TARO_ENV === 'h5' ? <img className='appraisal-qr' src={qrSvgDataUrl(link)} alt='评议二维码' data-url={link} /> : null}
          <Text className='appraisal-code__text'>{current.code}</Text>
          <Text className='appraisal-code__url'>{link}</Text>
          <ActionButton className='appraisal-next-button' text='下一位' onClick={next} />
        </View>
      ) : (
        <Text className='page-note appraisal-codes-done'>评议码都用完了。还有没评的妇女代表，请填纸质评议票后由您录入。</Text>
      )}
      <ActionButton className='appraisal-refresh-button' variant='plain' text='刷新使用情况' onClick={update} />
    </Section>
  )
}
