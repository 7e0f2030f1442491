// What a resident does from the board: find her own 执委, pass the board on (a WeChat
// share card, or a copied link in a browser), take part in 议事 — and, apart from the
// rest, ask for help, with 110 and 12338 right under 我要求助 so that a call never
// waits for a page to open.
import { Button, Text, View } from '@tarojs/components'
import { useEffect } from 'react'
import type { GetBoardOutput } from '../../../../types/board'
import { ActionButton } from '../../../components/ActionButton'
import { copyText, h5Link } from '../../../lib/clipboard'
import { HELP_INTAKE_PAGE, helpIntakeUrl } from '../../../lib/helpRoutes'
import { dial, type Hotline, POLICE, WOMEN_HOTLINE } from '../../../lib/hotlines'
import { preloadPage } from '../../../lib/preloadPage'
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

function HotlineButton({ hotline, className }: { hotline: Hotline; className: string }) {
  return (
    <View className={`board-hotline ${className}`} hoverClass='board-hotline--pressed' onClick={() => dial(hotline)}>
      <Text className='board-hotline__number'>{hotline.number}</Text>
      <Text className='board-hotline__label'>{hotline.label}</Text>
    </View>
  )
}

/** 我要求助 and, under it, one tap to 110 and 12338; the intake's code is fetched as the board opens. */
export function HelpEntry({ orgId }: { orgId: string }) {
  useEffect(() => preloadPage(HELP_INTAKE_PAGE), [])
  return (
    <View className='board-actions board-help-entry'>
      <ActionButton className='help-entry-button' variant='quiet' text='我要求助' onClick={() => openPage(helpIntakeUrl(orgId))} />
      <View className='board-hotlines'>
        <HotlineButton hotline={POLICE} className='board-call-110' />
        <HotlineButton hotline={WOMEN_HOTLINE} className='board-call-12338' />
      </View>
    </View>
  )
}
