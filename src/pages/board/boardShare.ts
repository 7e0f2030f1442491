// What the board hands WeChat when she shares it: the card sent to a chat, and the
// post on 朋友圈. Both name the federation and open this same board (its org code in
// the query); before the board has loaded, the chat card opens the search page.
// A post opens in WeChat's 单页模式, which has no sign-in: the board loads there only when
// the cloud environment allows 未登录访问 for the board function (云控制台 - 设置 - 权限设置).
import type { GetBoardOutput } from '../../../types/board'
import { boardQuery, boardUrl, searchUrl } from '../../lib/routes'

type Board = GetBoardOutput['board']

const APP_TITLE = '妇联亮牌'

export const boardTitle = (board: Board): string => `${board.name}·亮牌`

export function chatCard(board: Board | null): { title: string; path: string } {
  return board ? { title: boardTitle(board), path: boardUrl(board.code) } : { title: APP_TITLE, path: searchUrl() }
}

/** 朋友圈 opens the sharing page itself with `query`: the board of `code`, even before it has loaded. */
export function timelineCard(board: Board | null, code: string | null): { title: string; query: string } {
  const shown = board?.code ?? code
  return { title: board ? boardTitle(board) : APP_TITLE, query: shown ? boardQuery(shown) : '' }
}
