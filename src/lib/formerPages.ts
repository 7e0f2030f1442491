// Links made while the resident pages were in the main package name their former paths
// (`pages/member/index?…`): a card shared into a chat, a WeChat search result. The
// mini-program opens each at its page in the `resident` subpackage instead of WeChat's
// "页面不存在"; H5 keeps showing them at those paths (config/index.ts customRoutes).
import Taro from '@tarojs/taro'
import { BOARD_PAGE, formerResidentPage, RESIDENT_PAGE_NAMES, residentPage } from '../../types/routes'

/** The page now at a former path (with or without its leading slash), or null for a path that never was ours. */
export function movedPage(path: string): string | null {
  const route = path.replace(/^\//, '')
  const name = RESIDENT_PAGE_NAMES.find((candidate) => formerResidentPage(candidate) === route)
  return name ? residentPage(name) : null
}

/** Called once at launch (weapp): a former path opens its page with the same query; any other missing page opens the board. */
export function openMovedPages(): void {
  Taro.onPageNotFound(({ path, query }) => {
    const moved = movedPage(path)
    // the query's values come as the page's onLoad would get them, still encoded: passed on as they are
    const search = Object.entries(query ?? {})
      .map(([key, value]) => `${key}=${value}`)
      .join('&')
    if (moved) void Taro.redirectTo({ url: `/${moved}${search ? `?${search}` : ''}` })
    else void Taro.reLaunch({ url: `/${BOARD_PAGE}` })
  })
}
