// The last board she opened, kept on the device so the search page can offer it
// when the mini-program is opened without a QR code.
import Taro from '@tarojs/taro'

const RECENT_KEY = 'liangpai.recentBoard'

export interface RecentBoard {
  code: string
  name: string
}

export function readRecentBoard(): RecentBoard | null {
  const value: unknown = Taro.getStorageSync(RECENT_KEY)
  if (typeof value !== 'object' || value === null) return null
  const { code, name } = value as Partial<RecentBoard>
  return typeof code === 'string' && typeof name === 'string' ? { code, name } : null
}

export function saveRecentBoard(board: RecentBoard): void {
  try {
    Taro.setStorageSync(RECENT_KEY, board)
  } catch {
    // storage full or unavailable: the board itself still works
  }
}
