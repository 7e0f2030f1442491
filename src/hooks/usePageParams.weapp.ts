// The page's query parameters in the mini-program: WeChat opens every page with its own
// query and never changes it, so they are read once. Taro picks this file for the weapp
// build; the browser's address watching (usePageParams.ts) stays out of it.
import { useState } from 'react'
import { useRouter } from '@tarojs/taro'
import type * as H5 from './usePageParams'

export const usePageParams: typeof H5.usePageParams = () => {
  const { params } = useRouter()
  const [opened] = useState(params)
  return opened
}
