// The export of her case, shown on the page in plain words before anything else happens
// to it: she reads it, and saves it as a file, prints it, or copies it — each only when
// she taps it.
import { Text, View } from '@tarojs/components'
import { ActionButton } from '../../../../components/ActionButton'
import { Section } from '../../../../components/Section'
import type { MyData } from '../../../hooks/useMyData'
import { canPrint, printExport } from '../../../lib/exportData'

export function ExportView({ myData }: { myData: MyData }) {
  const { shown } = myData
  if (!shown) return null
  return (
    <Section title='导出的记录' note='只有您能看到' className='case-export'>
      <Text className='case-export__text'>{shown.text}</Text>
      <View className='case-export__actions'>
        <ActionButton className='export-save-button' text='保存为文件' onClick={() => void myData.saveFile()} />
        {canPrint() ? <ActionButton className='export-print-button' variant='plain' text='打印' onClick={printExport} /> : null}
        <ActionButton className='export-copy-button' variant='plain' text='复制文字' onClick={() => void myData.copy()} />
        <ActionButton className='export-hide-button' variant='quiet' text='收起' onClick={myData.hide} />
      </View>
    </Section>
  )
}
