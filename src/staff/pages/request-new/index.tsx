// Placeholder while the page is written.
import { View } from '@tarojs/components'

export default function Page() {
  return <View>代为登记求助</View>
}
