// Leaving a form after a save: back to where she came from, or, when the form was
// opened directly by its link, to the list it belongs to.
import Taro from '@tarojs/taro'

export function goBackOr(url: string): void {
  if (Taro.getCurrentPages().length > 1) void Taro.navigateBack()
  else void Taro.redirectTo({ url })
}
