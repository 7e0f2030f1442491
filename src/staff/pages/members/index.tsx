// 成员: the members in office (post, phone, on-duty month, areas, her term's end — 已届满
// once past — and whether her WeChat is bound) and, below, those who left with why and when. A chair adds and edits.
import { Text, View } from '@tarojs/components'
import { POST_LABEL } from '../../../../types/enums'
import { DEPARTURE_REASON_LABEL } from '../../../../types/staff'
import type { ConsoleMember } from '../../../../types/org'
import { ActionButton } from '../../../components/ActionButton'
import { Avatar } from '../../../components/Avatar'
import { ListRow } from '../../../components/ListRow'
import { Section } from '../../../components/Section'
import { beijingToday } from '../../../lib/dates'
import { openPage } from '../../../lib/routes'
import { memberEditUrl } from '../../../lib/staffRoutes'
import { ConsoleShell } from '../../components/ConsoleShell'
import type { ConsoleData } from '../../lib/consoleStore'
import { canEdit, monthLabel } from '../../lib/labels'
import './index.css'

/** Her phone, and what the board shows of it when she chose an office number or none. */
function phoneLine(member: ConsoleMember): string {
  const own = `电话：${member.phone ?? '未填写'}`
  if (member.phoneShown === 'office') return `${own}（亮牌公开办公电话 ${member.officePhone ?? ''}）`
  if (member.phoneShown === 'none') return `${own}（亮牌不公开）`
  return own
}

/** 「任期至 2029年2月28日」, flagged 已届满 once the day is past (Beijing dates); '' when no end is recorded. */
function termLine(termEnd: string | null, today: string): string {
  if (!termEnd) return ''
  const words = `任期至 ${Number(termEnd.slice(0, 4))}年${Number(termEnd.slice(5, 7))}月${Number(termEnd.slice(8, 10))}日`
  return termEnd < today ? `${words}（已届满）` : words
}

function activeLines(member: ConsoleMember, data: ConsoleData): string[] {
  const covered = data.areas.filter((area) => area.memberId === member._id).map((area) => area.name)
  return [
    phoneLine(member),
    `轮值：${member.onDutyMonth ? monthLabel(member.onDutyMonth) : '未安排'}`,
    `联系片区：${covered.length ? covered.join('、') : '无'}`,
    termLine(member.termEnd, beijingToday()),
  ]
}

function departedLine(member: ConsoleMember): string {
  const departure = member.departure
  return departure ? `${departure.leftOn} 离任 · ${DEPARTURE_REASON_LABEL[departure.reason]}${departure.note ? `（${departure.note}）` : ''}` : '已离任'
}

function MemberList({ data }: { data: ConsoleData }) {
  const editor = canEdit(data.role)
  const active = data.members.filter((member) => member.status === 'active')
  const departed = data.members.filter((member) => member.status === 'left')
  const open = (member: ConsoleMember) => openPage(memberEditUrl(data.org._id, member._id))
  return (
    <View>
      <Section title='在任成员' note={`${active.length} 人`}>
        {active.length === 0 ? <Text className='page-note'>还没有成员，请先添加主席和执委。</Text> : null}
        {active.map((member) => (
          <ListRow
            key={member._id}
            className='console-member'
            leading={<Avatar name={member.name} photoUrl={member.photoUrl} />}
            title={member.name}
            badge={POST_LABEL[member.post]}
            lines={[...activeLines(member, data), member.bound ? '已绑定微信' : '未绑定微信']}
            onOpen={editor ? () => open(member) : undefined}
          />
        ))}
      </Section>
      {editor ? (
        <View className='members-page__add'>
          <ActionButton className='add-member-button' text='添加成员' onClick={() => openPage(memberEditUrl(data.org._id))} />
        </View>
      ) : null}
      {departed.length > 0 ? (
        <Section title='已离任' note={`${departed.length} 人，记录保留`}>
          {departed.map((member) => (
            <ListRow
              key={member._id}
              className='departed-member'
              title={member.name}
              badge={POST_LABEL[member.post]}
              lines={[departedLine(member)]}
              onOpen={editor ? () => open(member) : undefined}
            />
          ))}
        </Section>
      ) : null}
    </View>
  )
}

export default function MembersPage() {
  return <ConsoleShell className='members-page'>{(data) => <MemberList data={data} />}</ConsoleShell>
}
