// Her control over her data on one case: export it (shown on the page in plain words,
// then saved, printed or copied only as she chooses), or delete the case (it becomes
// anonymous; the federation keeps only counts and the record that it happened) once
// she confirms.
import { useEffect, useRef, useState } from 'react'
import Taro from '@tarojs/taro'
import { useSave } from '../../hooks/useSave'
import { confirmAction } from '../../lib/confirm'
import { myHelpUrl } from '../../lib/helpRoutes'
import { replacePage } from '../../lib/routes'
import { copyExport, saveExport } from '../lib/exportData'
import { exportFileName, exportText } from '../lib/exportText'

export interface ShownExport {
  text: string
  fileName: string
}

export function useMyData(caseId: string, code: string) {
  const save = useSave({ dialogTitle: '没有成功', fields: 'none' })
  const [shown, setShown] = useState<ShownExport | null>(null)

  const exportMine = async () => {
    const data = await save.run('requests', 'exportMine', {}, { done: false })
    const text = data ? exportText(data, caseId) : null
    if (data && text) setShown({ text, fileName: exportFileName(code, data.exportedAt) })
  }

  // After 快速离开 the page is gone: a copy or a file it started (e.g. one waiting on the
  // consent popup, refused as the page closed) says nothing on the page she left for.
  const here = useRef(true)
  useEffect(() => {
    here.current = true
    return () => void (here.current = false)
  }, [])
  const tell = (said: string | null) => (said && here.current ? void Taro.showToast({ title: said, icon: 'none' }) : undefined)
  const failHere = (caught: unknown) => (here.current ? save.fail(caught) : undefined)
  const saveFile = () => (shown ? saveExport(shown.text, shown.fileName).then(tell, failHere) : undefined)
  const copy = () => (shown ? copyExport(shown.text).then(tell, failHere) : undefined)

  const deleteCase = async () => {
    const sure = await confirmAction('删除这条求助？', '您填写的内容和进展里的文字都会被清除，不能恢复。如果还没办结，会先按「本人撤回」结束。', '删除')
    if (sure && (await save.run('requests', 'deleteMine', { caseId }, { done: '已删除' }))) replacePage(myHelpUrl())
  }

  return { exportMine, shown, hide: () => setShown(null), saveFile, copy, deleteCase }
}

export type MyData = ReturnType<typeof useMyData>
