// 亮妇联标识: the emblem, name and level, and the 妇女之家 with its hours and
// whether it is open right now; on the red band, the way to her own 我的 (her help
// requests, her topics, her messages).
import { Image, Text, View } from '@tarojs/components'
import type { GetBoardOutput } from '../../../../types/board'
import { orgLevelTag } from '../../../lib/labels'
import { meUrl, openPage } from '../../../lib/routes'
import './BoardHeader.css'

export interface BoardHeaderProps {
  data: GetBoardOutput
}

/** The badge already says 开放中 / 未开放; do not repeat it at the start of the text. */
const withoutBadgeWord = (text: string): string => text.replace(/^(开放中|未开放)[，,：:\s]*/, '') || text

function Emblem({ logoUrl }: { logoUrl: string | null }) {
  if (logoUrl) return <Image className='emblem' src={logoUrl} mode='aspectFit' />
  return (
    <View className='emblem emblem--drawn'>
      <View className='emblem__ring'>
        <Text className='emblem__text'>妇联</Text>
      </View>
    </View>
  )
}

export function BoardHeader({ data }: BoardHeaderProps) {
  const { board, openNow, hoursText } = data
  return (
    <View className='board-header'>
      <View className='board-header__band'>
        <Emblem logoUrl={board.logoUrl} />
        <View className='board-header__titles'>
          <Text className='board-header__name'>{board.name}</Text>
          <Text className='board-header__level'>{orgLevelTag(board.level)}</Text>
        </View>
        <Text className='board-header__me' onClick={() => openPage(meUrl())}>
          我的
        </Text>
      </View>
      <View className='board-home'>
        <Text className='board-home__name'>{board.homeName}</Text>
        {board.address ? <Text className='board-home__line'>地址：{board.address}</Text> : null}
        <View className='board-home__now'>
          <Text className={`open-badge ${openNow.open ? 'open-badge--open' : 'open-badge--closed'}`}>
            {openNow.open ? '开放中' : openNow.day === 'unknown' ? '待确认' : '未开放'}
          </Text>
          <Text className='board-home__now-text'>{withoutBadgeWord(openNow.text)}</Text>
        </View>
        <Text className='board-home__line'>开放时间：{hoursText}</Text>
        {openNow.calendarKnown || openNow.day === 'unknown' ? null : (
          <Text className='board-home__hint'>节假日安排未更新：今年的法定节假日和调休还没有录入，来之前请先电话确认。</Text>
        )}
      </View>
    </View>
  )
}
