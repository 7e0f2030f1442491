// The app shell: platform set-up that must happen once, before any page renders —
// the cloud, and the font scale (大字模式 or WeChat's font size) every page shows at.
import './lib/zodConfig'
import type { PropsWithChildren } from 'react'
import { initCloud } from './api'
import { applyFontScale, applyFontScaleOnEveryPage } from './lib/fontScale'
import './app.css'
import './h5.css'

initCloud()
if (process.env.TARO_ENV === 'h5') applyFontScale()
else applyFontScaleOnEveryPage()

export default function App({ children }: PropsWithChildren) {
  return children
}
