// 任期与评议规则: the chair records the committee's current term (its first day and its years,
// three to five, five by default — 000 三(一)), how many days the board announces a change in the
// committee (第十七条), and the 述职评议 rule (不满意 above which share of the ratings is 不合格).
// Saved through org.updateOrg; new members' terms and the board follow at once.
import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import { MAX_ANNOUNCE_DAYS, MIN_ANNOUNCE_DAYS, type CommitteeRules } from '../../../../types/committeeRules'
import { Choices } from '../../../components/Choices'
import { FormField } from '../../../components/FormField'
import { SaveBar } from '../../../components/SaveBar'
import { Section } from '../../../components/Section'
import { TextInput } from '../../../components/TextInput'
import { errorAt, type FieldErrors } from '../../../lib/fieldErrors'
import { ConflictNotice } from '../../components/ConflictNotice'
import { ConsoleShell } from '../../components/ConsoleShell'
import { DateInput } from '../../components/DateInput'
import { useConsoleSave } from '../../hooks/useConsoleSave'
import type { ConsoleData } from '../../lib/consoleStore'
import { ANNOUNCE_NOTE, FAIL_NOTE, FAIL_SHARES, TERM_QUOTE, TERM_YEAR_CHOICES, shareKey, shareLabel, startingRules, termEndWords } from './rules'

const FIELDS = ['committeeRules'] as const
const at = (errors: FieldErrors, field: string) => errorAt(errors, `committeeRules.${field}`)

function RulesForm({ data, onReload }: { data: ConsoleData; onReload: () => void }) {
  const [rules, setRules] = useState<CommitteeRules>(() => startingRules(data.org.committeeRules))
  const [days, setDays] = useState(String(rules.announceDays))
  const save = useConsoleSave(data.org._id, { keepConflict: true })
  const set = (change: Partial<CommitteeRules>) => setRules((current) => ({ ...current, ...change }))
  const submit = async () => {
    const committeeRules = { ...rules, announceDays: Number(days) }
    await save.run('org', 'updateOrg', { orgId: data.org._id, version: data.org.version, changes: { committeeRules } })
  }
  return (
    <View className='committee-rules-form'>
      <Section title='本届任期' note={`${rules.termYears} 年一届`}>
        <FormField label='本届开始日期（妇女大会或代表大会选举之日）' name='termStart' error={at(save.errors, 'termStart')}>
          <DateInput className='term-start-input' value={rules.termStart} clearable onChange={(termStart) => set({ termStart })} />
        </FormField>
        <FormField label='每届任期' name='termYears' hint={TERM_QUOTE} error={at(save.errors, 'termYears')}>
          <Choices
            className='term-years'
            options={TERM_YEAR_CHOICES.map((years) => ({ value: years, label: `${years} 年` }))}
            selected={[rules.termYears]}
            onToggle={(termYears) => set({ termYears })}
          />
        </FormField>
        <Text className='page-note term-end-words'>{termEndWords(rules.termStart, rules.termYears)}</Text>
      </Section>
      <Section title='亮牌公示'>
        <FormField label={`公示天数（${MIN_ANNOUNCE_DAYS}–${MAX_ANNOUNCE_DAYS} 天）`} name='announceDays' hint={ANNOUNCE_NOTE} error={at(save.errors, 'announceDays')}>
          <TextInput className='announce-days-input' type='number' maxLength={3} value={days} onChange={setDays} />
        </FormField>
      </Section>
      <Section title='述职评议'>
        <FormField label='不满意超过评议人数的几分之几为不合格' name='failShare' hint={FAIL_NOTE} error={at(save.errors, 'failShare')}>
          <Choices
            className='fail-share'
            options={FAIL_SHARES.map((share) => ({ value: shareKey(share), label: shareLabel(share) }))}
            selected={[shareKey(rules.failShare)]}
            onToggle={(key) => set({ failShare: FAIL_SHARES.find((share) => shareKey(share) === key) ?? rules.failShare })}
          />
        </FormField>
      </Section>
      {save.conflict ? <ConflictNotice reason={save.conflict} onReload={onReload} /> : null}
      <SaveBar busy={save.busy} onSave={() => void submit()} errors={save.errors} shownFields={FIELDS} />
    </View>
  )
}

export default function CommitteeRulesPage() {
  return (
    <ConsoleShell className='committee-rules-page' chairOnly='只有主席、副主席可以设置任期与评议规则'>
      {(data, reload) => <RulesForm key={data.org.version} data={data} onReload={reload} />}
    </ConsoleShell>
  )
}
