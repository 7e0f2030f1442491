// Step 1: how old is the person this request is about. Under 14 leads to the guardian
// and hotline path instead of a form.
import { Text, View } from '@tarojs/components'
import { AGE_BAND_LABEL, type AgeBand } from '../../../../../types/requestModel'
import { Section } from '../../../../components/Section'

const ORDER: AgeBand[] = ['18to59', '60plus', '14to17', 'under14', 'unspecified']

export function AgeStep({ onChoose }: { onChoose: (band: AgeBand) => void }) {
  return (
    <Section title='先问一个问题' className='intake-age'>
      <Text className='help-lead'>需要帮助的这位，今年多大？</Text>
      <View className='intake-age__options'>
        {ORDER.map((band) => (
          <View key={band} className={`intake-age-option intake-age-option--${band}`} hoverClass='intake-age-option--pressed' onClick={() => onChoose(band)}>
            {AGE_BAND_LABEL[band]}
          </View>
        ))}
      </View>
      <Text className='help-note'>只用来判断怎样帮助最合适。</Text>
    </Section>
  )
}
