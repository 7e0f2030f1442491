// Her control over her data on one case: export everything she filed (copied, and in
// a browser also downloaded), or delete the case (it becomes anonymous; the federation
// keeps only counts and the record that it happened) once she confirms.
import Taro from '@tarojs/taro'
import { useSave } from '../../hooks/useSave'
import { confirmAction } from '../../lib/confirm'
import { myHelpUrl } from '../../lib/helpRoutes'
import { replacePage } from '../../lib/routes'
import { deliverExport } from '../lib/exportData'

export function useMyData(caseId: string) {
  const save = useSave({ dialogTitle: '没有成功', fields: 'none' })

  const exportMine = async () => {
    const data = await save.run('requests', 'exportMine', {}, { done: false })
    if (data) await deliverExport(data).then((said) => void Taro.showToast({ title: said, icon: 'none' }), save.fail)
  }

  const deleteCase = async () => {
    const sure = await confirmAction('删除这条求助？', '您填写的内容和进展里的文字都会被清除，不能恢复。如果还没办结，会先按「本人撤回」结束。', '删除')
    if (sure && (await save.run('requests', 'deleteMine', { caseId }, { done: '已删除' }))) replacePage(myHelpUrl())
  }

  return { exportMine, deleteCase }
}
