// The app shell: platform set-up that must happen once, before any page renders.
import './lib/zodConfig'
import type { PropsWithChildren } from 'react'
import { initCloud } from './api'
import './app.css'
import './h5.css'

initCloud()

export default function App({ children }: PropsWithChildren) {
  return children
}
