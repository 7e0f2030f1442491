// Her own things, first on 我的 and equally large: her help requests, the topics she
// raised and what the federation told her. Each opens its own page, which asks her to
// sign in if she has not.
import { Text, View } from '@tarojs/components'
import { myHelpUrl } from '../../../../lib/helpRoutes'
import { messagesUrl, openPage } from '../../../../lib/routes'
import { myTopicsUrl } from '../../../../lib/topicRoutes'
import './MineLinks.css'

interface MineLink {
  className: string
  title: string
  note: string
  url: () => string
}

const LINKS: MineLink[] = [
  { className: 'me-help-button', title: '我的求助', note: '您向妇联求助的事，办到哪一步了', url: myHelpUrl },
  { className: 'me-topics-button', title: '我提的议题', note: '您提的议题，妇联怎么商量、怎么办的', url: () => myTopicsUrl() },
  { className: 'me-messages-button', title: '我的消息', note: '求助和议题有了进展，妇联在这里告诉您', url: messagesUrl },
]

export function MineLinks() {
  return (
    <View className='me-links'>
      {LINKS.map((link) => (
        <View key={link.className} className={`me-link ${link.className}`} hoverClass='me-link--pressed' onClick={() => openPage(link.url())}>
          <View className='me-link__text'>
            <Text className='me-link__title'>{link.title}</Text>
            <Text className='me-link__note'>{link.note}</Text>
          </View>
          <Text className='me-link__arrow'>›</Text>
        </View>
      ))}
    </View>
  )
}
