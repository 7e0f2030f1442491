// Step 2, consent on its own screen: what is collected, why, who sees it, how long it is
// kept, and that she can withdraw and delete it. Unticked until she ticks it, and the
// way on stays disabled until then.
import { Text, View } from '@tarojs/components'
import { CheckBox } from '../../../../components/CheckBox'
import { Section } from '../../../../components/Section'
import { StateView } from '../../../../components/StateView'
import type { TermsState } from '../../../hooks/useIntake'
import { retentionText } from '../../../lib/words'

export interface ConsentStepProps {
  terms: TermsState
  onRetry: () => void
  checked: boolean
  onToggle: () => void
  onContinue: () => void
  onBack: () => void
}

function Clause({ title, text }: { title: string; text: string }) {
  return (
    <View className='consent-clause'>
      <Text className='consent-clause__title'>{title}</Text>
      <Text className='consent-clause__text'>{text}</Text>
    </View>
  )
}

function Clauses({ retentionDays }: { retentionDays: number }) {
  return (
    <View className='consent-text'>
      <Clause title='收集什么' text='您选择的求助类别、您写下的情况和希望得到的帮助、紧急程度、方便联系的方式和时间；手机号、称呼和地址都可以不填。' />
      <Clause title='为什么收集' text='只用于妇联了解您的情况、按您说的方式联系您、为您提供帮助，或在您需要时转介给派出所、法律援助等单位。不会公开，不会出现在亮牌上。' />
      <Clause title='谁能看到' text='本妇联的主席、副主席和负责跟进的执委。如果需要上报，上级妇联的主席、副主席也能看到。每一次查看都会留下记录。' />
      <Clause title='保存多久' text={`求助办结后保存 ${retentionText(retentionDays)}，到期自动删除您的个人信息，只留下不含个人信息的统计数字。`} />
      <Clause title='您可以随时改主意' text='在「我的求助」里，您可以随时撤回求助，导出或删除您的信息。情况说明、电话和地址都加密保存。' />
    </View>
  )
}

export function ConsentStep({ terms, onRetry, checked, onToggle, onContinue, onBack }: ConsentStepProps) {
  if (terms.status === 'loading') return <StateView kind='loading' title='正在读取说明…' />
  if (terms.status === 'error') return <StateView kind='error' title='说明没有读到' detail={terms.error.message} actionText='重新加载' onAction={onRetry} />
  return (
    <Section title='个人信息使用说明' className='intake-consent'>
      <Clauses retentionDays={terms.data.retentionDays} />
      <CheckBox className='consent-checkbox' checked={checked} onToggle={onToggle} text='我已阅读，同意妇联按上面的说明使用我填写的信息' />
      <View
        className={`action-button action-button--primary consent-continue-button${checked ? '' : ' consent-continue-button--disabled'}`}
        aria-disabled={!checked}
        onClick={checked ? onContinue : undefined}
      >
        同意并继续
      </View>
      <Text className='help-link intake-back-link' onClick={onBack}>
        返回上一步
      </Text>
    </Section>
  )
}
