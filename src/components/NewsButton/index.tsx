// The button that asks for WeChat notifications, with what WeChat allows in plain words:
// each 允许 brings one notification, so she taps again for the next. Shown only where
// the mini-program can ask (not in H5, not without template ids).
import { Text, View } from '@tarojs/components'
import type { News } from '../../hooks/useNews'
import { ActionButton } from '../ActionButton'
import './index.css'

export interface NewsButtonProps {
  news: News
  /** e.g. 有进展时通知我 */
  text: string
  className?: string
}

const NOTE: Record<'accepted' | 'declined' | 'first', string> = {
  first: '微信规定：每点一次“允许”，可以收到一条微信通知。不点也没关系，进展都在「我的 → 我的消息」里。',
  accepted: '已开启。下一次有消息会发到微信；想继续收到，可以再点一次。',
  declined: '没有开启微信通知。消息仍会放在「我的 → 我的消息」里；想开启，请再点一次并选“允许”。',
}

export function NewsButton({ news, text, className = '' }: NewsButtonProps) {
  if (!news.available) return null
  return (
    <View className={`news-button ${className}`}>
      <ActionButton variant='plain' text={text} onClick={() => void news.ask()} />
      <Text className='page-note news-button__note'>{NOTE[news.choice ?? 'first']}</Text>
    </View>
  )
}
