// The 亮牌 poster, one printed page laid out for a wall: 标识 and name, the 妇女之家
// with its hours and the QR code, the members with photos, the structure, duties and
// this year's rotation, the 制度 and 监督电话 of the wall, and the date it was made.
import { Text, View } from '@tarojs/components'
import type { GetBoardOutput } from '../../../../../types/board'
import { beijingDate } from '../../../../lib/dates'
import { orgLevelTag } from '../../../../lib/labels'
import type { OrgQrcode } from '../usePosterData'
import { PosterFacts } from './PosterFacts'
import { PosterImage } from './PosterImage'
import { PosterMembers } from './PosterMembers'

export interface PosterSheetProps {
  data: GetBoardOutput
  qrcode: OrgQrcode
  onImageSettled: () => void
}

/** How many images the sheet waits for before it may be printed. */
export const posterImageCount = (data: GetBoardOutput): number => 1 + (data.board.logoUrl ? 1 : 0) + data.board.members.filter((member) => member.photoUrl).length

function Emblem({ logoUrl, onSettled }: { logoUrl: string | null; onSettled: () => void }) {
  if (logoUrl) return <PosterImage className='poster-emblem' src={logoUrl} onSettled={onSettled} />
  return (
    <View className='poster-emblem poster-emblem--drawn'>
      <Text className='poster-emblem__text'>妇联</Text>
    </View>
  )
}

export function PosterSheet({ data, qrcode, onImageSettled }: PosterSheetProps) {
  const { board } = data
  return (
    <View className='poster-content'>
      <View className='poster-head'>
        <Emblem logoUrl={board.logoUrl} onSettled={onImageSettled} />
        <View className='poster-head__titles'>
          <Text className='poster-head__name'>{board.name}</Text>
          <Text className='poster-head__slogan'>亮身份 · 亮职责 · 亮活动 · 接受妇女群众监督</Text>
        </View>
        <Text className='poster-head__level'>{orgLevelTag(board.level)}</Text>
      </View>
      <View className='poster-home'>
        <View className='poster-home__text'>
          <Text className='poster-home__name'>{board.homeName}</Text>
          {board.address ? <Text className='poster-home__line'>地址：{board.address}</Text> : null}
          <Text className='poster-home__line'>开放时间：{data.hoursText}</Text>
          {board.supervisionPhone ? <Text className='poster-home__line poster-wall__phone'>监督电话：{board.supervisionPhone}</Text> : null}
        </View>
        <View className='poster-qr'>
          <PosterImage className='poster-qr__image' src={qrcode.url} onSettled={onImageSettled} />
          <Text className='poster-qr__caption'>扫码看亮牌 · 找我的执委</Text>
        </View>
      </View>
      <Text className='poster-section-title'>执委身份（{board.members.length} 人）</Text>
      <PosterMembers members={board.members} areas={board.areas} onImageSettled={onImageSettled} />
      <PosterFacts data={data} />
      <View className='poster-foot'>
        <Text className='poster-foot__date'>制作日期 {beijingDate(data.asOf)}</Text>
        <Text className='poster-foot__note'>以上信息与小程序亮牌同步，如有变动以扫码所见为准</Text>
      </View>
    </View>
  )
}
