// Opening a photo full screen. WeChat has its own viewer; in H5 the browser shows
// the image itself (Taro's H5 viewer would add ≈150 KB to the board page).
import Taro from '@tarojs/taro'

export function viewPhoto(current: string, all: string[]): void {
  if (process.env.TARO_ENV === 'weapp') void Taro.previewImage({ current, urls: all })
  else window.open(current, '_blank', 'noopener')
}
