// Redeeming an invitation (org.redeemInvite): the code she typed or the link carried,
// whether she still has to sign in first (H5 dev login), and the bind itself — after
// it she is welcomed by name and lands in her federation's console. A refusal is shown
// under the code in the server's words (the code is the only field she fills in).
import { useState } from 'react'
import Taro from '@tarojs/taro'
import { devOpenid, hasDevLogin } from '../../../api/devLogin'
import { usePageParams } from '../../../hooks/usePageParams'
import { useSave } from '../../../hooks/useSave'
import { readParam } from '../../../lib/params'
import { replacePage } from '../../../lib/routes'
import { consoleUrl } from '../../../lib/staffRoutes'

const normalized = (code: string): string => code.trim().toUpperCase()

export function useRedeem() {
  const params = usePageParams()
  const [code, setCode] = useState(() => normalized(readParam(params, 'code') || readParam(params, 'scene')))
  const [signedIn, setSignedIn] = useState(() => !hasDevLogin() || devOpenid() !== null)
  const save = useSave({
    show: 'notice',
    fields: 'inline',
    onRefused: (error) => {
      if (error.code === 'UNAUTHENTICATED') setSignedIn(false)
    },
  })

  const redeem = async () => {
    const bound = await save.run('org', 'redeemInvite', { code: normalized(code) }, { done: false })
    if (!bound) return
    void Taro.showToast({ title: `欢迎您，${bound.name}`, icon: 'success' })
    replacePage(consoleUrl(bound.org.orgId))
  }

  return { code, setCode, signedIn, setSignedIn, busy: save.busy, error: Object.values(save.errors)[0] ?? (save.notice || undefined), redeem }
}
