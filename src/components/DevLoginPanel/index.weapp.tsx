// The mini-program has no dev login (WeChat supplies identity): Taro picks this file for
// the weapp build, so the panel's code and styles stay out of the main package.
import type { DevLoginPanelProps } from './index'

export type { DevLoginPanelProps }

export function DevLoginPanel(_props: DevLoginPanelProps) {
  return null
}
