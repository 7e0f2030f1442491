// A page's address as navigateTo and redirectTo take it, built one way for every page
// of the main package and the subpackages; the paths the back end also names come
// from types/routes.
import { residentPage, withQuery } from '../../types/routes'

type Params = Record<string, string | undefined>

/** A leading slash, the page's path and its query (empty values left out). */
export const pageUrl = (page: string, params: Params = {}): string => `/${withQuery(page, params)}`

/** A page of a subpackage (`staff`, `topics`, `help`) by the name of its folder. */
export const subpackageUrl = (root: string, name: string, params: Params = {}): string => pageUrl(`${root}/pages/${name}/index`, params)

export const STAFF_ROOT = 'staff'
/** A page of the staff console by the name of its folder (here, not in staffRoutes.ts, so the board's links to 议事 and 求助 leave the console's routes out of the main package). */
export const staffPage = (name: string, params: Params = {}): string => subpackageUrl(STAFF_ROOT, name, params)

/** 我的: sign-in, her places and the way into the console (here, with no Taro import, so that staffRoutes.ts and the tests that read it need none). */
export const meUrl = (): string => pageUrl(residentPage('me'))
