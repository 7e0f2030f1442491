// The README's deployment table of cloud indexes must list every index the code
// declares: a missing one means an unindexed query in production.
import fs from 'node:fs'
import path from 'node:path'
import { INDEXES } from '../../cloudfunctions/common/store/indexes'

const readme = fs.readFileSync(path.resolve(__dirname, '../../README.md'), 'utf8')
const rows = readme.split('\n').filter((line) => line.startsWith('| `'))

test.each(INDEXES.map((index) => [index.collection, index.fields.join(', '), index] as const))('README lists the %s index on %s', (_c, _f, index) => {
  const row = rows.find((line) => {
    const cells = line.split('|').map((cell) => cell.trim())
    return cells[1] === `\`${index.collection}\`` && index.fields.every((field, i) => cells[2].split(',')[i]?.trim().startsWith(`\`${field}\``))
  })
  expect(row).toBeDefined()
  expect(row?.includes('**yes**')).toBe(index.unique === true)
})
