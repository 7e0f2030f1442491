// The head of her case: the code, how far it has come (已提交 → 已受理 → 处理中 →
// 已办结) in plain words, and the honest reason when it was closed.
import { Text, View } from '@tarojs/components'
import type { RequesterCaseView } from '../../../../../types/requests'
import { CLOSURE_REASON_LABEL, REQUEST_CATEGORY_LABEL } from '../../../../../types/requestModel'
import { Section } from '../../../../components/Section'
import { progressSteps, STATE_WORDS } from '../../../lib/words'

export function CaseSummary({ view }: { view: RequesterCaseView }) {
  return (
    <Section title={view.code} note={`${REQUEST_CATEGORY_LABEL[view.category]} · ${view.orgName}`} className='case-summary'>
      <View className='case-progress'>
        {progressSteps(view.state).map((step) => (
          <Text key={step.label} className={`case-progress__step${step.done ? ' case-progress__step--done' : ''}${step.current ? ' case-progress__step--current' : ''}`}>
            {step.label}
          </Text>
        ))}
      </View>
      <Text className='case-state-words'>{STATE_WORDS[view.state]}</Text>
      {view.closure ? (
        <View className='case-closure'>
          <Text className='case-closure__reason'>办结原因：{CLOSURE_REASON_LABEL[view.closure.reason]}</Text>
          {view.closure.note ? <Text className='case-closure__note'>{view.closure.note}</Text> : null}
        </View>
      ) : null}
    </Section>
  )
}
