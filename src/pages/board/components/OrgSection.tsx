// 亮组织架构: the upper federation and the bodies under this one, each a link to
// its own board, so a resident can walk the tree.
import { Text, View } from '@tarojs/components'
import type { GetBoardOutput, OrgRef } from '../../../../types/board'
import { Section } from '../../../components/Section'
import { orgLevelTag } from '../../../lib/labels'
import { boardUrl, openPage } from '../../../lib/routes'
import './OrgSection.css'

export interface OrgSectionProps {
  board: GetBoardOutput['board']
}

function OrgLink({ org, className, caption }: { org: OrgRef; className: string; caption: string }) {
  return (
    <View className={`org-link ${className}`} hoverClass='org-link--pressed' onClick={() => openPage(boardUrl(org.code))}>
      <View className='org-link__text'>
        <Text className='org-link__caption'>{caption}</Text>
        <Text className='org-link__name'>{org.name}</Text>
      </View>
      <Text className='org-link__arrow'>›</Text>
    </View>
  )
}

export function OrgSection({ board }: OrgSectionProps) {
  return (
    <Section title='亮组织架构'>
      {board.parent ? <OrgLink org={board.parent} className='org-parent' caption={`上级：${orgLevelTag(board.parent.level)}`} /> : null}
      <View className='org-self'>
        <Text className='org-link__caption'>本级</Text>
        <Text className='org-self__name'>{board.name}</Text>
      </View>
      {board.children.length > 0 ? (
        <View className='org-children'>
          <Text className='org-children__title'>下设组织（{board.children.length}）</Text>
          {board.children.map((child) => (
            <OrgLink key={child.code} org={child} className='org-child' caption={orgLevelTag(child.level)} />
          ))}
        </View>
      ) : (
        <Text className='page-note'>本级下面暂未设立妇女小组或妇女微家。</Text>
      )}
    </Section>
  )
}
