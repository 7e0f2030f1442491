// The WeChat entry builds the ports from the SDK it was given: storage and open APIs go
// to that SDK; an SDK without them makes every port call fail, never pass.
import { createCloudMain, type WxServerSdk } from '../../../../cloudfunctions/common/cloudEntry'
import type { Ctx } from '../../../../cloudfunctions/common/context'
import type { Domain } from '../../../../cloudfunctions/common/runtime'
import type { CloudDatabase } from '../../../../cloudfunctions/common/store/cloud'
import { fixedClock } from '../../../../cloudfunctions/common/time'

/** board.get answered by a probe that stores a file and checks a text through the ports. */
const probe: Domain = {
  name: 'board',
  policy: { get: { rule: 'public' } },
  handlers: {
    get: async (_input: unknown, ctx: Ctx) => ({
      url: await ctx.ports.files.put({ path: 'qr/probe.png', bytes: Buffer.from('png'), contentType: 'image/png' }),
      verdict: await ctx.ports.contentCheck.text({ content: '你好', openid: ctx.caller.openid, scene: 2 }),
    }),
  },
}

const database = { command: {}, collection: () => ({ doc: () => ({ get: async () => ({ data: null }) }) }) } as unknown as CloudDatabase

function coreSdk(): WxServerSdk {
  return { DYNAMIC_CURRENT_ENV: 'env', init: () => {}, getWXContext: () => ({ OPENID: 'oid-1' }), database: () => database }
}

const quiet = { info: () => {}, error: () => {} }
const call = { action: 'get', payload: { code: 'comm' } }

test('ports go to the SDK the entry was given', async () => {
  const calls: string[] = []
  const sdk: WxServerSdk = {
    ...coreSdk(),
    uploadFile: async ({ cloudPath }) => (calls.push(`uploadFile ${cloudPath}`), { fileID: `cloud://env-1.b/${cloudPath}` }),
    downloadFile: async () => ({ fileContent: Buffer.alloc(0) }),
    deleteFile: async () => ({ fileList: [] }),
    openapi: {
      security: {
        msgSecCheck: async ({ openid }) => (calls.push(`msgSecCheck ${openid}`), { errCode: 0, result: { suggest: 'review' } }),
        imgSecCheck: async () => ({ errCode: 0 }),
      },
      wxacode: { getUnlimited: async () => ({ errCode: 0 }) },
    },
  }
  const main = createCloudMain(probe, { sdk, clock: fixedClock('2026-11-23T02:00:00.000Z'), write: quiet })
  expect(await main(call)).toEqual({ ok: true, data: { url: 'cloud://env-1.b/qr/probe.png', verdict: 'review' } })
  expect(calls).toEqual(['uploadFile qr/probe.png', 'msgSecCheck oid-1'])
})

test('an SDK without storage and open APIs makes port calls fail', async () => {
  const main = createCloudMain(probe, { sdk: coreSdk(), clock: fixedClock('2026-11-23T02:00:00.000Z'), write: quiet })
  expect(await main(call)).toMatchObject({ ok: false, error: { code: 'INTERNAL' } })
})
