// A confirm dialog before anything destructive (离任, removing an area, revoking an
// invitation): resolves true only when she taps the confirm button.
import Taro from '@tarojs/taro'

export async function confirmAction(title: string, content: string, confirmText = '确定'): Promise<boolean> {
  try {
    const result = await Taro.showModal({ title, content, confirmText, confirmColor: '#b3203b', cancelText: '取消' })
    return result.confirm
  } catch {
    return false
  }
}
