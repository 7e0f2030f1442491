// The 制度 on the 妇女之家 wall, by name (001 6.1.3 "人员构成、工作职责、主要制度、联系（监督）电话等上墙公开。"):
// change a name, add one, remove any (the contract allows twenty).
import { Text, View } from '@tarojs/components'
import { TextInput } from '../../../../components/TextInput'
import './DutiesEditor.css'

export interface WallRulesEditorProps {
  rules: string[]
  onChange: (rules: string[]) => void
  max?: number
}

export function WallRulesEditor({ rules, onChange, max = 20 }: WallRulesEditorProps) {
  const replace = (index: number, text: string) => onChange(rules.map((rule, at) => (at === index ? text : rule)))
  return (
    <View className='duties-editor wall-rules-editor'>
      {rules.map((rule, index) => (
        <View key={index} className='duty-row'>
          <Text className='duty-row__number'>{index + 1}.</Text>
          <View className='duty-row__text'>
            <TextInput className='wall-rule-input' value={rule} maxLength={40} onChange={(text) => replace(index, text)} />
          </View>
          <Text className='duty-row__remove' onClick={() => onChange(rules.filter((_, at) => at !== index))}>
            删除
          </Text>
        </View>
      ))}
      {rules.length < max ? (
        <Text className='duties-editor__add wall-rules-editor__add' onClick={() => onChange([...rules, ''])}>
          + 添加一项制度
        </Text>
      ) : null}
    </View>
  )
}
