// The path for a child under 14: nothing is collected here; the child is pointed to a
// guardian or teacher and to the hotlines that serve children.
import { Text, View } from '@tarojs/components'
import { ActionButton } from '../../../../components/ActionButton'
import { Section } from '../../../../components/Section'
import { dial, type Hotline, POLICE, WOMEN_HOTLINE, YOUTH_HOTLINE } from '../../../lib/safety'

function HotlineRow({ hotline }: { hotline: Hotline }) {
  return (
    <View className='hotline-row' hoverClass='hotline-row--pressed' onClick={() => dial(hotline)}>
      <Text className='hotline-row__number'>{hotline.number}</Text>
      <Text className='hotline-row__label'>{hotline.label}</Text>
      <Text className='hotline-row__call'>拨打</Text>
    </View>
  )
}

export function Under14Step({ onBack }: { onBack: () => void }) {
  return (
    <Section title='未满14周岁的孩子需要帮助' className='intake-under14'>
      <Text className='help-lead'>请由家长、其他监护人或老师陪着孩子求助，也可以直接打下面的电话。</Text>
      <HotlineRow hotline={WOMEN_HOTLINE} />
      <HotlineRow hotline={YOUTH_HOTLINE} />
      <HotlineRow hotline={POLICE} />
      <Text className='help-note'>如果伤害孩子的正是监护人，请直接拨打 110，或者告诉学校的老师。</Text>
      <Text className='help-note'>这里不会记录任何信息。</Text>
      <ActionButton className='intake-back-button' variant='plain' text='返回重新选择' onClick={onBack} />
    </Section>
  )
}
