// A chair's form for one member: name, post, phone (and which number the board shows),
// photo, specialty, on-duty month, term dates, the areas she covers first-hand — each
// area saying who covers it now — and the 妇女小组 and 微家 she keeps in touch with. A
// 妇女小组 or 微家 offers 小组长 and 组员, and has no rotation or areas of its own.
import { View } from '@tarojs/components'
import type { ConsoleMember } from '../../../../../types/org'
import { isSmallBody, POST_LABEL, postsFor } from '../../../../../types/enums'
import { Choices } from '../../../../components/Choices'
import { FormField } from '../../../../components/FormField'
import { SaveBar } from '../../../../components/SaveBar'
import { Section } from '../../../../components/Section'
import { TextInput } from '../../../../components/TextInput'
import { errorAt, type FieldErrors } from '../../../../lib/fieldErrors'
import { areaKindLabel } from '../../../../lib/labels'
import { ConflictNotice } from '../../../components/ConflictNotice'
import { DateInput } from '../../../components/DateInput'
import { ImageField } from '../../../components/ImageField'
import { PhoneChoice } from '../../../components/PhoneChoice'
import type { ConsoleData } from '../../../lib/consoleStore'
import { MONTHS, monthLabel } from '../../../lib/labels'
import { MEMBER_FIELDS, type MemberValues, useMemberForm } from '../useMemberForm'

export interface MemberFormProps {
  data: ConsoleData
  member: ConsoleMember | null
  onReload: () => void
}

const NO_MONTH = 0

interface PartProps {
  values: MemberValues
  set: <K extends keyof MemberValues>(field: K, value: MemberValues[K]) => void
  errors: FieldErrors
}

function DutyAndTerm({ values, set, errors, rotates }: PartProps & { rotates: boolean }) {
  return (
    <Section title={rotates ? '轮值与任期' : '任期'}>
      {rotates ? (
        <FormField label='每年轮值月份' name='onDutyMonth' hint='执委轮值制度：每人每年轮值一个月' error={errorAt(errors, 'onDutyMonth')}>
          <Choices
            className='month-choices'
            options={[{ value: NO_MONTH, label: '不安排' }, ...MONTHS.map((month) => ({ value: month, label: monthLabel(month) }))]}
            selected={[values.onDutyMonth ?? NO_MONTH]}
            onToggle={(month) => set('onDutyMonth', month === NO_MONTH ? null : month)}
          />
        </FormField>
      ) : null}
      <FormField label='任期开始' name='termStart' error={errorAt(errors, 'termStart')}>
        <DateInput value={values.termStart} onChange={(date) => set('termStart', date)} clearable />
      </FormField>
      <FormField label='任期结束' name='termEnd' error={errorAt(errors, 'termEnd')}>
        <DateInput value={values.termEnd} onChange={(date) => set('termEnd', date)} clearable />
      </FormField>
    </Section>
  )
}

/** "现由 张三 联系" under an area another member in office covers; the kind otherwise. */
function areaNote(data: ConsoleData, member: ConsoleMember | null, area: ConsoleData['areas'][number]): string {
  const holder = area.memberId && area.memberId !== member?._id ? data.members.find((m) => m._id === area.memberId && m.status === 'active') : undefined
  return holder ? `${areaKindLabel(area.kind)} · 现由 ${holder.name} 联系` : areaKindLabel(area.kind)
}

function CoveredAreas({ data, member, values, set, errors }: PartProps & { data: ConsoleData; member: ConsoleMember | null }) {
  const toggleArea = (areaId: string) =>
    set('coverAreaIds', values.coverAreaIds.includes(areaId) ? values.coverAreaIds.filter((id) => id !== areaId) : [...values.coverAreaIds, areaId])
  return (
    <Section title='联系片区' note='她直接联系的楼栋、网格或小组'>
      <FormField label='选择片区（可多选）' name='coverAreaIds' error={errorAt(errors, 'coverAreaIds')}>
        <Choices
          className='cover-area-choices'
          options={data.areas.map((area) => ({ value: area._id, label: area.name, note: areaNote(data, member, area) }))}
          selected={values.coverAreaIds}
          onToggle={toggleArea}
          emptyText='还没有片区，可以先在「片区」里添加。'
        />
      </FormField>
    </Section>
  )
}

/** 附件6: "每位执委至少联系1个妇女小组和微家" — offered where the federation has them. */
function LinkedBodies({ data, values, set, errors }: PartProps & { data: ConsoleData }) {
  const bodies = data.children.filter((child) => isSmallBody(child.level))
  if (bodies.length === 0) return null
  const linked = values.linkedBodyIds ?? []
  const toggle = (id: string) => set('linkedBodyIds', linked.includes(id) ? linked.filter((other) => other !== id) : [...linked, id])
  return (
    <Section title='联系的妇女小组和微家' note='每位执委至少联系1个妇女小组和微家'>
      <FormField label='选择（可多选）' name='linkedBodyIds' error={errorAt(errors, 'linkedBodyIds')}>
        <Choices className='linked-body-choices' options={bodies.map((body) => ({ value: body.orgId, label: body.name }))} selected={linked} onToggle={toggle} />
      </FormField>
    </Section>
  )
}

export function MemberForm({ data, member, onReload }: MemberFormProps) {
  const { values, set, patch, submit, save } = useMemberForm(data, member)
  const { errors } = save
  const federation = !isSmallBody(data.org.level)
  return (
    <View className='member-form'>
      <Section title={member ? '成员资料' : '添加成员'}>
        <FormField label='姓名' name='name' required error={errorAt(errors, 'name')}>
          <TextInput className='member-name-input' value={values.name} maxLength={20} onChange={(text) => set('name', text)} />
        </FormField>
        <FormField label='职务' name='post' error={errorAt(errors, 'post')}>
          <Choices options={postsFor(data.org.level).map((post) => ({ value: post, label: POST_LABEL[post] }))} selected={[values.post]} onToggle={(post) => set('post', post)} />
        </FormField>
        <PhoneChoice values={values} onChange={patch} errors={errors} whose='她' />
        <FormField label='照片' name='photoUrl' hint='正面免冠照，公示在亮牌上' error={errorAt(errors, 'photoUrl')}>
          <ImageField orgId={data.org._id} purpose='photo' value={values.photoUrl} onChange={(url) => set('photoUrl', url)} actionText='上传照片' />
        </FormField>
        <FormField label='特长' name='specialty' hint='如 调解纠纷、家庭教育' error={errorAt(errors, 'specialty')}>
          <TextInput value={values.specialty} maxLength={40} onChange={(text) => set('specialty', text)} />
        </FormField>
      </Section>
      <DutyAndTerm values={values} set={set} errors={errors} rotates={federation} />
      {federation ? <CoveredAreas data={data} member={member} values={values} set={set} errors={errors} /> : null}
      {federation && values.post !== 'volunteer' ? <LinkedBodies data={data} values={values} set={set} errors={errors} /> : null}
      {save.conflict ? <ConflictNotice reason={save.conflict} onReload={onReload} /> : null}
      <SaveBar busy={save.busy} onSave={() => void submit()} errors={errors} shownFields={MEMBER_FIELDS} text={member ? '保存' : '添加成员'} />
    </View>
  )
}
