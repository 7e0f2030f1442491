// When WeChat refuses a feature on her phone — she did not agree to the 隐私保护指引, she
// once said no to a permission (相册, 摄像头), or the 指引 on the platform does not declare
// the API — each feature says in plain Chinese what it cannot do and how to allow it.
// WeChat's own words ("privacy permission is not authorized", "auth deny") never reach
// a person: every caller (photos, copying, saving the QR code, her export) goes through
// this one table.
import Taro from '@tarojs/taro'

/** The features that call a privacy-scoped WeChat API. */
export type WxFeature = 'photo' | 'copy' | 'saveQrcode'

/**
 * privacy — she did not agree to the 指引 (errno 104); scope — she refused a permission
 * earlier, so WeChat no longer asks (errno 103, "auth deny", "authorize:fail");
 * undeclared — the 指引 filled in on the platform does not list this API (errno 112).
 */
export type RefusalKind = 'privacy' | 'scope' | 'undeclared'

export interface RefusalWords {
  title: string
  content: string
  /** the permission 「去设置」 can switch on, when that is the way to allow it */
  settingScope: string | null
}

interface FeatureWords {
  title: string
  /** what she cannot do, e.g. 小程序不能读取您选中的照片 */
  cannot: string
  /** when to try again, e.g. 需要上传照片时再点一次 */
  again: string
  /** the permission in WeChat's settings, for the features that have one */
  setting?: { scope: string; name: string; asks: string }
}

const FEATURES: Record<WxFeature, FeatureWords> = {
  photo: {
    title: '没有选到照片',
    cannot: '小程序不能读取您选中的照片',
    again: '需要上传照片时再点一次',
    setting: { scope: 'scope.camera', name: '摄像头', asks: '拍照' },
  },
  copy: { title: '没有复制', cannot: '小程序不能把文字放进剪贴板', again: '需要复制时再点一次' },
  saveQrcode: {
    title: '没有保存',
    cannot: '小程序不能把二维码存进相册',
    again: '需要时再点一次「保存到相册」',
    setting: { scope: 'scope.writePhotosAlbum', name: '添加到相册', asks: '保存图片到相册' },
  },
}

const errorText = (error: object): string => {
  const { errMsg } = error as { errMsg?: unknown }
  if (typeof errMsg === 'string') return errMsg
  return error instanceof Error ? error.message : ''
}

/** Which refusal a failed WeChat call is, or null when it is not one (a cancel, a network fault). */
export function refusalKind(error: unknown): RefusalKind | null {
  if (typeof error !== 'object' || error === null) return null
  const { errno } = error as { errno?: unknown }
  const text = errorText(error)
  if (errno === 104 || text.includes('privacy permission is not authorized')) return 'privacy'
  if (errno === 112 || text.includes('not declared in the privacy agreement')) return 'undeclared'
  if (errno === 103 || /auth den(y|ied)|authorize:fail/.test(text)) return 'scope'
  return null
}

/** She closed the picker or the share sheet herself: nothing to say. */
export const isCancelled = (error: unknown): boolean => typeof error === 'object' && error !== null && /\bcancel/.test(errorText(error))

/** The words for one feature and one kind of refusal. */
export function refusalWords(feature: WxFeature, kind: RefusalKind): RefusalWords {
  const words = FEATURES[feature]
  if (kind === 'undeclared') {
    return { title: words.title, content: `${words.cannot}：这项功能在微信里还没有登记好。请稍后再试，或告诉小程序的管理员。`, settingScope: null }
  }
  if (kind === 'scope' && words.setting) {
    const { scope, name, asks } = words.setting
    return { title: words.title, content: `您之前没有允许小程序${asks}，所以${words.cannot}。点「去设置」，打开「${name}」就可以了。`, settingScope: scope }
  }
  return { title: words.title, content: `您没有同意小程序的《隐私保护指引》，所以${words.cannot}。${words.again}，在弹出的说明里点「同意」就可以了。`, settingScope: null }
}

/** The words for a failed call of a feature, or null when the failure is not a refusal. */
export function explainRefusal(feature: WxFeature, error: unknown): RefusalWords | null {
  const kind = refusalKind(error)
  return kind ? refusalWords(feature, kind) : null
}

/**
 * Shows the refusal; where a permission can be switched on, offers 「去设置」 (WeChat's
 * settings page) and resolves whether she switched it on there.
 */
export async function tellRefusal(words: RefusalWords): Promise<boolean> {
  if (!words.settingScope) {
    await Taro.showModal({ title: words.title, content: words.content, showCancel: false, confirmText: '知道了' })
    return false
  }
  const { confirm } = await Taro.showModal({ title: words.title, content: words.content, confirmText: '去设置', cancelText: '不用了' })
  if (!confirm) return false
  try {
    const { authSetting } = await Taro.openSetting()
    return (authSetting as Record<string, boolean | undefined>)[words.settingScope] === true
  } catch {
    return false
  }
}
