// Every sentence a warning cites is really in its seed, word for word (docs/seeds keeps
// the five policy documents in the repository, so this runs wherever the repository is
// cloned), and each level's default duties are the seed's own text.
import fs from 'node:fs'
import path from 'node:path'
import { SEED_RULES } from '../../../cloudfunctions/org/lib/seedRules'
import { DUTIES_BY_LEVEL, NEW_SECTOR_DUTIES, TOWNSHIP_DUTIES, VILLAGE_DUTIES, type SeedNumber } from '../../../types'

const ROOT = path.join(__dirname, '../../..')
const SEEDS = path.join(ROOT, 'docs/seeds')

function seedText(seed: SeedNumber): string {
  const file = fs.readdirSync(SEEDS).find((name) => name.startsWith(`${seed}_`))
  if (!file) throw new Error(`no seed ${seed} in docs/seeds`)
  return fs.readFileSync(path.join(SEEDS, file), 'utf8')
}
/** Page breaks of the source PDFs split some sentences over blank lines. */
const flat = (text: string) => text.replace(/\s+/g, '')

test.each(Object.entries(SEED_RULES).flatMap(([rule, citations]) => citations.map((c) => [rule, c.seed, c.quote] as const)))(
  '%s cites seed %s: "%s" is in it word for word (white space aside: the PDF line and page breaks split some sentences)',
  (_rule, seed, quote) => {
    expect(flat(seedText(seed))).toContain(flat(quote))
  },
)

test('the copies in docs/seeds are the shared seeds, where those are at hand', () => {
  const shared = path.join(ROOT, '../shared/seeds')
  const names = fs.readdirSync(SEEDS).filter((n) => n.endsWith('.txt'))
  expect(names).toHaveLength(5)
  if (!fs.existsSync(shared)) return
  for (const name of names) expect(fs.readFileSync(path.join(SEEDS, name), 'utf8')).toBe(fs.readFileSync(path.join(shared, name), 'utf8'))
})

test.each([
  ['002 附件5 村（社区）妇联工作职责', '002', VILLAGE_DUTIES],
  ['000 一(二) 基层妇联组织的职责和任务 (乡镇、街道)', '000', TOWNSHIP_DUTIES],
  ['002 “四新”指导意见 三 工作任务', '002', NEW_SECTOR_DUTIES],
] as const)('default duties from %s are the seed text', (_label, seed, duties) => {
  expect(duties.length).toBeGreaterThan(0)
  for (const duty of duties) expect(flat(seedText(seed))).toContain(flat(duty))
})

test('each level gets its own duties: 街道 and 妇女小组 no longer default to 附件5 村（社区）妇联工作职责', () => {
  expect(DUTIES_BY_LEVEL.village).toBe(VILLAGE_DUTIES)
  expect(DUTIES_BY_LEVEL.community).toBe(VILLAGE_DUTIES)
  expect(DUTIES_BY_LEVEL.street).toBe(TOWNSHIP_DUTIES)
  for (const level of ['group', 'microHome', 'resettlement', 'county'] as const) expect(DUTIES_BY_LEVEL[level]).toEqual([])
})
