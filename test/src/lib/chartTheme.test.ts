import fs from 'node:fs'
import path from 'node:path'
import { CHART_THEME } from '../../../src/lib/chartTheme'

test('each chart colour is the value its theme variable has in src/theme.css', () => {
  const theme = fs.readFileSync(path.join(__dirname, '../../../src/theme.css'), 'utf8')
  const declared = (variable: string) => theme.match(new RegExp(`${variable}:\\s*([^;]+);`))?.[1]?.trim()
  for (const { variable, value } of Object.values(CHART_THEME)) expect([variable, declared(variable)]).toEqual([variable, value])
})
