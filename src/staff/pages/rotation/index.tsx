// 轮值安排: the year at a glance — each month's 执委 on duty, the months nobody keeps and
// the months two share while another is empty — and, for a chair, moving a member to a
// month. 执委轮值制度: "每名执委根据妇联组织的工作要求，每年安排一个月的轮值时间。轮值期间，执委主要
// 依托党群服务中心、“妇女之家”等阵地，做好本级妇联日常工作".
import { Text, View } from '@tarojs/components'
import type { ConsoleMember } from '../../../../types/org'
import { Section } from '../../../components/Section'
import { confirmAction } from '../../../lib/confirm'
import { ConflictNotice } from '../../components/ConflictNotice'
import { ConsoleShell } from '../../components/ConsoleShell'
import type { ConsoleData } from '../../lib/consoleStore'
import { canEdit, monthLabel } from '../../lib/labels'
import { MonthCard } from './components/MonthCard'
import { rotatingMembers } from './rotationYear'
import { useRotation } from './useRotation'
import './index.css'

const RULE = '执委轮值制度：每名执委每年安排一个月的轮值时间，轮值期间依托“妇女之家”等阵地做好本级妇联日常工作。'

function Planner({ data, onReload }: { data: ConsoleData; onReload: () => void }) {
  const { months, unscheduled, setMonth, save } = useRotation(data)
  const editable = canEdit(data.role)
  const executives = rotatingMembers(data)
  const empty = months.filter((m) => m.empty).length
  const shared = months.filter((m) => m.clash).length
  const move = async (member: ConsoleMember, month: number) => {
    const from = member.onDutyMonth
    if (from && !(await confirmAction('调整轮值月份', `${member.name} 现在是${monthLabel(from)}轮值，改到${monthLabel(month)}吗？`, '确认调整'))) return
    await setMonth(member, month)
  }
  const remove = async (member: ConsoleMember) => {
    if (await confirmAction('移出轮值', `把 ${member.name} 从${monthLabel(member.onDutyMonth ?? 0)}轮值中移出吗？`, '移出')) await setMonth(member, null)
  }
  return (
    <View>
      <Section title='全年轮值' note={empty || shared ? `${empty} 个月没人，${shared} 个月重复（仅供参考）` : '每月都有人'} className='rotation-summary'>
        <Text className='page-note'>{RULE}</Text>
        {unscheduled.length ? <Text className='rotation-unscheduled'>还没有安排月份：{unscheduled.map((m) => m.name).join('、')}</Text> : null}
      </Section>
      {save.conflict ? <ConflictNotice reason={save.conflict} onReload={onReload} /> : null}
      <View className='rotation-year'>
        {months.map((entry) => (
          <MonthCard
            key={entry.month}
            entry={entry}
            executives={executives}
            editable={editable}
            onMove={(member) => void move(member, entry.month)}
            onRemove={(member) => void remove(member)}
          />
        ))}
      </View>
    </View>
  )
}

export default function RotationPage() {
  return <ConsoleShell className='rotation-page'>{(data, reload) => <Planner data={data} onReload={reload} />}</ConsoleShell>
}
