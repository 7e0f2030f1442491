// The deployed function's manifest: the nightly retention trigger WeChat runs, and the
// open APIs it may call — notifications only: a private request is never sent to the
// content check.
import fs from 'node:fs'
import path from 'node:path'

const config = JSON.parse(fs.readFileSync(path.resolve(__dirname, '../../../cloudfunctions/requests/config.json'), 'utf8'))

test('a timer trigger runs the retention job every night at 03:00', () => {
  expect(config.triggers).toEqual([{ name: 'retention', type: 'timer', config: '0 0 3 * * * *' }])
})

test('it may send subscription messages and nothing else; no content check', () => {
  expect(config.permissions.openapi).toEqual(['subscribeMessage.send'])
})
