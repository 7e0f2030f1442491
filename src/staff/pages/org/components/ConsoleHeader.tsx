// The console's head: the federation, the caller's standing toward it, its parent,
// and its completeness score.
import { Text, View } from '@tarojs/components'
import { orgLevelTag } from '../../../../lib/labels'
import { Completeness } from '../../../components/Completeness'
import type { ConsoleData } from '../../../lib/consoleStore'
import { ROLE_LABEL } from '../../../lib/labels'
import './ConsoleHeader.css'

export interface ConsoleHeaderProps {
  data: ConsoleData
}

export function ConsoleHeader({ data }: ConsoleHeaderProps) {
  const { org, parent, role, completeness } = data
  return (
    <View className='console-header'>
      <View className='console-header__band'>
        <Text className='console-header__name'>{org.name}</Text>
        <View className='console-header__tags'>
          <Text className='console-header__tag'>{orgLevelTag(org.level)}</Text>
          <Text className='console-header__tag console-role'>{ROLE_LABEL[role] ?? '访客'}</Text>
        </View>
        {parent ? <Text className='console-header__parent'>上级：{parent.name}</Text> : null}
      </View>
      <View className='console-header__card'>
        <Text className='console-header__label'>亮牌完整度</Text>
        <Completeness score={completeness.score} warningCount={completeness.warningCount} size='large' />
        <Text className='console-header__note'>按制度要求逐项检查成员、片区、轮值、照片和电话；改好后分数会自动更新。</Text>
      </View>
    </View>
  )
}
