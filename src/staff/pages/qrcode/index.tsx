// 二维码与海报: the federation's QR code to download and post on the 妇女之家 wall, and
// the printed 亮牌 poster (A4 or A3), made from the same data as the board.
import { Image, Text, View } from '@tarojs/components'
import type { ActionOutput } from '../../../../types/contracts'
import { ActionButton } from '../../../components/ActionButton'
import { PrivacyConsent } from '../../../components/PrivacyConsent'
import { Section } from '../../../components/Section'
import { StateView } from '../../../components/StateView'
import { useCall } from '../../../hooks/useCall'
import { usePageParams } from '../../../hooks/usePageParams'
import { readParam } from '../../../lib/params'
import { openPage } from '../../../lib/routes'
import { posterUrl } from '../../../lib/staffRoutes'
import { saveToAlbum } from './saveToAlbum'
import './index.css'

function Download({ qrcode }: { qrcode: ActionOutput<'org', 'qrcode'> }) {
  if (process.env.TARO_ENV === 'h5') {
    return (
      <a className='qrcode-download action-button action-button--plain' href={qrcode.url} download={`${qrcode.scene}-二维码.png`}>
        下载二维码图片
      </a>
    )
  }
  return <ActionButton className='qrcode-download' variant='plain' text='保存到相册' onClick={() => void saveToAlbum(qrcode.url)} />
}

export default function QrcodePage() {
  const orgId = readParam(usePageParams(), 'orgId')
  const { state, reload } = useCall('org', 'qrcode', { orgId }, { pullDown: false })
  return (
    <View className='page staff-page qrcode-page'>
      <Section title='妇女之家二维码' note='居民扫码即可看到亮牌'>
        {state.status === 'loading' ? <StateView kind='loading' title='正在生成二维码…' /> : null}
        {state.status === 'error' ? <StateView kind='error' title='二维码没有生成' detail={state.error.message} actionText='重试' onAction={() => void reload()} /> : null}
        {state.status === 'ready' ? (
          <View className='qrcode-page__code'>
            <Image className='org-qrcode' src={state.data.url} mode='aspectFit' showMenuByLongpress />
            <Text className='page-note'>编号：{state.data.scene}</Text>
            <Download qrcode={state.data} />
          </View>
        ) : null}
      </Section>
      <Section title='亮牌海报' note='张贴在妇女之家墙上'>
        <Text className='page-note'>海报按公开亮牌的内容自动生成：标识、组织架构、职责、成员照片和电话、开放时间、全年轮值和二维码，并注明制作日期。</Text>
        <View className='qrcode-page__posters'>
          <ActionButton className='poster-a4-button' text='A4 海报' onClick={() => openPage(posterUrl(orgId, 'A4'))} />
          <ActionButton className='poster-a3-button' variant='plain' text='A3 海报' onClick={() => openPage(posterUrl(orgId, 'A3'))} />
        </View>
      </Section>
      <PrivacyConsent />
    </View>
  )
}
