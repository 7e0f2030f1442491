// The app shell: platform set-up that must happen once, before any page renders —
// the cloud, the font scale (大字模式 or WeChat's font size) every page shows at, and
// (weapp) our own consent popup for the 隐私保护指引 instead of WeChat's (privacyConsent.ts)
// and the former paths of the resident pages (formerPages.ts).
// No validator is loaded here: the board's first screen parses no schema (its lists and
// labels come from types/vocabulary.ts), so zod reaches only the pages that parse (the dev
// login's replies, the console's forms), in their own chunks. Where a runtime forbids
// dynamic code (the mini-program), zod finds that out itself (its `allowsEval` probe) and
// parses without compiling.
import type { PropsWithChildren } from 'react'
import { initCloud } from './api'
import { applyFontScale, applyFontScaleOnEveryPage } from './lib/fontScale'
import { openMovedPages } from './lib/formerPages'
import { listenForConsent } from './lib/privacyConsent'
import './app.css'
import './h5.css'

initCloud()
if (process.env.TARO_ENV === 'h5') applyFontScale()
else {
  applyFontScaleOnEveryPage()
  listenForConsent()
  openMovedPages()
}

export default function App({ children }: PropsWithChildren) {
  return children
}
