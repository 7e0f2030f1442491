// The `board` function: the public 亮牌 board. Wires each action to its handler.
import { defineDomain } from '../common/runtime'
import { getBoard } from './handlers/getBoard'
import { searchOrgs } from './handlers/searchOrgs'

export const boardDomain = defineDomain('board', {
  get: getBoard,
  search: searchOrgs,
})
