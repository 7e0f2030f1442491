// Sharing a board: the chat card and the 朋友圈 post both name the federation and open
// this same board again — the post through the board page's own query, which must read
// back as the same org code (codes may hold any character a QR scene allows).
jest.mock('@tarojs/taro', () => ({ __esModule: true, default: {} }))

import type { GetBoardOutput } from '../../../../types/board'
import { readOrgCode } from '../../../../src/lib/params'
import { chatCard, timelineCard } from '../../../../src/pages/board/boardShare'

type Board = GetBoardOutput['board']
const boardOf = (code: string, name: string) => ({ code, name }) as Board

/** What the board page reads when WeChat opens it with a post's query. */
function openedWith(query: string) {
  const params = Object.fromEntries(query.split('&').map((pair) => pair.split('=') as [string, string]))
  return readOrgCode(params)
}

test('the 朋友圈 post names the federation and opens its board', () => {
  const post = timelineCard(boardOf('hs-qingshan', '青山街道妇联'), 'hs-qingshan')
  expect(post.title).toBe('青山街道妇联·亮牌')
  expect(openedWith(post.query)).toEqual({ ok: true, code: 'hs-qingshan' })
})

test('a code with characters a query treats specially still opens the same board', () => {
  const post = timelineCard(boardOf('a&b=c?d', '某村妇联'), 'a&b=c?d')
  expect(post.query).not.toContain('&b')
  expect(openedWith(post.query)).toEqual({ ok: true, code: 'a&b=c?d' })
})

test('shared before the board has loaded, the post still opens the board she was looking at', () => {
  const post = timelineCard(null, 'hs-qingshan')
  expect(post.title).toBe('妇联亮牌')
  expect(openedWith(post.query)).toEqual({ ok: true, code: 'hs-qingshan' })
  expect(timelineCard(null, null).query).toBe('')
})

test('the chat card opens the board by its path, or the search page before it has loaded', () => {
  expect(chatCard(boardOf('hs-qingshan', '青山街道妇联'))).toEqual({ title: '青山街道妇联·亮牌', path: '/pages/board/index?scene=hs-qingshan' })
  expect(chatCard(null)).toEqual({ title: '妇联亮牌', path: '/resident/pages/search/index' })
})
