// 工作职责 as an editable list: change any line, add one, remove one (at least one
// stays; the contract allows twelve).
import { Text, View } from '@tarojs/components'
import { TextArea } from '../../../../components/TextInput'
import './DutiesEditor.css'

export interface DutiesEditorProps {
  duties: string[]
  onChange: (duties: string[]) => void
  max?: number
}

export function DutiesEditor({ duties, onChange, max = 12 }: DutiesEditorProps) {
  const replace = (index: number, text: string) => onChange(duties.map((duty, at) => (at === index ? text : duty)))
  return (
    <View className='duties-editor'>
      {duties.map((duty, index) => (
        <View key={index} className='duty-row'>
          <Text className='duty-row__number'>{index + 1}.</Text>
          <View className='duty-row__text'>
            <TextArea className='duty-input' value={duty} maxLength={200} onChange={(text) => replace(index, text)} />
          </View>
          {duties.length > 1 ? (
            <Text className='duty-row__remove' onClick={() => onChange(duties.filter((_, at) => at !== index))}>
              删除
            </Text>
          ) : null}
        </View>
      ))}
      {duties.length < max ? (
        <Text className='duties-editor__add' onClick={() => onChange([...duties, ''])}>
          + 添加一条职责
        </Text>
      ) : null}
    </View>
  )
}
