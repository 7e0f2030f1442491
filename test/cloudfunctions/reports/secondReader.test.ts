// A second reader: every 台账 workbook the product makes, opened by LibreOffice Calc (headless)
// as well as by the library that wrote it. LibreOffice converts each sheet of each file to CSV;
// a file it cannot open, or opens with a sheet missing or its title lost, fails here. Runs
// where `soffice` is installed (.ci/run installs Debian's libreoffice-calc-nogui); elsewhere
// it says it was skipped.
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { LEDGER_KINDS } from '../../../types'
import { localDownloads } from '../../../server/downloads'
import { createCaller } from '../../fixtures/caller'
import type { TestServices } from '../../fixtures/services'
import { readWorkbook } from '../../support/xlsx'
import { requestServices, SUBMISSION } from '../requests/fixtures/requestsTree'
import { IDS } from '../org/fixtures/consoleTree'

const soffice = ['/usr/bin/soffice', '/usr/local/bin/soffice'].find((file) => fs.existsSync(file))
const withReader = soffice ? test : test.skip
if (!soffice) console.warn('LibreOffice (soffice) is not installed: the second reader of the 台账 workbooks is skipped')

let services: TestServices
beforeAll(async () => {
  services = await requestServices()
  await createCaller('requests', services, 'resident').submit(SUBMISSION)
  await createCaller('org', services, 'ancestorChair').overview({ orgId: IDS.street, year: 2026 })
})

withReader(
  'LibreOffice opens every kind of 台账, each sheet with its title',
  async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'liangpai-second-reader-'))
    const expected = new Map<string, { sheets: string[]; titles: string[] }>()
    for (const kind of LEDGER_KINDS) {
      const orgId = kind === 'stats' ? IDS.street : IDS.comm
      const who = kind === 'stats' ? 'ancestorChair' : 'chair'
      const out = await createCaller('reports', services, who).exportLedger({ orgId, kind, year: 2026 })
      const bytes = fs.readFileSync(localDownloads(services.dataDir).resolve(out.url.slice('/downloads/'.length))!.file)
      fs.writeFileSync(path.join(dir, `${kind}.xlsx`), bytes)
      const book = await readWorkbook(bytes)
      expected.set(kind, { sheets: book.worksheets.map((sheet) => sheet.name), titles: book.worksheets.map((sheet) => String(sheet.getCell('A1').value)) })
    }
    // every sheet of every file, as UTF-8 CSV (filter option 76 = UTF-8; the last, -1, = each sheet to its own file)
    execFileSync(
      soffice!,
      [
        `-env:UserInstallation=file://${path.join(dir, 'profile')}`,
        '--headless',
        '--convert-to',
        'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1',
        '--outdir',
        path.join(dir, 'csv'),
        ...LEDGER_KINDS.map((kind) => path.join(dir, `${kind}.xlsx`)),
      ],
      { stdio: 'pipe', timeout: 180_000 },
    )
    for (const [kind, { sheets, titles }] of expected) {
      const read = sheets.map((sheet) => fs.readFileSync(path.join(dir, 'csv', `${kind}-${sheet}.csv`), 'utf8'))
      read.forEach((csv, i) => expect(csv.split('\n')[0]).toContain(titles[i]))
    }
    fs.rmSync(dir, { recursive: true, force: true })
  },
  240_000,
)
