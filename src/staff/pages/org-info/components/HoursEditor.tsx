// 妇女之家 opening hours: the daily sessions, whether it opens at weekends, and its
// own closed and extra opening days (法定节假日 and 调休 are known already).
import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import type { OpeningHours } from '../../../../../types/documents'
import { Choices } from '../../../../components/Choices'
import { FormField } from '../../../../components/FormField'
import { type FieldErrors, errorAt } from '../../../../lib/fieldErrors'
import { DateInput } from '../../../components/DateInput'
import './HoursEditor.css'

export interface HoursEditorProps {
  hours: OpeningHours
  onChange: (hours: OpeningHours) => void
  errors: FieldErrors
}

function DateList({ dates, onChange, addText }: { dates: string[]; onChange: (dates: string[]) => void; addText: string }) {
  const [adding, setAdding] = useState<string | null>(null)
  const add = (date: string | null) => {
    setAdding(null)
    if (date && !dates.includes(date)) onChange([...dates, date].sort())
  }
  return (
    <View className='date-list'>
      {dates.map((date) => (
        <View key={date} className='date-list__item'>
          <Text className='date-list__date'>{date}</Text>
          <Text className='date-list__remove' onClick={() => onChange(dates.filter((other) => other !== date))}>
            删除
          </Text>
        </View>
      ))}
      <View className='date-list__add'>
        <Text className='date-list__add-label'>{addText}</Text>
        <DateInput value={adding} onChange={add} placeholder='选择日期' />
      </View>
    </View>
  )
}

export function HoursEditor({ hours, onChange, errors }: HoursEditorProps) {
  const set = (patch: Partial<OpeningHours>) => onChange({ ...hours, ...patch })
  const setSession = (index: number, part: 'start' | 'end', value: string | null) =>
    set({ sessions: hours.sessions.map((session, at) => (at === index ? { ...session, [part]: value ?? '' } : session)) })
  return (
    <View className='hours-editor'>
      <FormField label='每天开放的时段' name='hours.sessions' hint='如上午 09:00–12:00、下午 14:00–17:00' error={errorAt(errors, 'hours.sessions')}>
        {hours.sessions.map((session, index) => (
          <View key={index} className='hours-session'>
            <DateInput mode='time' value={session.start} onChange={(value) => setSession(index, 'start', value)} className='hours-session__start' />
            <Text className='hours-session__to'>至</Text>
            <DateInput mode='time' value={session.end} onChange={(value) => setSession(index, 'end', value)} className='hours-session__end' />
            <Text className='hours-session__remove' onClick={() => set({ sessions: hours.sessions.filter((_, at) => at !== index) })}>
              删除
            </Text>
          </View>
        ))}
        {hours.sessions.length < 6 ? (
          <Text className='hours-editor__add' onClick={() => set({ sessions: [...hours.sessions, { start: '14:00', end: '17:00' }] })}>
            + 添加时段
          </Text>
        ) : null}
      </FormField>
      <FormField label='周末是否开放' name='hours.openOnWeekends' hint='调休上班的周末照常开放' error={errorAt(errors, 'hours.openOnWeekends')}>
        <Choices
          options={[
            { value: 'no', label: '周末休息' },
            { value: 'yes', label: '周末也开放' },
          ]}
          selected={[hours.openOnWeekends ? 'yes' : 'no']}
          onToggle={(value) => set({ openOnWeekends: value === 'yes' })}
        />
      </FormField>
      <FormField label='本会自定的休息日' name='hours.closedDates' error={errorAt(errors, 'hours.closedDates')}>
        <DateList dates={hours.closedDates} onChange={(closedDates) => set({ closedDates })} addText='添加休息日' />
      </FormField>
      <FormField label='额外开放的日子' name='hours.extraOpenDates' error={errorAt(errors, 'hours.extraOpenDates')}>
        <DateList dates={hours.extraOpenDates} onChange={(extraOpenDates) => set({ extraOpenDates })} addText='添加开放日' />
      </FormField>
    </View>
  )
}
