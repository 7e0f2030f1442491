// Her control over the case: withdraw it while it is open, export everything she filed,
// or delete it (the case becomes anonymous; the federation keeps only counts and the
// record that it happened).
import { useState } from 'react'
import { Text } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { asApiError, call } from '../../../../api'
import { ActionButton } from '../../../../components/ActionButton'
import { Section } from '../../../../components/Section'
import { myHelpUrl } from '../../../../lib/helpRoutes'
import { replacePage } from '../../../../lib/routes'
import { confirmAction } from '../../../../staff/lib/confirm'
import type { MyCase } from '../../../hooks/useMyCase'
import { deliverExport } from '../../../lib/exportData'

const fail = (caught: unknown) => void Taro.showModal({ title: '没有成功', content: asApiError(caught).message, showCancel: false, confirmText: '知道了' })

async function exportMine(): Promise<void> {
  try {
    const said = await deliverExport(await call('requests', 'exportMine', {}))
    void Taro.showToast({ title: said, icon: 'none' })
  } catch (caught) {
    fail(caught)
  }
}

async function deleteCase(caseId: string): Promise<void> {
  const sure = await confirmAction('删除这条求助？', '您填写的内容和进展里的文字都会被清除，不能恢复。如果还没办结，会先按「本人撤回」结束。', '删除')
  if (!sure) return
  try {
    await call('requests', 'deleteMine', { caseId })
    void Taro.showToast({ title: '已删除', icon: 'success' })
    replacePage(myHelpUrl())
  } catch (caught) {
    fail(caught)
  }
}

export function MyDataPanel({ myCase, caseId, canWithdraw }: { myCase: MyCase; caseId: string; canWithdraw: boolean }) {
  const [busy, setBusy] = useState(false)
  const run = (task: () => Promise<void>) => async () => {
    if (busy) return
    setBusy(true)
    await task()
    setBusy(false)
  }
  const withdraw = async () => {
    if (await confirmAction('撤回这条求助？', '撤回后妇联不再跟进。以后需要帮助，可以再次求助。', '撤回')) await myCase.act({ kind: 'withdraw', reason: '' }, '已撤回')
  }
  return (
    <Section title='我的信息' className='case-my-data'>
      <Text className='help-note'>您可以随时撤回求助，导出或删除您的信息。</Text>
      {canWithdraw ? <ActionButton className='withdraw-button' variant='plain' text='撤回求助' onClick={() => void withdraw()} /> : null}
      <ActionButton className='export-button' variant='plain' text='导出我的数据' onClick={() => void run(exportMine)()} />
      <ActionButton className='delete-case-button' variant='quiet' text='删除这条求助' onClick={() => void run(() => deleteCase(caseId))()} />
    </Section>
  )
}
