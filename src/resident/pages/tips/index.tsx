// 生活小贴士: a plain page of everyday tips. Quick exit from a help request lands here,
// so a glance at the phone shows nothing about the federation or asking for help.
import { Text, View } from '@tarojs/components'
import './index.css'

const TIPS: readonly { title: string; text: string }[] = [
  { title: '换季添衣', text: '早晚温差大，出门带件薄外套，老人孩子尤其注意脚和肚子保暖。' },
  { title: '蔬菜清洗', text: '叶菜先在清水里泡十分钟，再一片一片冲洗，比直接冲更干净。' },
  { title: '剩菜保存', text: '吃不完的饭菜放凉后尽快放进冰箱，第二天吃前要彻底热透。' },
  { title: '饭后走一走', text: '饭后半小时慢走十几分钟，有助于消化，也能放松心情。' },
  { title: '多喝温水', text: '天气干燥时少量多次喝温水，别等口渴了再喝。' },
]

export default function TipsPage() {
  return (
    <View className='page tips-page'>
      {TIPS.map((tip) => (
        <View key={tip.title} className='tips-card'>
          <Text className='tips-card__title'>{tip.title}</Text>
          <Text className='tips-card__text'>{tip.text}</Text>
        </View>
      ))}
    </View>
  )
}
