// A new invitation, shown once: the code in large print, when it expires, and a way
// to pass it on — a QR code and a link in a browser, a chat card in WeChat.
import { Button, Text, View } from '@tarojs/components'
import type { ActionOutput } from '../../../../../types/contracts'
import { copyText, h5Link } from '../../../../lib/clipboard'
import { beijingDateTime } from '../../../../lib/dates'
import { qrSvgDataUrl } from '../../../lib/qrSvg'
import './InviteResult.css'

export type CreatedInvite = ActionOutput<'org', 'createInvite'>

export interface InviteResultProps {
  created: CreatedInvite
}

const copy = (text: string) => copyText(text, '已复制', '请手动复制')

export function InviteResult({ created }: InviteResultProps) {
  const { code, path, invite } = created
  const h5 = process.env.TARO_ENV === 'h5'
  return (
    <View className='invite-result'>
      <Text className='invite-result__title'>给 {invite.memberName} 的邀请码</Text>
      <Text className='invite-code'>{code}</Text>
      <Text className='invite-result__note'>只能用一次，{beijingDateTime(invite.expiresAt)} 前有效。此码只显示这一次，请现在发给她本人。</Text>
      {h5 ? (
        <View className='invite-result__share'>
          <img className='invite-qr' src={qrSvgDataUrl(h5Link(path))} alt='邀请二维码' />
          <Text className='invite-result__hint'>请她用手机扫码，或把链接发给她</Text>
          <Text className='invite-link' onClick={() => void copy(h5Link(path))}>
            复制邀请链接
          </Text>
        </View>
      ) : (
        <View className='invite-result__share'>
          <Button className='invite-share-button' openType='share'>
            发给她（微信）
          </Button>
          <Text className='invite-link' onClick={() => void copy(code)}>
            复制邀请码
          </Text>
        </View>
      )}
    </View>
  )
}
