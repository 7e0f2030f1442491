// Making a 台账 or the 统计报表 and opening it: the server writes the .xlsx (reports.exportLedger),
// the phone opens it (WeChat: downloaded, then wx.openDocument; H5: a download). A refusal
// reaches her as the server's reason, through the page's own `useSave`.
import Taro from '@tarojs/taro'
import type { ActionInput } from '../../../types/contracts'
import { openFile } from '../../api'
import type { UseSave } from '../../hooks/useSave'

export async function exportAndOpen(exporter: UseSave, payload: ActionInput<'reports', 'exportLedger'>): Promise<void> {
  try {
    const file = await exporter.run('reports', 'exportLedger', payload, { done: false })
    if (!file) return
    await openFile(file.url, file.fileName)
    void Taro.showToast({ title: '已生成', icon: 'success' })
  } catch (caught) {
    await exporter.fail(caught)
  }
}
