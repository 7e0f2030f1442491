// The WeChat entry builds the ports its function lists from the SDK it was given, each on
// its first use: storage and open APIs go to that SDK; an SDK without them makes every
// port call fail, never pass; a port the function does not list fails where it is used.
import { createCloudMain, type WxServerSdk } from '../../../../cloudfunctions/common/cloudEntry'
import type { Ctx } from '../../../../cloudfunctions/common/context'
import { contracts } from '../../../../types'
import type { Domain } from '../../../../cloudfunctions/common/runtime'
import type { CloudDatabase } from '../../../../cloudfunctions/common/store/cloud'
import { fixedClock } from '../../../../cloudfunctions/common/time'
import type { PortBuilders } from '../../../../cloudfunctions/common/ports/lazyPorts'
import { contentCheckPort } from '../../../../cloudfunctions/common/ports/wechatContentCheck'
import { wechatFiles } from '../../../../cloudfunctions/common/ports/wechatFiles'

/** board.get answered by a probe that stores a file and checks a text through the ports. */
const probe: Domain = {
  name: 'board',
  contract: contracts.board,
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
/** what the probe's function lists: the two ports its handler uses */
const ports: PortBuilders = { files: wechatFiles, contentCheck: contentCheckPort }

test('ports go to the SDK the entry was given', async () => {
  const calls: string[] = []
  const sdk: WxServerSdk = {
    ...coreSdk(),
    uploadFile: async ({ cloudPath }) => (calls.push(`uploadFile ${cloudPath}`), { fileID: `cloud://env-1.b/${cloudPath}` }),
    downloadFile: async () => ({ fileContent: Buffer.alloc(0) }),
    getTempFileURL: async () => ({ fileList: [] }),
    deleteFile: async () => ({ fileList: [] }),
    openapi: {
      security: {
        msgSecCheck: async ({ openid }) => (calls.push(`msgSecCheck ${openid}`), { errCode: 0, result: { suggest: 'review' } }),
        imgSecCheck: async () => ({ errCode: 0 }),
      },
      wxacode: { getUnlimited: async () => ({ errCode: 0 }) },
    },
  }
  const main = createCloudMain(probe, { sdk, ports, clock: fixedClock('2026-11-23T02:00:00.000Z'), write: quiet })
  expect(await main(call)).toEqual({ ok: true, data: { url: 'cloud://env-1.b/qr/probe.png', verdict: 'review' } })
  expect(calls).toEqual(['uploadFile qr/probe.png', 'msgSecCheck oid-1'])
})

test('an SDK without storage and open APIs makes port calls fail', async () => {
  const errors: string[] = []
  const main = createCloudMain(probe, { sdk: coreSdk(), ports, clock: fixedClock('2026-11-23T02:00:00.000Z'), write: { info: () => {}, error: (line) => errors.push(line) } })
  expect(await main(call)).toMatchObject({ ok: false, error: { code: 'INTERNAL' } })
  expect(errors.join('\n')).toContain('this wx-server-sdk has no openapi / uploadFile / downloadFile / deleteFile')
})

test('each listed port is built on its first use, once per instance; one not listed fails naming the function and the port', async () => {
  const built: string[] = []
  const counting: PortBuilders = {
    files: (sdk) => (built.push('files'), wechatFiles(sdk)),
    contentCheck: (sdk) => (built.push('contentCheck'), contentCheckPort(sdk)),
    images: () => {
      built.push('images')
      throw new Error('the probe never uploads a picture')
    },
  }
  const sdk: WxServerSdk = {
    ...coreSdk(),
    uploadFile: async ({ cloudPath }) => ({ fileID: `cloud://env-1.b/${cloudPath}` }),
    downloadFile: async () => ({ fileContent: Buffer.alloc(0) }),
    getTempFileURL: async () => ({ fileList: [] }),
    deleteFile: async () => ({ fileList: [] }),
    openapi: {
      security: { msgSecCheck: async () => ({ errCode: 0, result: { suggest: 'pass' } }), imgSecCheck: async () => ({ errCode: 0 }) },
      wxacode: { getUnlimited: async () => ({ errCode: 0 }) },
    },
  }
  const main = createCloudMain(probe, { sdk, ports: counting, clock: fixedClock('2026-11-23T02:00:00.000Z'), write: quiet })
  expect(built).toEqual([])
  expect(await main(call)).toMatchObject({ ok: true })
  expect(await main(call)).toMatchObject({ ok: true })
  expect(built).toEqual(['files', 'contentCheck'])

  const errors: string[] = []
  const unlisted = createCloudMain(probe, {
    sdk,
    ports: { files: wechatFiles },
    clock: fixedClock('2026-11-23T02:00:00.000Z'),
    write: { info: () => {}, error: (line) => errors.push(line) },
  })
  expect(await unlisted(call)).toMatchObject({ ok: false, error: { code: 'INTERNAL' } })
  expect(errors.join('\n')).toContain('the board function builds no contentCheck port')
})
