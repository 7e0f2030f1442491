// The README tells the operator what to declare in WeChat's 用户隐私保护指引. An API the
// 指引 does not declare is switched off by WeChat, so every privacy-scoped API the
// mini-program calls must have its row — under the 信息类型 WeChat files it under — and
// the table lists nothing the code does not call.
import fs from 'node:fs'
import path from 'node:path'

const ROOT = path.resolve(__dirname, '../..')

/**
 * WeChat's privacy-scoped APIs and components, by the 信息类型 the 指引 files them under
 * (《小程序用户隐私保护指引内容介绍》: 隐私接口与对应的处理的信息关系).
 */
const PRIVACY_SCOPED: Record<string, string> = {
  chooseAvatar: '用户信息（微信昵称、头像）',
  getUserInfo: '用户信息（微信昵称、头像）',
  getUserProfile: '用户信息（微信昵称、头像）',
  getLocation: '位置信息',
  getFuzzyLocation: '位置信息',
  startLocationUpdate: '位置信息',
  startLocationUpdateBackground: '位置信息',
  choosePoi: '选择的位置信息',
  chooseLocation: '选择的位置信息',
  chooseAddress: '地址',
  chooseInvoice: '发票信息',
  chooseInvoiceTitle: '发票信息',
  getWeRunData: '微信运动步数',
  getPhoneNumber: '手机号',
  getRealtimePhoneNumber: '手机号',
  chooseLicensePlate: '车牌号',
  chooseImage: '选中的照片或视频信息',
  chooseMedia: '选中的照片或视频信息',
  chooseVideo: '选中的照片或视频信息',
  chooseMessageFile: '选中的文件',
  startRecord: '麦克风',
  getRecorderManager: '麦克风',
  joinVoIPChat: '麦克风',
  createVKSession: '摄像头',
  openBluetoothAdapter: '蓝牙',
  createBLEPeripheralServer: '蓝牙',
  saveImageToPhotosAlbum: '相册（仅写入）权限',
  saveVideoToPhotosAlbum: '相册（仅写入）权限',
  addPhoneContact: '通讯录（仅写入）权限',
  addPhoneCalendar: '日历（仅写入）权限',
  addPhoneRepeatCalendar: '日历（仅写入）权限',
  startAccelerometer: '加速传感器',
  startCompass: '磁场传感器',
  startDeviceMotionListening: '方向传感器',
  startGyroscope: '陀螺仪传感器',
  setClipboardData: '剪切板',
  getClipboardData: '剪切板',
  authorize: '（按 scope 对应的信息类型）',
}

/** The privacy-scoped APIs a source text calls (Taro.x( / wx.x() or asks for by a button's open-type. */
function privacyApisIn(source: string): string[] {
  const called = [...source.matchAll(/\b(?:Taro|wx)\.(\w+)\s*\(/g)].map((match) => match[1])
  const openTypes = [...source.matchAll(/openType=['"{]+([\w|]+)/g)].flatMap((match) => match[1].split('|'))
  return [...called, ...openTypes].filter((name) => Object.hasOwn(PRIVACY_SCOPED, name))
}

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) return sourceFiles(full)
    return /\.(ts|tsx)$/.test(entry.name) ? [full] : []
  })
}

const calledInSrc = new Map<string, string[]>()
for (const file of sourceFiles(path.join(ROOT, 'src'))) {
  for (const api of privacyApisIn(fs.readFileSync(file, 'utf8'))) calledInSrc.set(api, [...(calledInSrc.get(api) ?? []), path.relative(ROOT, file)])
}

/** The README's 指引 table: API → 信息类型. */
function guideTable(): Map<string, string> {
  const lines = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8').split('\n')
  const header = lines.findIndex((line) => line.startsWith('| 接口 | 信息类型'))
  if (header < 0) throw new Error('README.md: no 用户隐私保护指引 table (a header starting "| 接口 | 信息类型")')
  const after = lines.slice(header + 2)
  const end = after.findIndex((line) => !line.startsWith('|'))
  const rows = end < 0 ? after : after.slice(0, end)
  return new Map(rows.map((row) => row.split('|').map((cell) => cell.trim())).map((cells) => [cells[1].replace(/`/g, ''), cells[2]]))
}

const table = guideTable()

test('the scanner finds a privacy-scoped call, an open-type, and ignores what is not one', () => {
  expect(privacyApisIn("await Taro.getLocation({ type: 'gcj02' })")).toEqual(['getLocation'])
  expect(privacyApisIn("<Button openType='getPhoneNumber|agreePrivacyAuthorization' />")).toEqual(['getPhoneNumber'])
  expect(privacyApisIn('Taro.makePhoneCall({ phoneNumber }); // chooseImage is deprecated')).toEqual([])
})

test('the mini-program calls privacy-scoped APIs (the scan sees the source)', () => {
  expect([...calledInSrc.keys()].sort()).toEqual(expect.arrayContaining(['chooseMedia', 'saveImageToPhotosAlbum', 'setClipboardData']))
})

test('chooseImage (deprecated) is called nowhere', () => {
  expect(calledInSrc.get('chooseImage')).toBeUndefined()
})

test.each([...calledInSrc.entries()])('README declares %s, called in %s, under the 信息类型 WeChat files it under', (api) => {
  expect(table.get(api)).toBe(PRIVACY_SCOPED[api])
})

test('the README lists no API the mini-program does not call', () => {
  for (const api of table.keys()) expect({ api, called: calledInSrc.has(api) }).toEqual({ api, called: true })
})
