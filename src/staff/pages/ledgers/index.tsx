// 台账: the files a federation hands in (001 3.6 "做到年初有计划，活动有记录，年终有总结，每年将工作资料进行
// 归档整理"), made from what the product already keeps. She picks the year, taps 导出 beside a
// ledger and the .xlsx opens (H5: downloads). The year's 总结 is written here and goes into
// the 年度台账. Every export is recorded in 变更记录.
import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import type { LedgerKind } from '../../../../types/reports'
import { ActionButton } from '../../../components/ActionButton'
import { Choices } from '../../../components/Choices'
import { FormField } from '../../../components/FormField'
import { SaveBar } from '../../../components/SaveBar'
import { Section } from '../../../components/Section'
import { TextArea } from '../../../components/TextInput'
import { useSave } from '../../../hooks/useSave'
import { beijingToday } from '../../../lib/dates'
import { errorAt } from '../../../lib/fieldErrors'
import { ConflictNotice } from '../../components/ConflictNotice'
import { ConsoleShell } from '../../components/ConsoleShell'
import { useConsoleSave } from '../../hooks/useConsoleSave'
import type { ConsoleData } from '../../lib/consoleStore'
import { exportAndOpen } from '../../lib/ledgerExport'
import { ledgerChoices, yearChoices } from './ledgers'
import './index.css'

function Exports({ data, year }: { data: ConsoleData; year: number }) {
  const exporter = useSave()
  const [working, setWorking] = useState<LedgerKind | null>(null)
  const exportOne = async (kind: LedgerKind) => {
    if (working) return
    setWorking(kind)
    try {
      await exportAndOpen(exporter, { orgId: data.org._id, kind, year })
    } finally {
      setWorking(null)
    }
  }
  return (
    <Section title='导出台账' note='生成 Excel 表格，可直接打印'>
      {ledgerChoices(data.role).map((choice) => (
        <View key={choice.kind} className={`ledger-row ledger-row--${choice.kind}`}>
          <View className='ledger-row__words'>
            <Text className='ledger-row__title'>{choice.title}</Text>
            <Text className='ledger-row__note'>{choice.note}</Text>
          </View>
          <ActionButton
            className='ledger-row__export'
            variant={choice.kind === 'annual' ? 'primary' : 'plain'}
            text={working === choice.kind ? '正在生成…' : '导出'}
            onClick={() => void exportOne(choice.kind)}
          />
        </View>
      ))}
      {exporter.notice ? <Text className='page-note ledger-notice'>{exporter.notice}</Text> : null}
    </Section>
  )
}

function YearSummary({ data, year, onReload }: { data: ConsoleData; year: number; onReload: () => void }) {
  const stored = data.org.yearSummaries ?? {}
  const [text, setText] = useState(stored[String(year)] ?? '')
  const save = useConsoleSave(data.org._id, { keepConflict: true })
  const submit = () => void save.run('org', 'updateOrg', { orgId: data.org._id, version: data.org.version, changes: { yearSummaries: { ...stored, [String(year)]: text.trim() } } })
  return (
    <Section title={`${year}年工作总结`} note='写进年度台账'>
      <FormField
        label='年度总结'
        name='yearSummaries'
        hint='分段写：基本情况、主要工作、存在问题、明年打算。最多 5000 字'
        error={errorAt(save.errors, `yearSummaries.${year}`) ?? errorAt(save.errors, 'yearSummaries')}
      >
        <TextArea value={text} onChange={setText} />
      </FormField>
      {save.conflict ? <ConflictNotice reason={save.conflict} onReload={onReload} /> : null}
      <SaveBar busy={save.busy} onSave={submit} errors={save.errors} shownFields={['yearSummaries']} text='保存总结' />
    </Section>
  )
}

function Ledgers({ data, onReload }: { data: ConsoleData; onReload: () => void }) {
  const years = yearChoices(Number(beijingToday().slice(0, 4)))
  const [year, setYear] = useState(years[0]!)
  return (
    <View className='ledgers'>
      <Section title='年份'>
        <Choices className='ledger-years' options={years.map((y) => ({ value: y, label: `${y}年` }))} selected={[year]} onToggle={setYear} />
      </Section>
      <Exports data={data} year={year} />
      <YearSummary key={`${year}-${data.org.version}`} data={data} year={year} onReload={onReload} />
    </View>
  )
}

export default function LedgersPage() {
  return (
    <ConsoleShell className='ledgers-page' loadingTitle='正在读取…' chairOnly='台账由主席、副主席导出'>
      {(data, reload) => <Ledgers data={data} onReload={reload} />}
    </ConsoleShell>
  )
}
