// 年度书面述职 (staff/pages/duty-report/index?orgId=…&year=…): 002 《重庆市基层妇联执委履职制度》第八条 "每年在执委会上进行书面述职一次".
// The form opens with her year from her 履职 record, in sentences she edits; she names the 执委会
// she reports at (or not yet) and files it. She may revise it until that 执委会 is recorded.
import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import type { ActionOutput } from '../../../../types/contracts'
import { Choices } from '../../../components/Choices'
import { FormField } from '../../../components/FormField'
import { SaveBar } from '../../../components/SaveBar'
import { Section } from '../../../components/Section'
import { StateView } from '../../../components/StateView'
import { TextArea } from '../../../components/TextInput'
import { useCall } from '../../../hooks/useCall'
import { usePageParams } from '../../../hooks/usePageParams'
import { useSave } from '../../../hooks/useSave'
import { errorAt } from '../../../lib/fieldErrors'
import { readParam } from '../../../lib/params'
import { ConflictNotice } from '../../components/ConflictNotice'
import { ConsoleShell } from '../../components/ConsoleShell'
import type { ConsoleData } from '../../lib/consoleStore'
import { factLines, filedWords, reportYears, yearParam } from '../../lib/dutyReport'
import './index.css'

type Draft = ActionOutput<'org', 'dutyReportDraft'>
const NO_MEETING = 'none'
const FIELDS = ['reportText', 'meetingId', 'year'] as const

function Facts({ draft }: { draft: Draft }) {
  return (
    <Section title={`${draft.facts.year}年履职记录`} note='来自“我的履职”' className='duty-report-facts'>
      {factLines(draft.facts).map((line) => (
        <Text key={line} className='page-note duty-report-fact'>
          {line}
        </Text>
      ))}
    </Section>
  )
}

function ReportForm({ orgId, year, draft, onSaved }: { orgId: string; year: number; draft: Draft; onSaved: () => void }) {
  const { report } = draft
  const [text, setText] = useState(report?.reportText ?? draft.draftText)
  const [meetingId, setMeetingId] = useState(report?.meetingId ?? draft.meetings.find((m) => !m.recorded)?.meetingId ?? NO_MEETING)
  const save = useSave({ keepConflict: true })
  const named = draft.meetings.find((m) => m.meetingId === report?.meetingId)
  if (report && named?.recorded) {
    return (
      <Section title='我的述职' note={filedWords(report)} className='duty-report-locked'>
        <Text className='page-note'>{`${named.date}的执委会已经记录，这份述职不能再修改。`}</Text>
        <Text className='duty-report-text'>{report.reportText}</Text>
      </Section>
    )
  }
  const submit = async () => {
    const payload = { orgId, year, reportText: text, meetingId: meetingId === NO_MEETING ? null : meetingId, ...(report ? { version: report.version } : {}) }
    if (await save.run('org', 'fileDutyReport', payload, { done: report ? '已保存修改' : '已提交' })) onSaved()
  }
  const options = [
    ...draft.meetings.map((m) => ({ value: m.meetingId, label: `${m.date} ${m.place}`, note: m.recorded ? '已记录' : '' })),
    { value: NO_MEETING, label: '暂不选择' },
  ]
  return (
    <Section title='我的述职' note={report ? filedWords(report) : '还没有提交'} className='duty-report-form'>
      <FormField label='述职内容（已按履职记录写好，请修改补充）' name='reportText' required error={errorAt(save.errors, 'reportText')}>
        <TextArea className='duty-report-input' value={text} maxLength={3000} onChange={setText} />
      </FormField>
      <FormField label='在哪次执委会上述职' name='meetingId' error={errorAt(save.errors, 'meetingId')}>
        <Choices className='duty-report-meeting' options={options} selected={[meetingId]} onToggle={setMeetingId} />
      </FormField>
      {save.conflict ? <ConflictNotice reason={save.conflict} onReload={onSaved} /> : null}
      <SaveBar busy={save.busy} onSave={() => void submit()} errors={save.errors} shownFields={FIELDS} text={report ? '保存修改' : '提交述职'} />
    </Section>
  )
}

function MyReport({ data, initialYear }: { data: ConsoleData; initialYear: number }) {
  const orgId = data.org._id
  const [year, setYear] = useState(initialYear)
  const { state, reload } = useCall('org', 'dutyReportDraft', { orgId, year })
  return (
    <View>
      <Section title='哪一年的述职' note='每年在执委会上书面述职一次'>
        <Choices className='duty-report-year' options={reportYears().map((y) => ({ value: y, label: `${y}年` }))} selected={[year]} onToggle={setYear} />
      </Section>
      {state.status === 'loading' ? <StateView kind='loading' title='正在整理履职记录…' /> : null}
      {state.status === 'error' ? <StateView kind='error' title='没有读到述职' detail={state.error.message} actionText='重新加载' onAction={() => void reload()} /> : null}
      {state.status === 'ready' ? (
        <>
          <Facts draft={state.data} />
          <ReportForm key={`${year}-${state.data.report?.version ?? 0}`} orgId={orgId} year={year} draft={state.data} onSaved={() => void reload()} />
        </>
      ) : null}
      <Text className='page-note'>依据：重庆市基层妇联执委履职制度 第八条 “每年在执委会上进行书面述职一次”。</Text>
    </View>
  )
}

export default function DutyReportPage() {
  const year = yearParam(readParam(usePageParams(), 'year'))
  return <ConsoleShell className='duty-report-page'>{(data) => <MyReport data={data} initialYear={year} />}</ConsoleShell>
}
