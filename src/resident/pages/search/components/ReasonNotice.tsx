// Why she is on the search page, in plain words.
import { Text, View } from '@tarojs/components'
import './ReasonNotice.css'

export interface ReasonNoticeProps {
  reason: string
  code: string
}

function explain(reason: string, code: string): { title: string; detail: string } {
  const named = code ? `「${code}」` : ''
  switch (reason) {
    case 'missing':
      return { title: '二维码里没有妇联编码', detail: '请重新扫描妇女之家墙上的二维码，或在下面按名称搜索您的妇联。' }
    case 'invalid':
      return { title: '二维码里的妇联编码不正确', detail: `编码${named}无法识别，可能是二维码破损或不完整。请按名称搜索您的妇联。` }
    case 'not-found':
      return { title: '没有找到这个妇联', detail: `编码${named}没有对应的妇联，可能已经更换了二维码。请按名称搜索您的妇联。` }
    default:
      return { title: '查找您的妇联', detail: '输入村、社区、乡镇或街道的名称，就能看到那里的妇联亮牌和执委。' }
  }
}

export function ReasonNotice({ reason, code }: ReasonNoticeProps) {
  const { title, detail } = explain(reason, code)
  const problem = reason === 'missing' || reason === 'invalid' || reason === 'not-found'
  return (
    <View className={`reason-notice${problem ? ' reason-notice--problem' : ''}`}>
      <Text className='reason-notice__title'>{title}</Text>
      <Text className='reason-notice__detail'>{detail}</Text>
    </View>
  )
}
