// What a resident does from the board: find her own 执委, pass the board on (a WeChat
// share card, or a copied link in a browser), and take part in 议事.
import { Button, View } from '@tarojs/components'
import type { GetBoardOutput } from '../../../../types/board'
import { ActionButton } from '../../../components/ActionButton'
import { copyText, h5Link } from '../../../lib/clipboard'
import { boardPath, findMemberUrl, openPage } from '../../../lib/routes'
import { publicTopicsUrl } from '../../../lib/topicRoutes'
import './BoardActions.css'

export interface BoardActionsProps {
  board: GetBoardOutput['board']
}

const copyBoardLink = (code: string) => copyText(h5Link(boardPath(code)), '链接已复制，发给邻居吧', '请手动复制链接')

export function BoardActions({ board }: BoardActionsProps) {
  return (
    <View className='board-actions'>
      <ActionButton className='find-member-button' text='找我的执委' onClick={() => openPage(findMemberUrl(board.code))} />
      {process.env.TARO_ENV === 'weapp' ? (
        <Button className='share-button' openType='share'>
          分享给邻居
        </Button>
      ) : (
        <ActionButton className='share-button' variant='plain' text='分享' onClick={() => void copyBoardLink(board.code)} />
      )}
      <ActionButton className='topics-button' variant='plain' text='议事 · 说说您的想法' onClick={() => openPage(publicTopicsUrl(board.orgId))} />
    </View>
  )
}
