// Step 2, consent on its own screen: what is collected, why, who sees it, how long it is
// kept, and that she can withdraw and delete it. The text comes with the page, so it
// reads offline; when the server says a newer version is in force, she is told to open
// the page again. Unticked until she ticks it, and the way on stays disabled until then.
import { Text, View } from '@tarojs/components'
import { CheckBox } from '../../../../components/CheckBox'
import { Section } from '../../../../components/Section'
import { CONSENT_TEXT_VERSION, consentClauses } from '../../../lib/consent'

export interface ConsentStepProps {
  retentionDays: number
  /** the version the server has in force, once it has answered */
  serverVersion: string | null
  checked: boolean
  onToggle: () => void
  onContinue: () => void
  onBack: () => void
}

function Clauses({ retentionDays }: { retentionDays: number }) {
  return (
    <View className='consent-text'>
      {consentClauses(retentionDays).map((clause) => (
        <View key={clause.title} className='consent-clause'>
          <Text className='consent-clause__title'>{clause.title}</Text>
          <Text className='consent-clause__text'>{clause.text}</Text>
        </View>
      ))}
      <Text className='help-note consent-version'>说明版本：{CONSENT_TEXT_VERSION}</Text>
    </View>
  )
}

export function ConsentStep({ retentionDays, serverVersion, checked, onToggle, onContinue, onBack }: ConsentStepProps) {
  const outdated = serverVersion !== null && serverVersion !== CONSENT_TEXT_VERSION
  const open = checked && !outdated
  return (
    <Section title='个人信息使用说明' className='intake-consent'>
      <Clauses retentionDays={retentionDays} />
      {outdated ? (
        <Text className='help-notice consent-outdated'>{`说明已更新为 ${serverVersion} 版，本页还是 ${CONSENT_TEXT_VERSION} 版。请关闭后重新打开「我要求助」。`}</Text>
      ) : null}
      <CheckBox className='consent-checkbox' checked={checked} onToggle={onToggle} text='我已阅读，同意妇联按上面的说明使用我填写的信息' />
      <View
        className={`action-button action-button--primary consent-continue-button${open ? '' : ' consent-continue-button--disabled'}`}
        aria-disabled={!open}
        onClick={open ? onContinue : undefined}
      >
        同意并继续
      </View>
      <Text className='help-link intake-back-link' onClick={onBack}>
        返回上一步
      </Text>
    </Section>
  )
}
