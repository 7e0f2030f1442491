// Her control over the case: withdraw it while it is open, export what she filed (shown
// in plain words first), or delete it (the case becomes anonymous; the federation keeps
// only counts and the record that it happened).
import { Text } from '@tarojs/components'
import { ActionButton } from '../../../../components/ActionButton'
import { Section } from '../../../../components/Section'
import { confirmAction } from '../../../../lib/confirm'
import type { MyCase } from '../../../hooks/useMyCase'
import { useMyData } from '../../../hooks/useMyData'
import { ExportView } from './ExportView'

export interface MyDataPanelProps {
  myCase: MyCase
  caseId: string
  code: string
  canWithdraw: boolean
}

export function MyDataPanel({ myCase, caseId, code, canWithdraw }: MyDataPanelProps) {
  const myData = useMyData(caseId, code)
  const withdraw = async () => {
    if (await confirmAction('撤回这条求助？', '撤回后妇联不再跟进。以后需要帮助，可以再次求助。', '撤回')) await myCase.act({ kind: 'withdraw', reason: '' }, '已撤回')
  }
  return (
    <>
      <Section title='我的信息' className='case-my-data'>
        <Text className='help-note'>您可以随时撤回求助，导出或删除您的信息。</Text>
        {canWithdraw ? <ActionButton className='withdraw-button' variant='plain' text='撤回求助' onClick={() => void withdraw()} /> : null}
        <ActionButton className='export-button' variant='plain' text='导出这条求助的记录' onClick={() => void myData.exportMine()} />
        <ActionButton className='delete-case-button' variant='quiet' text='删除这条求助' onClick={() => void myData.deleteCase()} />
      </Section>
      <ExportView myData={myData} />
    </>
  )
}
