// The `board` function: the public 亮牌 board. Wires each action to its handler.
import { boardContract } from '../../types/board'
import { defineDomain } from '../common/runtime'
import { get } from './handlers/get'
import { search } from './handlers/search'

export const boardDomain = defineDomain('board', boardContract, {
  get,
  search,
})
