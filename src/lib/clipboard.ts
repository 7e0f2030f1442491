// Passing a link or a code on in a browser, where there is no chat card: copied with a
// toast saying so, or, when the phone will not copy, shown in a dialog to copy by hand —
// with the reason in plain words when WeChat refused the clipboard (wxRefusal.ts).
import Taro from '@tarojs/taro'
import { explainRefusal } from './wxRefusal'

/** A page of this H5 app as a full link (the mini-program has no address of its own: the path as it is). */
export const h5Link = (path: string): string => (process.env.TARO_ENV === 'h5' ? `${window.location.origin}${window.location.pathname}#/${path.replace(/^\//, '')}` : path)

export async function copyText(text: string, copied: string, manualTitle: string): Promise<void> {
  try {
    await Taro.setClipboardData({ data: text })
    void Taro.showToast({ title: copied, icon: 'none' })
  } catch (error) {
    const refused = explainRefusal('copy', error)
    const content = refused ? `${text}\n\n${refused.content}` : text
    void Taro.showModal({ title: manualTitle, content, showCancel: false })
  }
}
