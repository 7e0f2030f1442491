// Placeholder while the page is written.
import { View } from '@tarojs/components'

export default function Page() {
  return <View>求助进展</View>
}
