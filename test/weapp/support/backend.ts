// The back end of the headless mini-program: `wx.cloud.callFunction({ name, data })`
// reaches the REAL handlers through the same `dispatch` the local host and every cloud
// entry use (server/domains.ts), on an in-memory embedded store. The caller is the
// openid this backend was made for, as `cloud.getWXContext().OPENID` gives it on WeChat
// cloud: a call never names its caller. An unknown function fails as WeChat's does.
import { dispatch } from '../../../cloudfunctions/common/runtime'
import { rebuildBoard } from '../../../cloudfunctions/shared/boardDocument'
import { DOMAINS } from '../../../server/domains'
import { testServices, type TestServices } from '../../fixtures/services'
import { area, member, org } from '../../fixtures/docs'

/**
 * A community whose code needs the QR scene's URL-encoding to survive ('#' is legal in a
 * scene and is sent as %23): a page that forgets to decode the scene asks for another org.
 */
export const ORG_CODE = 'xingfu#2'
export const ORG_ID = 'xingfu'
/** The resident the calls come from. */
export const RESIDENT_OPENID = 'resident-headless'

export interface Backend {
  services: TestServices
  /** what the mini-program's `wx.cloud.callFunction` is routed to */
  call(name: string, data: unknown): Promise<unknown>
}

async function seed(services: TestServices): Promise<void> {
  const { store } = services
  const now = services.clock.now()
  await store.insert('orgs', org('street', { code: 'street', name: '和平街道妇联', level: 'street' }))
  await store.insert('orgs', org(ORG_ID, { code: ORG_CODE, name: '和平街道幸福社区妇联', parentId: 'street', ancestorIds: ['street'], sort: 1 }))
  const people = [
    member('m-chair', ORG_ID, { name: '李主席', post: 'chair', onDutyMonth: 1, sort: 1 }),
    member('m-vice', ORG_ID, { name: '王副主席', post: 'viceChair', onDutyMonth: 2, sort: 2 }),
    member('m-a', ORG_ID, { name: '张执委', onDutyMonth: 11, sort: 3 }),
    member('m-b', ORG_ID, { name: '陈执委', onDutyMonth: 12, sort: 4 }),
    member('m-vol', ORG_ID, { name: '赵志愿', post: 'volunteer', sort: 9 }),
    member('m-left', ORG_ID, { name: '刘已离任', status: 'left', sort: 5 }),
  ]
  for (const doc of people) await store.insert('members', doc)
  await store.insert('areas', area('a1', ORG_ID, { name: '1栋', memberId: 'm-a', backupMemberId: 'm-b', sort: 1 }))
  await store.insert('areas', area('a2', ORG_ID, { name: '2栋', memberId: 'm-b', backupMemberId: 'm-a', sort: 2 }))
  await store.insert('areas', area('a3', ORG_ID, { name: '第一网格', kind: 'grid', memberId: 'm-vice', sort: 3 }))
  // more than eight areas: 找我的执委 offers a filter box, and she types into it
  for (let n = 3; n <= 9; n++) await store.insert('areas', area(`b${n}`, ORG_ID, { name: `${n}栋`, memberId: 'm-a', sort: 10 + n }))
  for (const id of ['street', ORG_ID]) await rebuildBoard(store, id, now)
}

export async function createBackend(openid: string = RESIDENT_OPENID): Promise<Backend> {
  const services = await testServices(new Date().toISOString())
  await seed(services)
  return {
    services,
    async call(name, data) {
      const domain = DOMAINS[name]
      // what wx.cloud.callFunction answers for a function the environment does not have
      if (!domain) throw new Error(`-501000 FunctionName parameter could not be found: ${name}`)
      return dispatch(domain, data, { openid }, services)
    },
  }
}
