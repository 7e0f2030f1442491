// 基本信息: the federation's name, 标识, 妇女之家, address, opening hours, duties,
// 妇女代表 count and 情况介绍 (附件6), what hangs on the wall (监督电话 and 制度, 001 6.1.3)
// and the 年度工作计划 (002 第七条). Saving rebuilds the public board at once.
import { View } from '@tarojs/components'
import { DUTIES_BY_LEVEL } from '../../../../types/duties'
import { ORG_LEVEL_LABEL, type OrgLevel } from '../../../../types/enums'
import { FormField } from '../../../components/FormField'
import { SaveBar } from '../../../components/SaveBar'
import { Section } from '../../../components/Section'
import { TextArea, TextInput } from '../../../components/TextInput'
import { errorAt } from '../../../lib/fieldErrors'
import { ConflictNotice } from '../../components/ConflictNotice'
import { ConsoleShell } from '../../components/ConsoleShell'
import { ImageField } from '../../components/ImageField'
import type { ConsoleData } from '../../lib/consoleStore'
import { canEdit } from '../../lib/labels'
import { DutiesEditor } from './components/DutiesEditor'
import { HoursEditor } from './components/HoursEditor'
import { WallRulesEditor } from './components/WallRulesEditor'
import { ORG_INFO_FIELDS, useOrgInfoForm } from './useOrgInfoForm'

/** Where the default text came from, or, when no seed gives this level's duties, a prompt to write them. */
function dutiesHint(level: OrgLevel): string {
  if (DUTIES_BY_LEVEL[level].length === 0) return `上级文件没有写明${ORG_LEVEL_LABEL[level]}的工作职责，请按本会实际写下，至少一条`
  return '默认取自上级文件中本级组织的职责，可按本会实际修改'
}

function OrgInfoForm({ data, onReload }: { data: ConsoleData; onReload: () => void }) {
  const { values, set, dirty, submit, save } = useOrgInfoForm(data)
  const { errors } = save
  const orgId = data.org._id
  return (
    <View className='org-info-form'>
      <Section title='名称与标识'>
        <FormField label='妇联名称' name='name' required error={errorAt(errors, 'name')}>
          <TextInput className='org-name-input' value={values.name} maxLength={40} onChange={(text) => set('name', text)} />
        </FormField>
        <FormField label='妇联标识' name='logoUrl' hint='圆形显示在亮牌左上角；不上传则用默认标识' error={errorAt(errors, 'logoUrl')}>
          <ImageField orgId={orgId} purpose='logo' value={values.logoUrl} onChange={(url) => set('logoUrl', url)} actionText='上传标识' />
        </FormField>
      </Section>
      <Section title='妇女之家'>
        <FormField label='名称' name='homeName' required error={errorAt(errors, 'homeName')}>
          <TextInput value={values.homeName} maxLength={40} onChange={(text) => set('homeName', text)} />
        </FormField>
        <FormField label='地址' name='address' required error={errorAt(errors, 'address')}>
          <TextInput value={values.address} maxLength={100} onChange={(text) => set('address', text)} />
        </FormField>
        <HoursEditor hours={values.hours} onChange={(hours) => set('hours', hours)} errors={errors} />
      </Section>
      <Section title='工作职责'>
        <FormField label='职责' name='duties' hint={dutiesHint(data.org.level)} error={errorAt(errors, 'duties')}>
          <DutiesEditor duties={values.duties} onChange={(duties) => set('duties', duties)} />
        </FormField>
      </Section>
      <Section title='上墙公开'>
        <FormField
          label='监督电话'
          name='supervisionPhone'
          hint='“人员构成、工作职责、主要制度、联系（监督）电话等上墙公开。”（工作规范 6.1.3）亮牌和海报上都会显示'
          error={errorAt(errors, 'supervisionPhone')}
        >
          <TextInput className='supervision-phone-input' type='tel' value={values.supervisionPhone} maxLength={20} onChange={(text) => set('supervisionPhone', text)} />
        </FormField>
        <FormField label='上墙制度' name='wallRules' hint='写制度的名称。默认是市妇联要求上墙的四项制度，可以增减' error={errorAt(errors, 'wallRules')}>
          <WallRulesEditor rules={values.wallRules} onChange={(rules) => set('wallRules', rules)} />
        </FormField>
      </Section>
      <Section title='年度工作计划'>
        <FormField
          label='年份'
          name='annualPlan.year'
          hint='“亮职责，将本级妇联工作职责、年度工作计划、本人工作任务告知妇女群众”（第七条）'
          error={errorAt(errors, 'annualPlan.year')}
        >
          <TextInput
            className='plan-year-input'
            type='number'
            value={values.annualPlan.year}
            maxLength={4}
            onChange={(year) => set('annualPlan', { ...values.annualPlan, year })}
          />
        </FormField>
        <FormField label='计划内容' name='annualPlan.text' hint='最多 2000 字；年份和内容都清空就是不公布计划' error={errorAt(errors, 'annualPlan.text')}>
          <TextArea className='plan-text-input' value={values.annualPlan.text} onChange={(text) => set('annualPlan', { ...values.annualPlan, text })} />
        </FormField>
      </Section>
      <Section title='情况介绍'>
        <FormField label='妇女代表人数' name='representativesCount' error={errorAt(errors, 'representativesCount')}>
          <TextInput type='number' value={values.representativesCount} maxLength={6} onChange={(text) => set('representativesCount', text)} />
        </FormField>
        <FormField label='情况介绍' name='intro' hint='本会的基本情况（附件6），最多 1000 字' error={errorAt(errors, 'intro')}>
          <TextArea value={values.intro} onChange={(text) => set('intro', text)} />
        </FormField>
      </Section>
      {save.conflict ? <ConflictNotice reason={save.conflict} onReload={onReload} /> : null}
      <SaveBar busy={save.busy} onSave={() => void submit()} errors={errors} shownFields={ORG_INFO_FIELDS} text={dirty ? '保存' : '没有修改'} />
    </View>
  )
}

export default function OrgInfoPage() {
  return (
    <ConsoleShell className='org-info-page'>
      {(data, reload) =>
        canEdit(data.role) ? (
          <OrgInfoForm key={data.org.version} data={data} onReload={reload} />
        ) : (
          <Section title='基本信息'>只有本会主席、副主席和上级妇联主席可以修改基本信息。</Section>
        )
      }
    </ConsoleShell>
  )
}
