// The 妇女代表's codes, one at a time: the code her phone scans (in WeChat a mini-program code that
// opens her ballot page; in H5 a QR code of the page's address — no login either way), the code in
// large print under it, 「下一位」 for the next unused one, and how many are used and left. The codes
// and their images come from the server while the round is open.
import { useState } from 'react'
import { Image, Text, View } from '@tarojs/components'
import type { AppraisalRoundView } from '../../../../../types'
import { BALLOT_PAGE, withQuery } from '../../../../../types/routes'
import { ActionButton } from '../../../../components/ActionButton'
import { Section } from '../../../../components/Section'
import { StateView } from '../../../../components/StateView'
import { h5Link } from '../../../../lib/clipboard'
import { useAppraisalCodeImage, useAppraisalCodes } from '../../../hooks/useAppraisals'

/** The image of one code; in H5 it also carries the address it opens (what a camera would read). */
function CodeImage({ roundId, ordinal }: { roundId: string; ordinal: number }) {
  const { state, reload } = useAppraisalCodeImage(roundId, ordinal)
  if (state.status === 'loading') return <StateView kind='loading' title='正在生成二维码…' />
  if (state.status === 'error') return <StateView kind='error' title='二维码没有生成' detail={state.error.message} actionText='重试' onAction={() => void reload()} />
  const link = process.env.TARO_ENV === 'h5' ? h5Link(withQuery(BALLOT_PAGE, { scene: state.data.scene })) : ''
  return (
    <View className='appraisal-qr-box'>
      <Image className='appraisal-qr' src={state.data.image} mode='aspectFit' data-url={link} />
      {link ? <Text className='appraisal-code__url'>{link}</Text> : null}
    </View>
  )
}

/** `onRefresh`: reads the round again too, so its counts of ballots follow the codes used. */
export function CodeCard({ round, onRefresh }: { round: AppraisalRoundView; onRefresh: () => void }) {
  const { state, refresh, reload } = useAppraisalCodes(round._id)
  const [from, setFrom] = useState(0)
  if (round.codeCount === 0) return null
  if (state.status === 'loading') return <StateView kind='loading' title='正在取评议码…' />
  if (state.status === 'error') return <StateView kind='error' title='评议码没有取到' detail={state.error.message} actionText='重试' onAction={() => void reload()} />
  const { codes, used, left } = state.data
  const current = codes.find((c) => c.ordinal >= from && !c.used) ?? codes.find((c) => !c.used) ?? null
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
          <CodeImage roundId={round._id} ordinal={current.ordinal} />
          <Text className='appraisal-code__text'>{current.code}</Text>
          <ActionButton className='appraisal-next-button' text='下一位' onClick={next} />
        </View>
      ) : (
        <Text className='page-note appraisal-codes-done'>评议码都用完了。还有没评的妇女代表，请填纸质评议票后由您录入。</Text>
      )}
      <ActionButton className='appraisal-refresh-button' variant='plain' text='刷新使用情况' onClick={update} />
    </Section>
  )
}
