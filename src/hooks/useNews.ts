// A tap that asks for WeChat notifications by itself (有进展时通知我, 新求助通知我): whether
// this build can ask at all, the ask (src/lib/subscribe.ts), and what she chose last, so
// the button can say what she will get.
import { useState } from 'react'
import Taro from '@tarojs/taro'
import { askForNews, canAskForNews, type NewsKind } from '../lib/subscribe'

export type NewsChoice = 'accepted' | 'declined' | null

export function useNews(kind: NewsKind) {
  const [choice, setChoice] = useState<NewsChoice>(null)
  /** the tap handler: asks first, before anything else */
  const ask = async () => {
    const accepted = await askForNews(kind)
    setChoice(accepted.length > 0 ? 'accepted' : 'declined')
    if (accepted.length > 0) void Taro.showToast({ title: '好的，会用微信通知您', icon: 'none' })
  }
  return { available: canAskForNews(kind), choice, ask }
}

export type News = ReturnType<typeof useNews>
