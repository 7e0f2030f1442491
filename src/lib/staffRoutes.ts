// Paths of the 我的 page and the staff console (the `staff` subpackage), in one place.
// The redeem path is a stable interface: invitations (their links and QR codes) open it.

const query = (params: Record<string, string | undefined>): string => {
  const pairs = Object.entries(params).filter((pair): pair is [string, string] => pair[1] !== undefined && pair[1] !== '')
  return pairs.length ? `?${pairs.map(([key, value]) => `${key}=${encodeURIComponent(value)}`).join('&')}` : ''
}

export const STAFF_ROOT = 'staff'
export const REDEEM_PAGE = `${STAFF_ROOT}/pages/redeem/index`
const staffPage = (name: string, params: Record<string, string | undefined> = {}): string =>
  `/${STAFF_ROOT}/pages/${name}/index${query(params)}`

export const meUrl = (): string => '/pages/me/index'
export const staffHomeUrl = (): string => staffPage('home')
export const consoleUrl = (orgId: string): string => staffPage('org', { orgId })
export const redeemUrl = (code?: string): string => staffPage('redeem', { code })
export const orgInfoUrl = (orgId: string): string => staffPage('org-info', { orgId })
export const membersUrl = (orgId: string): string => staffPage('members', { orgId })
export const memberEditUrl = (orgId: string, memberId?: string): string => staffPage('member-edit', { orgId, memberId })
export const areasUrl = (orgId: string): string => staffPage('areas', { orgId })
export const areaEditUrl = (orgId: string, areaId?: string): string => staffPage('area-edit', { orgId, areaId })
export const activitiesUrl = (orgId: string): string => staffPage('activities', { orgId })
export const activityEditUrl = (orgId: string, activityId?: string): string => staffPage('activity-edit', { orgId, activityId })
export const childrenUrl = (orgId: string): string => staffPage('children', { orgId })
export const invitesUrl = (orgId: string, memberId?: string): string => staffPage('invites', { orgId, memberId })
export const historyUrl = (orgId: string): string => staffPage('history', { orgId })
export const qrcodeUrl = (orgId: string): string => staffPage('qrcode', { orgId })
export const posterUrl = (orgId: string, size: 'A4' | 'A3'): string => staffPage('poster', { orgId, size })
