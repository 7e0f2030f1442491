// The README tells the operator what to declare in WeChat's 用户隐私保护指引. An API the
// 指引 does not declare is switched off by WeChat, so every privacy-scoped API the
// mini-program calls must have its row — under the 信息类型 WeChat files it under — and
// the table lists nothing the code does not call.
import fs from 'node:fs'
import path from 'node:path'
import { PRIVACY_SCOPED, privacyApisIn, sourceFiles } from '../fixtures/privacyApis'

const ROOT = path.resolve(__dirname, '../..')

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
