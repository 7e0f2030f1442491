// The name box and its button; Enter on the keyboard searches too. The placeholder is
// short enough to fit beside the button with large text; the example goes underneath.
import { Text, View } from '@tarojs/components'
import { ActionButton } from '../../../../components/ActionButton'
import { TextInput } from '../../../../components/TextInput'
import './SearchBox.css'

export interface SearchBoxProps {
  query: string
  onChange: (query: string) => void
  onSubmit: () => void
  invalidMessage?: string
}

export function SearchBox({ query, onChange, onSubmit, invalidMessage }: SearchBoxProps) {
  return (
    <View className='search-box'>
      <View className='search-box__row'>
        <TextInput type='search' className='search-input' value={query} placeholder='输入妇联名称' maxLength={30} onChange={onChange} onConfirm={onSubmit} />
        <ActionButton className='search-button' text='搜索' onClick={onSubmit} />
      </View>
      {invalidMessage ? <Text className='search-box__invalid'>{invalidMessage}</Text> : <Text className='search-box__hint'>如：幸福社区、和美村，输入其中几个字也能找到</Text>}
    </View>
  )
}
