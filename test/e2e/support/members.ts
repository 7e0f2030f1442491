// Setting up a federation with many members through the back end (as its chair), to
// see how pages and the printed poster cope with the most members the rules allow.
import type { ActionOutput, GetBoardOutput } from '../../../types'
import { callApi, devToken } from './api'
import { portraitPng } from './images'

const SURNAMES = '赵钱孙李周吴郑冯陈褚卫蒋沈韩杨朱秦尤许何吕施张孔曹严华金魏陶姜'
const GIVEN = '春夏秋冬梅兰竹菊'

/** Adds 执委 with photos, phones and on-duty months to `orgId` (demo-chair's) until it has `count` in office. */
export async function fillToMembers(url: string, orgId: string, count: number): Promise<void> {
  const token = await devToken(url, 'demo-chair')
  const { places } = await callApi<ActionOutput<'org', 'mine'>>(url, 'org', 'mine', {}, token)
  const code = places.find((place) => place.orgId === orgId)?.code
  if (!code) throw new Error(`demo-chair is not a chair of ${orgId}`)
  const present = (await callApi<GetBoardOutput>(url, 'board', 'get', { code })).board.members.length
  for (let i = 0; i < count - present; i++) {
    const dataBase64 = portraitPng(240, 320, i * 17).toString('base64')
    const photo = await callApi<ActionOutput<'org', 'uploadImage'>>(url, 'org', 'uploadImage', { orgId, purpose: 'photo', source: { kind: 'inline', dataBase64 } }, token)
    const fields = {
      name: `${SURNAMES[i % SURNAMES.length]}海报${GIVEN[i % GIVEN.length]}`,
      post: 'member',
      phone: `1380013${2000 + i}`,
      photoUrl: photo.url,
      specialty: '',
      onDutyMonth: (i % 12) + 1,
      termStart: null,
      termEnd: null,
    }
    await callApi(url, 'org', 'saveMember', { orgId, fields }, token)
  }
}
