// 导出统计报表: the table's rows as an .xlsx (reports.exportLedger kind 'stats'). A 区县 with
// thousands of federations under it takes a while, so while it builds the page says how long
// it has been at it and how many federations it is counting; then the file opens (H5: a
// download). A refusal is shown in the server's own words.
import { useEffect, useState } from 'react'
import { Text, View } from '@tarojs/components'
import { ActionButton } from '../../../../components/ActionButton'
import { Section } from '../../../../components/Section'
import { useSave } from '../../../../hooks/useSave'
import { exportAndOpen } from '../../../lib/ledgerExport'
import { exportProgressText } from '../overview'

export interface StatsExportProps {
  orgId: string
  year: number
  orgCount: number
}

/** Whole seconds since `startedAt` (ms), counted up every second while it is set. */
function useSecondsSince(startedAt: number | null): number {
  const [seconds, setSeconds] = useState(0)
  useEffect(() => {
    setSeconds(0)
    if (startedAt === null) return
    const timer = setInterval(() => setSeconds(Math.floor((Date.now() - startedAt) / 1000)), 1000)
    return () => clearInterval(timer)
  }, [startedAt])
  return seconds
}

export function StatsExport({ orgId, year, orgCount }: StatsExportProps) {
  const exporter = useSave({ show: 'notice', fields: 'none' })
  const [startedAt, setStartedAt] = useState<number | null>(null)
  const seconds = useSecondsSince(startedAt)
  const exportStats = async () => {
    if (startedAt !== null) return
    setStartedAt(Date.now())
    try {
      await exportAndOpen(exporter, { orgId, kind: 'stats', year })
    } finally {
      setStartedAt(null)
    }
  }
  return (
    <Section title='统计报表' note='Excel 表格，和上表同样的行' className='overview-export'>
      <View className='overview-export__row'>
        <ActionButton className='overview-export__button' text={startedAt === null ? '导出统计报表' : '正在生成…'} onClick={() => void exportStats()} />
      </View>
      {startedAt !== null ? (
        <Text className='overview-export__progress' aria-live='polite'>
          {exportProgressText(seconds, orgCount)}
        </Text>
      ) : null}
      {exporter.notice ? <Text className='page-note overview-export__notice'>{exporter.notice}</Text> : null}
    </Section>
  )
}
